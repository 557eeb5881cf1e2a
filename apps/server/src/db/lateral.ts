import { type RawBuilder, sql } from 'kysely';
import type { Db } from './db.ts';

/** Rows of one parent's page, with the parent id and the row's rank in the page. */
export type Ranked<R> = R & { __parent: number; __rank: number };

/**
 * One query for the pages of many parents: `inner` selects one parent's page (ordered, limited,
 * with `row_number() OVER (ORDER BY ...) AS "__rank"`) given the parent id expression.
 * CROSS JOIN LATERAL keeps each page on its index, however many rows the parent has.
 */
export async function pagesByParent<R>(
  db: Db,
  parentIds: readonly number[],
  inner: (parent: RawBuilder<number>) => RawBuilder<unknown>,
): Promise<Map<number, Ranked<R>[]>> {
  const { rows } = await sql<Ranked<R>>`
    SELECT p.parent AS "__parent", t.*
    FROM unnest(${[...parentIds]}::int[]) AS p(parent)
    CROSS JOIN LATERAL (${inner(sql`p.parent`)}) t`.execute(db.kysely);
  const pages = new Map<number, Ranked<R>[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) pages.get(row.__parent)?.push(row);
  for (const page of pages.values()) page.sort((a, b) => Number(a.__rank) - Number(b.__rank));
  return pages;
}

/** Counts per parent from a query selecting `parent` and `n`. */
export async function countsByParent(db: Db, query: RawBuilder<unknown>): Promise<Map<number, number>> {
  const { rows } = await sql<{ parent: number; n: number }>`${query}`.execute(db.kysely);
  return new Map(rows.map((row) => [row.parent, Number(row.n)]));
}
