import { countActors, listActors } from '../../../db/lists.ts';
import { toPrefixQuery } from '../../../db/search-query.ts';
import { decodeCursor, pageSize, toPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const actors: NonNullable<QueryResolvers['actors']> = async (
  _parent,
  { first, after, kind, search },
  { db },
) => {
  const size = pageSize(first, 50);
  const cursor = decodeCursor(after, 'nn');
  const filter = { kind: kind ?? null, search: search?.trim() ? (toPrefixQuery(search) ?? '') : null };
  const rows = await listActors(db, filter, cursor, size + 1);
  return toPage(
    rows,
    size,
    cursor !== null,
    (row) => [row.mentionCount, row.dbId],
    (row) => row,
    () => countActors(db, filter),
  );
};
