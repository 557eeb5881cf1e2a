import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP, RANKED_PER_KIND } from '../src/db/search.ts';
import { corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

interface SearchResult {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        score: number;
        snippet: string;
        node: { __typename: string; name?: string; text?: string; title?: string };
      };
    }[];
  };
}

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score snippet node { __typename
      ... on Actor { name } ... on Statement { text } ... on Article { title } ... on Location { name } } } }
  }
}`;

describe('search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor });
    await ingestCorpus(t);
  });
  afterAll(() => t.close());

  it('finds actors, places, statements and articles by a word prefix, best match first', async () => {
    const { data } = await t.gql<SearchResult>(SEARCH, { q: 'lop', first: 50 });
    const hits = data?.search.edges.map((edge) => edge.node) ?? [];
    expect(hits[0]?.node).toEqual({ __typename: 'Actor', name: 'Maria Lopez' });
    expect(new Set(hits.map((hit) => hit.node.__typename))).toEqual(new Set(['Actor', 'Article']));
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const place = await t.gql<SearchResult>(SEARCH, { q: 'Valenc' });
    expect(place.data?.search.edges.map((edge) => edge.node.node.__typename)).toContain('Location');

    const quote = await t.gql<SearchResult>(SEARCH, { q: 'harbor must stay' });
    const statement = quote.data?.search.edges.find((edge) => edge.node.node.__typename === 'Statement')?.node;
    expect(statement?.node.text).toBe('The harbor must stay open,');
    expect(statement?.snippet).toContain('harbor');
  });

  it('pages its results', async () => {
    const all = await t.gql<SearchResult>(SEARCH, { q: 'harbor', first: 100 });
    const total = all.data?.search.totalCount ?? 0;
    expect(total).toBeGreaterThan(7);
    const first = await t.gql<SearchResult>(SEARCH, { q: 'harbor', first: 5 });
    const second = await t.gql<SearchResult>(SEARCH, {
      q: 'harbor',
      first: 5,
      after: first.data?.search.pageInfo.endCursor,
    });
    expect([...(first.data?.search.edges ?? []), ...(second.data?.search.edges ?? [])]).toEqual(
      all.data?.search.edges.slice(0, 10),
    );
  });

  it('treats query syntax as words and rejects an empty query', async () => {
    const odd = await t.gql<SearchResult>(SEARCH, { q: "lopez & | ! ( ' :*" });
    expect(odd.errors).toBeUndefined();
    expect(odd.data?.search.edges[0]?.node.node.name).toBe('Maria Lopez');
    const none = await t.gql<SearchResult>(SEARCH, { q: '!!!' });
    expect(none.data?.search).toMatchObject({ totalCount: 0, edges: [] });
    const empty = await t.gql<SearchResult>(SEARCH, { q: '   ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters articles and statements by words', async () => {
    const { data } = await t.gql<{
      articles: { totalCount: number };
      statements: { edges: { node: { text: string } }[] };
    }>('{ articles(search: "day 3") { totalCount } statements(search: "talk council") { edges { node { text } } } }');
    expect(data?.articles.totalCount).toBe(1);
    expect(data?.statements.edges).toHaveLength(7);
    expect(data?.statements.edges[0]?.node.text).toContain('City Council');
  });
});

describe('search over many matches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor, cacheTtlMs: 0 });
    await ingestCorpus(t);
    // More statements with the word than are ranked or counted; the oldest say it twice, so they would rank higher.
    const total = COUNT_CAP + 100;
    await sql`
      INSERT INTO statements (article_id, kind, text, start_offset, end_offset)
      SELECT (SELECT min(id) FROM articles), 'DIRECT',
        CASE WHEN n <= ${total - RANKED_PER_KIND} THEN 'the tariff, the tariff again' ELSE 'the tariff' END, 0, 1
      FROM generate_series(1, ${total}) AS n`.execute(t.db.kysely);
  });
  afterAll(() => t.close());

  it('ranks only the newest matches of a kind and counts up to a cap, so a page costs the same in a large archive', async () => {
    const { data, errors } = await t.gql<SearchResult>(SEARCH, { q: 'tariff', first: 5 });
    expect(errors).toBeUndefined();
    expect(data?.search.totalCount).toBe(COUNT_CAP);
    expect(data?.search.edges.map((edge) => edge.node.node.text)).toEqual(Array(5).fill('the tariff'));
  });
});
