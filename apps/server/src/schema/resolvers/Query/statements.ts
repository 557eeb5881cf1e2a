import { countStatements, listStatements } from '../../../db/lists.ts';
import { toPrefixQuery } from '../../../db/search-query.ts';
import { dbIdOf } from '../../../ids.ts';
import { decodeCursor, pageSize, toPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const statements: NonNullable<QueryResolvers['statements']> = async (_parent, args, { db }) => {
  const size = pageSize(args.first, 50);
  const cursor = decodeCursor(args.after, 'dnnn');
  const filter = {
    speakerId: args.speaker ? dbIdOf('Actor', args.speaker, 'speaker') : null,
    articleId: args.articleId ? dbIdOf('Article', args.articleId, 'articleId') : null,
    kind: args.kind ?? null,
    cue: args.cue?.trim() || null,
    search: args.search?.trim() ? (toPrefixQuery(args.search) ?? '') : null,
  };
  const rows = await listStatements(db, filter, cursor, size + 1);
  return toPage(
    rows,
    size,
    cursor !== null,
    (row) => [row.sortAt.toISOString(), row.articleId, row.start, row.dbId],
    (row) => row,
    () => countStatements(db, filter),
  );
};
