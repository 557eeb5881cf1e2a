import type { RelationEdgeResolvers } from './../types.generated';
export const RelationEdge: RelationEdgeResolvers = {
  /* Implement RelationEdge resolver logic here */
};
