import DataLoader from 'dataloader';
import type { NestedConnection } from '../db/connections.ts';
import type { Db } from '../db/db.ts';
import type { Page } from '../mappers/connection.ts';
import { type CursorValues, decodeCursor, pageSize, toPage } from '../pagination.ts';

interface PageKey<F> {
  parentId: number;
  filter: F;
  after: CursorValues | null;
  limit: number;
}

export interface NestedLoader<F, R> {
  /** One page of `parentId`'s list; pages of many parents requested together become one query. */
  load(
    parentId: number,
    args: { first?: number | null; after?: string | null },
    fallbackSize: number,
    filter: F,
  ): Promise<Page<R>>;
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
        const byParent = await connection.pages(
          db,
          group.map((key) => key.parentId),
          filter,
          after,
          limit,
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
  return {
    async load(parentId, args, fallbackSize, filter) {
      const size = pageSize(args.first, fallbackSize);
      const after = decodeCursor(args.after, connection.shape);
      const rows = await pages.load({ parentId, filter, after, limit: size + 1 });
      return toPage(
        rows,
        size,
        after !== null,
        connection.cursorOf,
        (row) => row,
        () => counts.load({ parentId, filter }),
      );
    },
  };
}
