import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { extract as defaultExtract } from '@newsgraph/extract';
import { createSchema, createYoga, type Plugin, useReadinessCheck } from 'graphql-yoga';
import { sql } from 'kysely';
import { DEFAULT_LIMITS, type Limits } from './config.ts';
import { createContext, type GraphQLContext } from './context.ts';
import type { Db } from './db/db.ts';
import type { Extractor } from './ingest.ts';
import { createLogger, type Logger, yogaLogger } from './logger.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useErrorCodes } from './plugins/error-codes.ts';
import { useNoIntrospection } from './plugins/introspection.ts';
import { useRequestLog } from './plugins/request-id.ts';
import { createResponseCache } from './plugins/response-cache.ts';
import { useTimeout } from './plugins/timeout.ts';
import { createIngestProgress } from './progress.ts';
import { resolvers } from './schema/resolvers.generated.ts';
import { typeDefs } from './schema/typeDefs.generated.ts';

export interface AppOptions {
  db: Db;
  /** The extraction engine; tests inject one that fails. */
  extract?: Extractor;
  /** GraphiQL at GET /graphql (default on). */
  graphiql?: boolean;
  /** Schema introspection (default on). */
  introspection?: boolean;
  limits?: Partial<Limits>;
  logger?: Logger;
  /** How long a query result may be served from memory; 0 turns the cache off (default 10 s). */
  cacheTtlMs?: number;
  /** False while the server shuts down: /ready then answers 503 so balancers stop sending work. */
  accepting?: () => boolean;
}

/** The query GraphiQL opens with: the seed's actors and what they said. */
export const EXAMPLE_QUERY = `# Actors, most mentioned first, with what they said.
query ActorsAndStatements {
  actors(first: 10) {
    totalCount
    edges {
      node {
        name
        kind
        title
        mentionCount
        statements(first: 5) {
          edges {
            node {
              kind
              cue
              text
              article { title }
            }
          }
        }
      }
    }
  }
}
`;

export function createApp({
  db,
  extract = defaultExtract,
  graphiql = true,
  introspection = true,
  limits: given = {},
  logger = createLogger(),
  accepting = () => true,
  cacheTtlMs = 10_000,
}: AppOptions) {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const cache = cacheTtlMs > 0 ? createResponseCache(cacheTtlMs) : null;
  const progress = createIngestProgress();
  const plugins: Plugin[] = [
    useRequestLog(logger),
    useBodyLimit(limits.bodyBytes),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.depth },
      maxAliases: { n: limits.aliases },
      maxTokens: { n: limits.tokens },
      costLimit: { maxCost: limits.cost },
      maxDirectives: { n: 20 },
      // Suggestions help developers; they stay unless introspection is off.
      blockFieldSuggestion: { enabled: !introspection },
    }),
    useErrorCodes(logger),
    useTimeout(limits.timeoutMs),
    useReadinessCheck({
      endpoint: '/ready',
      check: async () => {
        if (!accepting()) return false;
        await sql`SELECT 1`.execute(db.kysely);
        return true;
      },
    }),
  ];
  if (!introspection) plugins.push(useNoIntrospection());
  if (cache) plugins.push(cache.plugin);
  return createYoga({
    schema: createSchema<GraphQLContext>({ typeDefs, resolvers }),
    context: () => createContext(db, extract, cache?.dataChanged, progress),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: graphiql ? { title: 'newsgraph', defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    batching: { limit: limits.batch },
    logging: yogaLogger(logger),
    plugins,
  });
}

export type App = ReturnType<typeof createApp>;
