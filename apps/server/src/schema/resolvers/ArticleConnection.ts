import type { ArticleConnectionResolvers } from './../types.generated';

export const ArticleConnection: ArticleConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
