import DataLoader from 'dataloader';
import { type RawBuilder, sql } from 'kysely';
import type { NestedConnection } from '../db/connections.ts';
import type { Db } from '../db/db.ts';
import { pagesByParent } from '../db/lateral.ts';
import type { Page } from '../mappers/connection.ts';
import { type CursorValues, decodeCursor, pageSize, toPage } from '../pagination.ts';

interface PageKey<F> {
  parentId: number;
  filter: F;
  after: CursorValues | null;
  limit: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page fetched as part of a larger statement: its SQL, and how to hand its rows to `load`. */
export interface PlannedPage {
  sql: RawBuilder<unknown>;
  /** Takes the rows `sql` returned, in page order. */
  prime(rows: unknown[]): void;
}

export interface NestedLoader<F, R> {
  /** One page of `parentId`'s list; pages of many parents requested together become one query. */
  load(parentId: number, args: PageArgs, fallbackSize: number, filter: F): Promise<Page<R>>;
  /**
   * The page `load` with the same arguments would fetch, for a caller that fetches it inside one
   * statement with other data; throws as `load` does on a bad `first` or `after`.
   */
  plan(parentId: number, args: PageArgs, fallbackSize: number, filter: F): PlannedPage;
}

/** Groups keys that differ only by parent, so each group is one query. */
function groupBy<K>(keys: readonly K[], signature: (key: K) => string): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const name = signature(key);
    groups.set(name, [...(groups.get(name) ?? []), key]);
  }
  return groups;
}

export function createNestedLoader<F, R>(db: Db, connection: NestedConnection<F, R>): NestedLoader<F, R> {
  const pages = new DataLoader<PageKey<F>, R[], string>(
    async (keys) => {
      const results = new Map<string, R[]>();
      for (const group of groupBy(keys, ({ filter, after, limit }) =>
        JSON.stringify([filter, after, limit]),
      ).values()) {
        const [{ filter, after, limit }] = group as [PageKey<F>];
        const byParent = await pagesByParent<R>(
          db,
          group.map((key) => key.parentId),
          (parent) => connection.page(parent, filter, after, limit),
        );
        for (const key of group) results.set(JSON.stringify(key), byParent.get(key.parentId) ?? []);
      }
      return keys.map((key) => results.get(JSON.stringify(key)) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
  const counts = new DataLoader<{ parentId: number; filter: F }, number, string>(
    async (keys) => {
      const results = new Map<string, number>();
      for (const group of groupBy(keys, ({ filter }) => JSON.stringify(filter)).values()) {
        const [{ filter }] = group as [{ parentId: number; filter: F }];
        const byParent = await connection.counts(
          db,
          group.map((key) => key.parentId),
          filter,
        );
        for (const key of group) results.set(JSON.stringify(key), byParent.get(key.parentId) ?? 0);
      }
      return keys.map((key) => results.get(JSON.stringify(key)) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
  // One page request, as `load` and `plan` both see it; the extra row only says there is a next page.
  const keyOf = (parentId: number, args: PageArgs, fallbackSize: number, filter: F) => {
    const size = pageSize(args.first, fallbackSize);
    const after = decodeCursor(args.after, connection.shape);
    const key: PageKey<F> = { parentId, filter, after, limit: size + 1 };
    return { size, key };
  };
  return {
    async load(parentId, args, fallbackSize, filter) {
      const { size, key } = keyOf(parentId, args, fallbackSize, filter);
      const rows = await pages.load(key);
      return toPage(
        rows,
        size,
        key.after !== null,
        connection.cursorOf,
        (row) => row,
        () => counts.load({ parentId, filter }),
      );
    },
    plan(parentId, args, fallbackSize, filter) {
      const { key } = keyOf(parentId, args, fallbackSize, filter);
      return {
        sql: connection.page(sql`${parentId}::int`, filter, key.after, key.limit),
        // The rows come as JSON from the page's own SQL, so they have the shape `load` gets.
        prime: (rows) => {
          pages.prime(key, rows as R[]);
        },
      };
    },
  };
}
