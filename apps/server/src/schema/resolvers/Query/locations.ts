import { countLocations, listLocations } from '../../../db/lists.ts';
import { decodeCursor, pageSize, toPage } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const locations: NonNullable<QueryResolvers['locations']> = async (
  _parent,
  { first, after, kind, countryCode },
  { db },
) => {
  const size = pageSize(first, 50);
  const cursor = decodeCursor(after, 'nn');
  const filter = { kind: kind ?? null, countryCode: countryCode?.trim() || null };
  const rows = await listLocations(db, filter, cursor, size + 1);
  return toPage(
    rows,
    size,
    cursor !== null,
    (row) => [row.mentionCount, row.dbId],
    (row) => row,
    () => countLocations(db, filter),
  );
};
