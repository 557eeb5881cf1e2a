import type { SearchConnectionResolvers } from './../types.generated';

export const SearchConnection: SearchConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
