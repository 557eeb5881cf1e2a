import { type Cache, cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import type { IngestArticleMutation } from './gql/graphql.ts';
import schema from './gql/introspection.ts';
import { forwardOverSse } from './sse.ts';

/**
 * Types without an `id` (connections, edges, PageInfo, Section, SearchHit, Network, ...) are
 * embedded in their parent instead of normalized; derived from the schema so new ones are covered.
 */
function embeddedTypes(): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of schema.__schema.types) {
    if (type.kind !== 'OBJECT' || type.name.startsWith('__')) continue;
    if (type.name === 'Query' || type.name === 'Mutation' || type.name === 'Subscription') continue;
    if (!type.fields.some((field) => field.name === 'id')) keys[type.name] = () => null;
  }
  return keys;
}

/** Point lookups answer from the cache when the entity is already known (e.g. from a list). */
const byId =
  (typename: string) =>
  (_parent: unknown, args: { id?: unknown }): { __typename: string; id: string } | undefined =>
    typeof args.id === 'string' ? { __typename: typename, id: args.id } : undefined;

/** Fields that a new article can change on an actor or a place it names. */
const grows = new Set(['mentionCount', 'mentions', 'statements', 'articles', 'relations']);

/**
 * After an ingest every list may have changed, and so have the counts and connections of the
 * actors and places the new article names: drop them so they refetch on next view. Their ids and
 * names stay, since the mutation's own result is read back from them.
 */
export function invalidateAfterIngest(cache: Cache, payload: IngestArticleMutation['ingestArticle'] | undefined): void {
  const lists = new Set(['articles', 'actors', 'statements', 'locations', 'search', 'network']);
  for (const field of cache.inspectFields('Query')) {
    if (lists.has(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments);
  }
  const named = [
    ...(payload?.article.actors.edges ?? []).map(({ node }) => ({ __typename: 'Actor', id: node.id })),
    ...(payload?.article.locations.edges ?? []).map(({ node }) => ({ __typename: 'Location', id: node.id })),
  ];
  for (const entity of named) {
    const key = cache.keyOfEntity(entity);
    if (!key) continue;
    for (const field of cache.inspectFields(key)) {
      if (grows.has(field.fieldName)) cache.invalidate(key, field.fieldName, field.arguments);
    }
  }
}

export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({
        schema,
        keys: embeddedTypes(),
        resolvers: {
          Query: {
            articles: relayPagination(),
            actors: relayPagination(),
            statements: relayPagination(),
            locations: relayPagination(),
            article: byId('Article'),
            actor: byId('Actor'),
            statement: byId('Statement'),
            location: byId('Location'),
          },
          Actor: { mentions: relayPagination(), statements: relayPagination(), articles: relayPagination() },
          // The reader loads an article's spans page by page; the pages merge into one list.
          Article: {
            mentions: relayPagination(),
            locationMentions: relayPagination(),
            statements: relayPagination(),
          },
        },
        updates: {
          Mutation: {
            ingestArticle: (result, _args, cache) =>
              invalidateAfterIngest(cache, (result as Partial<IngestArticleMutation>).ingestArticle),
          },
        },
      }),
      fetchExchange,
      subscriptionExchange({ forwardSubscription: forwardOverSse(url) }),
    ],
  });
}
