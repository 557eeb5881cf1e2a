import { countActors, listActors } from '../../../db/lists.ts';
import { toPrefixQuery } from '../../../db/search-query.ts';
import { mostMentionedPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const actors: NonNullable<QueryResolvers['actors']> = (_parent, { first, after, kind, search }, { db }) => {
  const filter = { kind: kind ?? null, search: search?.trim() ? (toPrefixQuery(search) ?? '') : null };
  return mostMentionedPage(
    { first, after },
    (cursor, limit) => listActors(db, filter, cursor, limit),
    () => countActors(db, filter),
  );
};
