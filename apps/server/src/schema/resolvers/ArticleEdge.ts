import type { ArticleEdgeResolvers } from './../types.generated';
export const ArticleEdge: ArticleEdgeResolvers = {
  /* Implement ArticleEdge resolver logic here */
};
