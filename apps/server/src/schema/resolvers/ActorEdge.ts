import type { ActorEdgeResolvers } from './../types.generated';
export const ActorEdge: ActorEdgeResolvers = {
  /* Implement ActorEdge resolver logic here */
};
