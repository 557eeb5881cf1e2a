import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/ids.ts';
import { createTestApp, dictionaryExtractor, type TestApp, tableCounts } from './helpers.ts';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
const extract = dictionaryExtractor({ 'Jane Doe': { kind: 'PERSON' } });

describe('error codes', () => {
  let t: TestApp;
  let articleId = '';
  beforeAll(async () => {
    t = await createTestApp({ extract });
    const { data } = await t.gql<{ ingestArticle: { article: { id: string } } }>(INGEST, {
      input: { text: '“Hello,” said Jane Doe.' },
    });
    articleId = data?.ingestArticle.article.id ?? '';
  });
  afterAll(() => t.close());

  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await t.gql(query, variables);
    return errors?.map((error) => error.extensions?.code);
  };

  it.each([
    ['article', 'Article'],
    ['actor', 'Actor'],
    ['location', 'Location'],
    ['statement', 'Statement'],
  ] as const)('%s(id) is NOT_FOUND for a well-formed id that matches nothing', async (field, type) => {
    const id = toGlobalId(type, 999_999);
    const { data, errors } = await t.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id });
    expect(data).toEqual({ [field]: null });
  });

  it('node(id) is null for a well-formed unknown id and the object for a known one', async () => {
    const { data } = await t.gql<{ unknown: null; known: { __typename: string; id: string } }>(
      'query($u: ID!, $k: ID!) { unknown: node(id: $u) { id } known: node(id: $k) { __typename id } }',
      { u: toGlobalId('Mention', 424_242), k: articleId },
    );
    expect(data).toEqual({ unknown: null, known: { __typename: 'Article', id: articleId } });
  });

  it.each([
    ['garbage', 'not base64'],
    [Buffer.from('Article:abc').toString('base64url'), 'not a number'],
    [Buffer.from('Planet:1').toString('base64url'), 'unknown type'],
    ['', 'empty'],
  ])('a malformed id %j (%s) is BAD_USER_INPUT', async (id) => {
    expect(await codeOf('query($id: ID!) { node(id: $id) { id } }', { id })).toEqual(['BAD_USER_INPUT']);
    expect(await codeOf('query($id: ID!) { article(id: $id) { id } }', { id })).toEqual(['BAD_USER_INPUT']);
  });

  it('an id of another type is BAD_USER_INPUT where a given type is expected', async () => {
    expect(await codeOf('query($id: ID!) { actor(id: $id) { id } }', { id: articleId })).toEqual(['BAD_USER_INPUT']);
    expect(await codeOf('query($id: ID!) { statements(speaker: $id) { totalCount } }', { id: articleId })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it.each([0, -1, 501])('first: %i is BAD_USER_INPUT', async (first) => {
    expect(await codeOf('query($first: Int) { articles(first: $first) { totalCount } }', { first })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await codeOf('query($first: Int) { actors { edges { node { mentions(first: $first) { totalCount } } } } }', {
        first,
      }),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('a cursor that is not one of the list is BAD_USER_INPUT', async () => {
    const { data } = await t.gql<{ actors: { pageInfo: { endCursor: string } } }>(
      '{ actors { pageInfo { endCursor } } }',
    );
    expect(
      await codeOf('query($after: String) { articles(after: $after) { totalCount } }', {
        after: data?.actors.pageInfo.endCursor,
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await codeOf('{ articles(after: "!!") { totalCount } }')).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['empty text', { text: '' }, 'empty'],
    ['whitespace', { text: ' \n\t ' }, 'empty'],
    ['text over 1 MB', { text: 'word '.repeat(220_000) }, 'at most 1024 KB'],
    ['a bad date', { text: 'Some text.', publishedAt: 'last Tuesday' }, 'DateTime'],
    ['a relative url', { text: 'Some text.', url: 'example/page' }, 'URL'],
  ])('ingesting %s is BAD_USER_INPUT with a message saying why, and stores nothing', async (_name, input, words) => {
    const before = await tableCounts(t.db);
    const { errors } = await t.gql(INGEST, { input });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(words);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('graphql-js errors carry codes too', async () => {
    expect(await codeOf('{ nothingHere }')).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await codeOf('{ articles { ')).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(await codeOf('query($n: Int) { articles(first: $n) { totalCount } }', { n: 'ten' })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('a failing extraction', () => {
  it('is EXTRACTION_FAILED and leaves the database as it was', async () => {
    let calls = 0;
    const t = await createTestApp({
      extract: (text) => {
        calls++;
        if (text.includes('boom')) throw new Error('engine exploded');
        return extract(text);
      },
    });
    try {
      await t.gql(INGEST, { input: { text: 'Jane Doe spoke.' } });
      const before = await tableCounts(t.db);
      const { errors } = await t.gql(INGEST, { input: { text: 'Jane Doe said boom.' } });
      expect(errors?.[0]?.extensions?.code).toBe('EXTRACTION_FAILED');
      expect(calls).toBe(2);
      expect(await tableCounts(t.db)).toEqual(before);
    } finally {
      await t.close();
    }
  });

  it('is EXTRACTION_FAILED for a span outside the text, storing nothing', async () => {
    const t = await createTestApp({
      extract: (text) => ({
        ...extract(text),
        statements: [
          {
            id: 's1',
            kind: 'DIRECT',
            text: 'x',
            start: 0,
            end: text.length + 5,
            cue: null,
            speakerId: 'a1',
            sourceId: null,
            addresseeId: null,
          },
        ],
      }),
    });
    try {
      const before = await tableCounts(t.db);
      const { errors } = await t.gql(INGEST, { input: { text: 'Jane Doe spoke twice.' } });
      expect(errors?.[0]?.extensions?.code).toBe('EXTRACTION_FAILED');
      expect(await tableCounts(t.db)).toEqual(before);
    } finally {
      await t.close();
    }
  });

  it('rolls back the article, actors and mentions when a later insert fails', async () => {
    const t = await createTestApp({
      extract: (text) => {
        const good = extract(text);
        // The database refuses this kind, after the article, actors and mentions were inserted.
        const statement = {
          id: 's1',
          kind: 'SHOUTED',
          text: 'x',
          start: 0,
          end: 1,
          cue: null,
          speakerId: 'a1',
          sourceId: null,
          addresseeId: null,
        };
        return { ...good, statements: [statement as unknown as (typeof good.statements)[number]] };
      },
    });
    try {
      const before = await tableCounts(t.db);
      const { errors } = await t.gql(INGEST, { input: { text: 'Jane Doe spoke twice.' } });
      expect(errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(errors?.[0]?.message).not.toMatch(/statements|constraint|SQL/i);
      expect(await tableCounts(t.db)).toEqual(before);
      expect(before.articles).toBe(0);
    } finally {
      await t.close();
    }
  });
});
