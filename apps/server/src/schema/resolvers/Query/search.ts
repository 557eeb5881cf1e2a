import { countSearch, type SearchRow, searchAll } from '../../../db/search.ts';
import { toPrefixQuery } from '../../../db/search-query.ts';
import { badInput } from '../../../errors.ts';
import type { SearchHitMapper } from '../../../mappers/search.mappers.ts';
import { mustLoad } from '../../../nodes.ts';
import { cursorNumber, decodeCursor, pageSize, toPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const search: NonNullable<QueryResolvers['search']> = async (
  _parent,
  { query, first, after },
  { db, loaders },
) => {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 'n');
  if (!query.trim()) throw badInput('query is empty: type a word to search for.', 'query');
  if (query.length > 500) throw badInput('query is longer than 500 characters.', 'query');
  const tsquery = toPrefixQuery(query);
  // Relevance order has no stable key to seek from, so search pages by offset.
  const offset = cursor ? cursorNumber(cursor, 0) : 0;
  const rows = tsquery ? await searchAll(db, tsquery, offset, size + 1) : [];
  const nodeOf = async ({ type, id }: SearchRow): Promise<SearchHitMapper['node']> => {
    switch (type) {
      case 'Article':
        return { __typename: type, ...(await mustLoad(loaders.article.load(id), 'article')) };
      case 'Actor':
        return { __typename: type, ...(await mustLoad(loaders.actor.load(id), 'actor')) };
      case 'Statement':
        return { __typename: type, ...(await mustLoad(loaders.statement.load(id), 'statement')) };
      case 'Location':
        return { __typename: type, ...(await mustLoad(loaders.location.load(id), 'location')) };
    }
  };
  const hits = await Promise.all(
    rows.map(async (row, index) => ({
      position: offset + index + 1,
      hit: { node: await nodeOf(row), snippet: row.snippet ?? '', score: row.score },
    })),
  );
  return toPage(
    hits,
    size,
    offset > 0,
    ({ position }) => [position],
    ({ hit }) => hit,
    async () => (tsquery ? countSearch(db, tsquery) : 0),
  );
};
