import { extract as defaultExtract } from '@newsgraph/extract';
import { createSchema, createYoga } from 'graphql-yoga';
import { createContext, type GraphQLContext } from './context.ts';
import type { Db } from './db/db.ts';
import type { Extractor } from './ingest.ts';
import { useErrorCodes } from './plugins/error-codes.ts';
import { resolvers } from './schema/resolvers.generated.ts';
import { typeDefs } from './schema/typeDefs.generated.ts';

export interface AppOptions {
  db: Db;
  /** The extraction engine; tests inject one that fails. */
  extract?: Extractor;
  /** GraphiQL at GET /graphql (default on). */
  graphiql?: boolean;
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

export function createApp({ db, extract = defaultExtract, graphiql = true }: AppOptions) {
  return createYoga({
    schema: createSchema<GraphQLContext>({ typeDefs, resolvers }),
    context: () => createContext(db, extract),
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'newsgraph', defaultQuery: EXAMPLE_QUERY } : false,
    plugins: [useErrorCodes()],
  });
}

export type App = ReturnType<typeof createApp>;
