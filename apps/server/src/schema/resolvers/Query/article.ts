import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import type { QueryResolvers } from './../../types.generated';

export const article: NonNullable<QueryResolvers['article']> = async (_parent, { id }, { loaders }) => {
  const row = await loaders.article.load(dbIdOf('Article', id));
  if (!row) throw notFound('article', id);
  return row;
};
