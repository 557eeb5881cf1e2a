import type { Cache } from '@urql/exchange-graphcache';
import { describe, expect, it, vi } from 'vitest';
import { invalidateAfterIngest } from './urql.ts';

describe('invalidateAfterIngest', () => {
  it('drops every list and what can grow on the actors and places the new article names', () => {
    const invalidate = vi.fn();
    const fields: Record<string, { fieldKey: string; fieldName: string; arguments: Record<string, unknown> | null }[]> =
      {
        Query: [
          { fieldKey: 'articles({"first":20})', fieldName: 'articles', arguments: { first: 20 } },
          { fieldKey: 'actors({"kind":"PERSON"})', fieldName: 'actors', arguments: { kind: 'PERSON' } },
          { fieldKey: 'article({"id":"A1"})', fieldName: 'article', arguments: { id: 'A1' } },
          { fieldKey: 'network', fieldName: 'network', arguments: null },
        ],
        'Actor:P1': [
          { fieldKey: 'name', fieldName: 'name', arguments: null },
          { fieldKey: 'mentionCount', fieldName: 'mentionCount', arguments: null },
          { fieldKey: 'mentions({"first":50})', fieldName: 'mentions', arguments: { first: 50 } },
        ],
        'Location:L1': [{ fieldKey: 'id', fieldName: 'id', arguments: null }],
      };
    const cache = {
      inspectFields: (key: string) => fields[key] ?? [],
      keyOfEntity: (entity: { __typename: string; id: string }) => `${entity.__typename}:${entity.id}`,
      invalidate,
    } as unknown as Cache;
    invalidateAfterIngest(cache, {
      __typename: 'IngestArticlePayload',
      created: true,
      article: {
        __typename: 'Article',
        id: 'A2',
        title: null,
        actors: {
          __typename: 'ActorConnection',
          edges: [{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: 'P1' } }],
        },
        locations: {
          __typename: 'LocationConnection',
          edges: [{ __typename: 'LocationEdge', node: { __typename: 'Location', id: 'L1' } }],
        },
      },
    });
    expect(invalidate.mock.calls).toEqual([
      ['Query', 'articles', { first: 20 }],
      ['Query', 'actors', { kind: 'PERSON' }],
      ['Query', 'network', null],
      ['Actor:P1', 'mentionCount', null],
      ['Actor:P1', 'mentions', { first: 50 }],
    ]);
  });
});
