import type { Cache } from '@urql/exchange-graphcache';
import { describe, expect, it, vi } from 'vitest';
import { invalidateAfterIngest } from './urql.ts';

describe('invalidateAfterIngest', () => {
  it('drops every list and the actors and places the new article names, nothing else', () => {
    const invalidate = vi.fn();
    const cache = {
      inspectFields: () => [
        { fieldKey: 'articles({"first":20})', fieldName: 'articles', arguments: { first: 20 } },
        { fieldKey: 'actors({"kind":"PERSON"})', fieldName: 'actors', arguments: { kind: 'PERSON' } },
        { fieldKey: 'article({"id":"A1"})', fieldName: 'article', arguments: { id: 'A1' } },
        { fieldKey: 'network', fieldName: 'network', arguments: null },
      ],
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
      [{ __typename: 'Actor', id: 'P1' }],
      [{ __typename: 'Location', id: 'L1' }],
    ]);
  });
});
