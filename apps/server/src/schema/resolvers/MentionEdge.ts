import type { MentionEdgeResolvers } from './../types.generated';
export const MentionEdge: MentionEdgeResolvers = {
  /* Implement MentionEdge resolver logic here */
};
