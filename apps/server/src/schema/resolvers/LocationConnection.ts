import type { LocationConnectionResolvers } from './../types.generated';

export const LocationConnection: LocationConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
