import type { SearchEdgeResolvers } from './../types.generated';
export const SearchEdge: SearchEdgeResolvers = {
  /* Implement SearchEdge resolver logic here */
};
