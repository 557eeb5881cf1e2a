import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

const LIST = '{ articles(first: 50) { totalCount edges { node { title actors { edges { node { name } } } } } } }';
const INGEST = 'mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }';

describe('response cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor });
    await ingestCorpus(t);
  });
  afterAll(() => t.close());

  it('answers a repeated query from memory, and a stored article makes every answer fresh', async () => {
    t.resetQueryCount();
    const first = await t.gql<{ articles: { totalCount: number } }>(LIST);
    expect(t.queryCount()).toBeGreaterThan(0);
    t.resetQueryCount();
    expect(await t.gql(LIST)).toEqual(first);
    expect(t.queryCount()).toBe(0);

    await t.gql(INGEST, { text: 'Tom Becker arrived in Hamburg.' });
    const after = await t.gql<{ articles: { totalCount: number } }>(LIST);
    expect(after.data?.articles.totalCount).toBe((first.data?.articles.totalCount ?? 0) + 1);

    // Ingesting a text already stored changes nothing, so cached answers stay.
    await t.gql(INGEST, { text: 'Tom Becker arrived in Hamburg.' });
    t.resetQueryCount();
    await t.gql(LIST);
    expect(t.queryCount()).toBe(0);
  });

  it('never caches errors', async () => {
    const query = '{ actor(id: "QWN0b3I6OTk5OQ") { name } }';
    await t.gql(query);
    t.resetQueryCount();
    const again = await t.gql(query);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(t.queryCount()).toBeGreaterThan(0);
  });

  it('can be turned off', async () => {
    const off = await createTestApp({ extract: corpusExtractor, cacheTtlMs: 0 });
    try {
      await off.gql(LIST);
      off.resetQueryCount();
      await off.gql(LIST);
      expect(off.queryCount()).toBeGreaterThan(0);
    } finally {
      await off.close();
    }
  });
});
