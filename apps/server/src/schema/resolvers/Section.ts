import type { SectionResolvers } from './../types.generated';
export const Section: SectionResolvers = {
  /* Implement Section resolver logic here */
};
