import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dictionaryExtractor, type GraphQLResponse, type TestApp, tableCounts } from './helpers.ts';

const INGEST =
  'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id text wordCount } } }';
const extract = dictionaryExtractor({ 'Jane Doe': { kind: 'PERSON' } });

interface Ingested {
  ingestArticle: { created: boolean; article: { id: string; text: string; wordCount: number } };
}

/** Sends raw bytes as the body, as a broken or hostile client would. */
const postBytes = (t: TestApp, bytes: Uint8Array<ArrayBuffer>) => t.post(bytes);

/** A selection nested `depth` levels deep: articles > actors > mentions > article > actors > ... */
function nested(depth: number): string {
  const levels = ['articles', 'edges', 'node', 'actors', 'edges', 'node', 'mentions', 'edges', 'node', 'article'];
  let query = 'id';
  for (let level = depth - 1; level >= 0; level--) {
    const field =
      level < levels.length
        ? levels[level]
        : ['actors', 'edges', 'node', 'mentions', 'edges', 'node', 'article'][(level - levels.length) % 7];
    query = `${field} { ${query} }`;
  }
  return `{ ${query} }`;
}

describe('bad input', () => {
  let t: TestApp;
  const logLines: string[] = [];
  let before: Record<string, number>;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await createTestApp({ extract, logger: pino({ level: 'info' }, sink) });
    await t.gql(INGEST, { input: { text: 'Jane Doe wrote a first article.' } });
  });
  beforeEach(async () => {
    before = await tableCounts(t.db);
  });
  afterAll(() => t.close());

  /** The server still answers, and the database holds what it held before the bad request. */
  async function expectUnchanged() {
    const { data } = await t.gql<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
    expect(data?.articles.totalCount).toBe(before.articles);
    expect(await tableCounts(t.db)).toEqual(before);
  }

  const ingestCode = async (text: string) => {
    const { errors } = await t.gql(INGEST, { input: { text } });
    return errors?.[0]?.extensions?.code;
  };

  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\r\n\t  \u00a0 '],
    ['text of 1.5 MB', 'Jane Doe talks. '.repeat(100_000)],
    ['binary bytes', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
    ['a NUL character', 'Jane Doe\u0000 spoke.'],
    ['replacement characters from bad UTF-8', 'Jane Doe said \uFFFD\uFFFD.'],
  ])('ingesting %s is BAD_USER_INPUT', async (_name, text) => {
    expect(await ingestCode(text)).toBe('BAD_USER_INPUT');
    await expectUnchanged();
  });

  it('a 5 MB article is refused by the body limit with PAYLOAD_TOO_LARGE (413)', async () => {
    const response = await t.post(
      JSON.stringify({ query: INGEST, variables: { input: { text: 'Jane Doe. '.repeat(524_288) } } }),
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectUnchanged();
  });

  it('invalid UTF-8 inside the JSON body is BAD_USER_INPUT', async () => {
    const head = new TextEncoder().encode(`{"query":${JSON.stringify(INGEST)},"variables":{"input":{"text":"Jane Doe `);
    const tail = new TextEncoder().encode(' said."}}}');
    const response = await postBytes(t, new Uint8Array([...head, 0xff, 0xfe, 0xc3, ...tail]));
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectUnchanged();
  });

  it.each([
    ['malformed JSON', '{"query": "{ articles { totalCount } }"'],
    ['no query', '{"variables": {}}'],
    ['a binary body', '\u0000\u0001\u0002\u00ff'],
  ])('%s is answered with an error code, not a crash', async (_name, body) => {
    const response = await t.post(body);
    expect(response.status).toBeLessThan(500);
    const json = (await response.json()) as GraphQLResponse<unknown>;
    expect(json.errors?.[0]?.extensions?.code).toMatch(/^(BAD_REQUEST|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/);
    await expectUnchanged();
  });

  it('HTML is stored as the text it is, never interpreted', async () => {
    const html = '<script>alert("x")</script><p onclick="steal()">Jane Doe said <b>hello</b> &amp; left.</p>';
    const { data, errors } = await t.gql<Ingested>(INGEST, { input: { text: html } });
    expect(errors).toBeUndefined();
    expect(data?.ingestArticle.article.text).toBe(html);
  });

  it('non-English text is stored verbatim, with words counted in its script', async () => {
    const text = 'Президент Беларуси заявил, что «всё под контролем». 白俄罗斯总统说一切都在控制之中。';
    const { data, errors } = await t.gql<Ingested>(INGEST, { input: { text } });
    expect(errors).toBeUndefined();
    expect(data?.ingestArticle.article.text).toBe(text);
    expect(data?.ingestArticle.article.wordCount).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['too deep', 'GRAPHQL_VALIDATION_FAILED', nested(18)],
    [
      'too many aliases',
      'GRAPHQL_VALIDATION_FAILED',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`,
    ],
    ['too many tokens', 'GRAPHQL_PARSE_FAILED', `{ articles { ${'totalCount '.repeat(6000)} } }`],
    [
      'too costly',
      'GRAPHQL_VALIDATION_FAILED',
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: actors(first: 500) { edges { node { mentions(first: 500) { edges { node { text actor { name } article { title } } } } } } }`).join(' ')} }`,
    ],
  ])('a query %s is refused with %s', async (_name, code, query) => {
    const { errors, data } = await t.gql(query);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(data ?? null).toBeNull();
    await expectUnchanged();
  });

  it('more batched operations than allowed are refused; a small batch is answered', async () => {
    const operation = { query: '{ articles { totalCount } }' };
    const big = await t.post(JSON.stringify(Array.from({ length: 11 }, () => operation)));
    expect(big.status).toBe(413);
    expect(((await big.json()) as GraphQLResponse<unknown>).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const small = await t.post(JSON.stringify([operation, operation]));
    expect(small.status).toBe(200);
    expect(await small.json()).toEqual([
      { data: { articles: { totalCount: before.articles } } },
      { data: { articles: { totalCount: before.articles } } },
    ]);
  });

  it('unknown and malformed ids get NOT_FOUND and BAD_USER_INPUT', async () => {
    const unknown = await t.gql('{ actor(id: "QWN0b3I6OTk5OTk") { name } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql('{ actor(id: "}{") { name } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectUnchanged();
  });

  it('an unexpected failure is masked, carries the request id, and is logged under it', async () => {
    const failing = await createTestApp({
      // The database refuses this statement kind: a failure no input check foresaw.
      extract: (text) => ({
        ...extract(text),
        statements: [
          {
            id: 's1',
            kind: 'SHOUTED' as 'DIRECT',
            text: 'x',
            start: 0,
            end: 1,
            cue: null,
            speakerId: null,
            sourceId: null,
            addresseeId: null,
          },
        ],
      }),
      logger: pino(
        { level: 'info' },
        new Writable({ write: (chunk, _e, done) => done(void logLines.push(String(chunk))) }),
      ),
    });
    try {
      const response = await failing.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-test-42' },
        body: JSON.stringify({ query: INGEST, variables: { input: { text: 'Jane Doe shouted.' } } }),
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      expect(response.headers.get('x-request-id')).toBe('req-test-42');
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-42' });
      expect(JSON.stringify(body)).not.toMatch(/stack|INSERT|statements_kind|constraint/i);
      const logged = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error');
      expect(logged).toMatchObject({ requestId: 'req-test-42', level: 50, path: 'ingestArticle' });
      expect(JSON.stringify(logged)).toContain('statements_kind');
    } finally {
      await failing.close();
    }
  });
});

describe('health and readiness', () => {
  it('answers /health, and /ready only while accepting work with a reachable database', async () => {
    let accepting = true;
    const t = await createTestApp({ accepting: () => accepting });
    try {
      expect((await t.app.fetch('http://localhost/health')).status).toBe(200);
      expect((await t.app.fetch('http://localhost/ready')).status).toBe(200);
      accepting = false;
      expect((await t.app.fetch('http://localhost/ready')).status).toBe(503);
    } finally {
      await t.close();
    }
  });
});

describe('switches', () => {
  it('turns introspection and GraphiQL off', async () => {
    const t = await createTestApp({ introspection: false, graphiql: false });
    try {
      const { errors } = await t.gql('{ __schema { types { name } } }');
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const page = await t.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
    } finally {
      await t.close();
    }
  });

  it('serves GraphiQL with the example query by default', async () => {
    const t = await createTestApp();
    try {
      const page = await t.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(html).toContain('GraphiQL');
      expect(html).toContain('ActorsAndStatements');
      const { data } = await t.gql<{ __schema: { queryType: { name: string } } }>(
        '{ __schema { queryType { name } } }',
      );
      expect(data?.__schema.queryType.name).toBe('Query');
    } finally {
      await t.close();
    }
  });
});
