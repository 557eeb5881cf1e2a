import type { IngestProgressResolvers } from './../types.generated';
export const IngestProgress: IngestProgressResolvers = {
  /* Implement IngestProgress resolver logic here */
};
