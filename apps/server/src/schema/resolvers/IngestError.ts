import type { IngestErrorResolvers } from './../types.generated';
export const IngestError: IngestErrorResolvers = {
  /* Implement IngestError resolver logic here */
};
