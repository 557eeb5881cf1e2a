import { resolve } from 'node:path';

/** Everything the server reads from the environment, with its default. */
export interface Config {
  port: number;
  /** PostgreSQL connection string; PGlite in `dataDir` when absent. */
  databaseUrl: string | undefined;
  dataDir: string;
  webDist: string;
  graphiql: boolean;
  introspection: boolean;
  /** RESPONSE_CACHE_TTL_MS: how long a query result may be served from memory; 0 turns it off. */
  cacheTtlMs: number;
  limits: Limits;
}

export interface Limits {
  /** Largest request body, in bytes (an article is at most 1 MB of text; JSON escaping adds some). */
  bodyBytes: number;
  /** Longest a GraphQL operation may run before it is answered with TIMEOUT. */
  timeoutMs: number;
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
  /** Operations in one batched request. */
  batch: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 4 * 1024 * 1024,
  timeoutMs: 30_000,
  depth: 15,
  aliases: 30,
  tokens: 5_000,
  cost: 50_000,
  batch: 10,
};

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'off', 'no'].includes(value.toLowerCase());
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: positive(env.PORT, 4000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    graphiql: flag(env.GRAPHIQL, true),
    introspection: flag(env.INTROSPECTION, true),
    cacheTtlMs:
      env.RESPONSE_CACHE_TTL_MS === '0' ? 0 : positive(env.RESPONSE_CACHE_TTL_MS, 10_000, 'RESPONSE_CACHE_TTL_MS'),
    limits: {
      bodyBytes: positive(env.MAX_BODY_BYTES, DEFAULT_LIMITS.bodyBytes, 'MAX_BODY_BYTES'),
      timeoutMs: positive(env.REQUEST_TIMEOUT_MS, DEFAULT_LIMITS.timeoutMs, 'REQUEST_TIMEOUT_MS'),
      depth: positive(env.MAX_DEPTH, DEFAULT_LIMITS.depth, 'MAX_DEPTH'),
      aliases: positive(env.MAX_ALIASES, DEFAULT_LIMITS.aliases, 'MAX_ALIASES'),
      tokens: positive(env.MAX_TOKENS, DEFAULT_LIMITS.tokens, 'MAX_TOKENS'),
      cost: positive(env.MAX_COST, DEFAULT_LIMITS.cost, 'MAX_COST'),
      batch: positive(env.MAX_BATCH, DEFAULT_LIMITS.batch, 'MAX_BATCH'),
    },
  };
}
