import type { StatementEdgeResolvers } from './../types.generated';
export const StatementEdge: StatementEdgeResolvers = {
  /* Implement StatementEdge resolver logic here */
};
