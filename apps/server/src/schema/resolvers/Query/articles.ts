import { countArticles, listArticles } from '../../../db/lists.ts';
import { toPrefixQuery } from '../../../db/search-query.ts';
import { decodeCursor, pageSize, toPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const articles: NonNullable<QueryResolvers['articles']> = async (_parent, { first, after, search }, { db }) => {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 'dn');
  const filter = { search: search?.trim() ? (toPrefixQuery(search) ?? '') : null };
  const rows = await listArticles(db, filter, cursor, size + 1);
  return toPage(
    rows,
    size,
    cursor !== null,
    (row) => [row.sortAt.toISOString(), row.dbId],
    (row) => row,
    () => countArticles(db, filter),
  );
};
