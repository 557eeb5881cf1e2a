import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './types.ts';

/** A raw session inside one transaction, for migrations (multi-statement scripts). */
export interface ScriptSession {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  exec(script: string): Promise<void>;
}

/** The one storage interface: the same SQL over embedded PGlite or PostgreSQL. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction on one connection. */
  script<T>(fn: (session: ScriptSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; in memory when absent. */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests isolate themselves in one schema each). */
  schema?: string;
  /** PostgreSQL only: the server cancels a statement running longer than this. */
  statementTimeoutMs?: number;
  /** Called for every SQL statement Kysely runs (query counting and plan checks in tests). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

// PostgreSQL returns int8 (count, sum) as strings by default; every id and count here fits in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  const log = options.onQuery
    ? (event: { query: { sql: string; parameters: readonly unknown[] } }) =>
        options.onQuery?.(event.query.sql, event.query.parameters)
    : undefined;
  if (options.databaseUrl) {
    const settings = [
      options.schema ? `-c search_path=${options.schema}` : '',
      options.statementTimeoutMs ? `-c statement_timeout=${options.statementTimeoutMs}` : '',
    ].join(' ');
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, options: settings.trim() || undefined });
    if (options.schema) {
      // Needs a connection without the search_path option only if the schema is missing; CREATE IF NOT EXISTS is idempotent.
      await pool.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replaceAll('"', '')}"`);
    }
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    return {
      kysely,
      engine: 'postgres',
      async script(fn) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn({
            query: async (sql, params) => (await client.query(sql, params)).rows,
            exec: async (script) => {
              await client.query(script);
            },
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => kysely.destroy(),
    };
  }
  const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await pglite.waitReady;
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite), ...(log ? { log } : {}) });
  return {
    kysely,
    engine: 'pglite',
    script: (fn) =>
      pglite.transaction((tx) =>
        fn({
          query: async (sql, params) => (await tx.query<Record<string, unknown>>(sql, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    close: () => kysely.destroy(),
  };
}
