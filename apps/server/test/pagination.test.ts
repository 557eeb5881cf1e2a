import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** Walks a connection page by page; `select` picks the connection out of the response. */
async function walk(t: TestApp, query: string, select: (data: Record<string, unknown>) => Connection, first: number) {
  const pages: Connection[] = [];
  let after: string | null = null;
  do {
    const { data, errors } = await t.gql(query, { first, after });
    expect(errors).toBeUndefined();
    const page: Connection = select(data as Record<string, unknown>);
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 50);
  return pages;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } }';

describe('cursor pagination', () => {
  let t: TestApp;
  let articleIds: string[];
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor });
    articleIds = await ingestCorpus(t);
  });
  afterAll(() => t.close());

  it('pages through articles newest first, each exactly once', async () => {
    const pages = await walk(
      t,
      `query($first: Int, $after: String) { articles(first: $first, after: $after) { ${PAGE} } }`,
      (data) => data.articles as Connection,
      3,
    );
    expect(pages.map((page) => page.edges.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    expect(pages.every((page) => page.totalCount === CORPUS.length)).toBe(true);
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual([...articleIds].reverse());
  });

  it.each([
    ['actors', 'actors(first: $first, after: $after)', 4],
    ['locations', 'locations(first: $first, after: $after)', 2],
    ['statements', 'statements(first: $first, after: $after)', CORPUS.length * 2],
  ])('pages through %s without gaps or repeats', async (name, field, total) => {
    const query = `query($first: Int, $after: String) { ${field} { ${PAGE} } }`;
    const all = await t.gql<Record<string, Connection>>(query, { first: 500, after: null });
    const pages = await walk(t, query, (data) => data[name] as Connection, 3);
    const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(ids).toHaveLength(total);
    expect(ids).toEqual(all.data?.[name]?.edges.map((edge) => edge.node.id));
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
  });

  it('orders statements newest article first, then in text order', async () => {
    const { data } = await t.gql<{ statements: { edges: { node: { start: number; article: { title: string } } }[] } }>(
      '{ statements(first: 4) { edges { node { start article { title } } } } }',
    );
    expect(data?.statements.edges.map((edge) => edge.node.article.title)).toEqual([
      'Harbor day 7',
      'Harbor day 7',
      'Harbor day 6',
      'Harbor day 6',
    ]);
    const [a, b] = data?.statements.edges ?? [];
    expect(a && b && a.node.start < b.node.start).toBe(true);
  });

  it('pages nested lists: an actor’s mentions across articles', async () => {
    const { data } = await t.gql<{ actors: { edges: { node: { id: string; name: string; mentionCount: number } }[] } }>(
      '{ actors(first: 1) { edges { node { id name mentionCount } } } }',
    );
    const top = data?.actors.edges[0]?.node;
    expect(top?.name).toBe('Maria Lopez');
    // Two mentions a day, a third on every other day.
    expect(top?.mentionCount).toBe(7 * 2 + 3);
    const pages = await walk(
      t,
      `query($first: Int, $after: String) { node(id: "${top?.id}") { ... on Actor { mentions(first: $first, after: $after) { ${PAGE} } } } }`,
      (data) => (data.node as { mentions: Connection }).mentions,
      5,
    );
    const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(new Set(ids).size).toBe(17);
    expect(pages[0]?.totalCount).toBe(17);
  });

  it('filters actors by kind and by name prefix', async () => {
    const { data } = await t.gql<{ orgs: Connection; typed: { edges: { node: { name: string } }[] } }>(
      `{ orgs: actors(kind: ORGANIZATION) { ${PAGE} } typed: actors(search: "beck") { edges { node { name } } } }`,
    );
    expect(data?.orgs.totalCount).toBe(2);
    expect(data?.typed.edges.map((edge) => edge.node.name)).toEqual(['Tom Becker']);
  });
});
