import { countLocations, listLocations } from '../../../db/lists.ts';
import { mostMentionedPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const locations: NonNullable<QueryResolvers['locations']> = (
  _parent,
  { first, after, kind, countryCode },
  { db },
) => {
  const filter = { kind: kind ?? null, countryCode: countryCode?.trim() || null };
  return mostMentionedPage(
    { first, after },
    (cursor, limit) => listLocations(db, filter, cursor, limit),
    () => countLocations(db, filter),
  );
};
