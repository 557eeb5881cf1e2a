import type { PageInfoResolvers } from './../types.generated';
export const PageInfo: PageInfoResolvers = {
  /* Implement PageInfo resolver logic here */
};
