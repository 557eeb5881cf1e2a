import { loadNetwork } from '../../../db/network.ts';
import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import { pageSize } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const network: NonNullable<QueryResolvers['network']> = async (
  _parent,
  { articleId, limit },
  { db, loaders },
) => {
  const articleDbId = articleId ? dbIdOf('Article', articleId, 'articleId') : null;
  // An unknown article is NOT_FOUND, like article(id), not an empty network.
  if (articleId && articleDbId !== null && !(await loaders.article.load(articleDbId)))
    throw notFound('article', articleId);
  const result = await loadNetwork(db, articleDbId, pageSize(limit, 100, 'limit'));
  for (const actor of result.actors) loaders.actor.prime(actor.dbId, actor);
  return result;
};
