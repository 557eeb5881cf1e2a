import type { LocationMentionEdgeResolvers } from './../types.generated';
export const LocationMentionEdge: LocationMentionEdgeResolvers = {
  /* Implement LocationMentionEdge resolver logic here */
};
