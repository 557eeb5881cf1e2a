import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';

/**
 * Caches query results in memory. Every stored article changes lists, counts and search results
 * everywhere, so a new article starts a new generation of keys instead of chasing what it touched.
 * Writes this process does not see (a bulk ingest into the same PostgreSQL, another server) show
 * after at most `ttlMs`.
 */
export function createResponseCache(ttlMs: number): { plugin: Plugin; dataChanged: () => void } {
  let generation = 0;
  const plugin = useResponseCache({
    session: () => null,
    cache: createInMemoryCache({ max: 2000 }),
    ttl: ttlMs,
    includeExtensionMetadata: false,
    buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
      hashSHA256(
        [generation, documentString, operationName ?? '', JSON.stringify(variableValues ?? {})].join('\u0000'),
      ),
  });
  return {
    plugin,
    dataChanged: () => {
      generation++;
    },
  };
}
