import { badInput } from './errors.ts';
import type { Page } from './mappers/connection.ts';

export const MAX_PAGE_SIZE = 500;

/** A decoded cursor: the sort key values of the last row of the previous page. */
export type CursorValues = (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Validates a page size such as `first` (1..500). */
export function pageSize(first: number | null | undefined, fallback: number, field = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`, field);
  }
  return size;
}

/**
 * Decodes `after` against the shape its list expects ('n' number, 's' string, 'd' ISO date);
 * a cursor from another list or a hand-made one is a BAD_USER_INPUT error.
 */
export function decodeCursor(after: string | null | undefined, shape: string): CursorValues | null {
  if (after === null || after === undefined) return null;
  let values: unknown;
  try {
    values = /^[A-Za-z0-9_-]{1,400}$/.test(after) ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : null;
  } catch {
    values = null;
  }
  const valid =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((value: unknown, index) => {
      const kind = shape[index];
      if (kind === 'n') return Number.isSafeInteger(value);
      if (kind === 'f') return typeof value === 'number' && Number.isFinite(value);
      if (kind === 'd') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
      return typeof value === 'string';
    });
  if (!valid) throw badInput(`after is not a cursor of this list: ${JSON.stringify(after)}.`, 'after');
  return values as CursorValues;
}

/** A decoded cursor's value at `index`, typed by the shape `decodeCursor` checked. */
export const cursorNumber = (cursor: CursorValues, index: number): number => Number(cursor[index]);
export const cursorString = (cursor: CursorValues, index: number): string => String(cursor[index]);

/** Builds a page from up to `size + 1` rows (the extra row only says there is a next page). */
export function toPage<R, T>(
  rows: R[],
  size: number,
  hasPrevious: boolean,
  cursorOf: (row: R) => CursorValues,
  nodeOf: (row: R) => T,
  totalCount: () => Promise<number>,
): Page<T> {
  const edges = rows.slice(0, size).map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A row of a list served most mentioned first: (mention_count DESC, id). */
interface MostMentioned {
  mentionCount: number;
  dbId: number;
}

/**
 * A top-level list served most mentioned first (actors, places): checks `first` and `after`,
 * fetches one row more than the page to know whether another follows, counts only when asked.
 */
export async function mostMentionedPage<R extends MostMentioned>(
  args: { first?: number | null; after?: string | null },
  list: (after: CursorValues | null, limit: number) => Promise<R[]>,
  count: () => Promise<number>,
): Promise<Page<R>> {
  const size = pageSize(args.first, 50);
  const cursor = decodeCursor(args.after, 'nn');
  const rows = await list(cursor, size + 1);
  return toPage(
    rows,
    size,
    cursor !== null,
    (row) => [row.mentionCount, row.dbId],
    (row) => row,
    count,
  );
}
