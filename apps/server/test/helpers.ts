import type { Extraction } from '@newsgraph/extract';
import { sql } from 'kysely';
import { type Db, openDb } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { ARTICLE_DATA_TABLES } from '../src/db/types.ts';
import { createLogger } from '../src/logger.ts';
import { type AppOptions, createApp } from '../src/yoga.ts';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** A database of its own for one test file: in-memory PGlite, or a fresh schema on TEST_DATABASE_URL. */
export async function openTestDb(onQuery?: (sql: string, parameters: readonly unknown[]) => void): Promise<Db> {
  const databaseUrl = process.env.NEWSGRAPH_TEST_ENGINE === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
  const options = onQuery ? { onQuery } : {};
  const db = databaseUrl
    ? await openDb({
        databaseUrl,
        schema: `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`,
        ...options,
      })
    : await openDb(options);
  await migrate(db);
  return db;
}

export interface TestApp {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** Sends a GraphQL operation over HTTP (app.fetch) and returns the parsed response. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Sends a raw body to /graphql, for requests no client library would make. */
  post(body: BodyInit, headers?: Record<string, string>): Promise<Response>;
  /** SQL statements run since the last `resetQueryCount`. */
  queryCount(): number;
  /** The statements themselves, with their parameters. */
  queries(): { sql: string; parameters: readonly unknown[] }[];
  resetQueryCount(): void;
  close(): Promise<void>;
}

export async function createTestApp(options: Omit<AppOptions, 'db'> = {}): Promise<TestApp> {
  let log: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = await openTestDb((sql, parameters) => {
    log.push({ sql, parameters });
  });
  const app = createApp({ db, logger: createLogger('silent'), ...options });
  return {
    db,
    app,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    post(body, headers = {}) {
      return Promise.resolve(
        app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          body,
        }),
      );
    },
    queryCount: () => log.length,
    queries: () => [...log],
    resetQueryCount: () => {
      log = [];
    },
    async close() {
      if (db.engine === 'postgres') {
        const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db.kysely);
        if (rows[0]?.schema.startsWith('test_'))
          await sql`DROP SCHEMA ${sql.id(rows[0].schema)} CASCADE`.execute(db.kysely);
      }
      await db.close();
    },
  };
}

/** Row counts of every table, to prove a failed request changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ARTICLE_DATA_TABLES) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db.kysely);
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

const KINDS = ['PERSON', 'ORGANIZATION', 'STATE', 'GROUP'] as const;

/**
 * A deterministic stand-in for the extraction engine, so API tests do not depend on its quality:
 * actors are the given names (every occurrence is a mention), places likewise, and every “curly
 * quote” is a DIRECT statement by the actor named last before it.
 */
export function dictionaryExtractor(
  actors: Record<string, { kind: (typeof KINDS)[number]; aliases?: string[]; title?: string }>,
  locations: Record<string, { kind: 'COUNTRY' | 'CITY'; geonameId: number; countryCode: string }> = {},
): (text: string) => Extraction {
  return (text: string): Extraction => {
    const find = (needle: string) =>
      [...text.matchAll(new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((match) => ({
        start: match.index,
        end: match.index + needle.length,
        text: needle,
      }));
    const foundActors = Object.entries(actors)
      .map(([name, actor], index) => ({
        id: `a${index + 1}`,
        name,
        kind: actor.kind,
        title: actor.title ?? null,
        countryCode: null,
        aliases: actor.aliases ?? [],
        // The longest name wins where names overlap ("Merkel" inside "Angela Merkel").
        mentions: [name, ...(actor.aliases ?? [])]
          .flatMap(find)
          .filter(
            (m, _, all) =>
              !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
          )
          .sort((a, b) => a.start - b.start),
      }))
      .filter((actor) => actor.mentions.length > 0);
    const statements = [...text.matchAll(/“([^”]+)”/g)].map((match, index) => {
      const start = match.index + 1;
      const speaker = foundActors
        .flatMap((actor) =>
          actor.mentions.filter((m) => m.end <= match.index).map((m) => ({ id: actor.id, at: m.start })),
        )
        .sort((a, b) => b.at - a.at)[0];
      return {
        id: `s${index + 1}`,
        kind: 'DIRECT' as const,
        text: match[1] ?? '',
        start,
        end: start + (match[1]?.length ?? 0),
        cue: 'said',
        speakerId: speaker?.id ?? null,
        sourceId: null,
        addresseeId: null,
      };
    });
    return {
      sections: [{ kind: 'BODY', start: 0, end: text.length }],
      actors: foundActors,
      locations: Object.entries(locations)
        .map(([name, place], index) => ({
          id: `l${index + 1}`,
          name,
          kind: place.kind,
          countryCode: place.countryCode,
          latitude: 0,
          longitude: 0,
          geonameId: place.geonameId,
          aliases: [],
          mentions: find(name),
        }))
        .filter((place) => place.mentions.length > 0),
      statements,
      relations: [],
    };
  };
}
