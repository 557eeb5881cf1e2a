import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import { prefetchArticle } from '../../../loaders/article-page.ts';
import type { QueryResolvers } from './../../types.generated';

// The reader's page: one statement loads the article with the lists the query selects.
export const article: NonNullable<QueryResolvers['article']> = async (_parent, { id }, { db, loaders }, info) => {
  const dbId = dbIdOf('Article', id);
  await prefetchArticle(db, loaders, dbId, info);
  const row = await loaders.article.load(dbId);
  if (!row) throw notFound('article', id);
  return row;
};
