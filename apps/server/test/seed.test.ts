import { extract } from '@newsgraph/extract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_METADATA, seedIfEmpty } from '../src/seed.ts';
import { createTestApp, type TestApp, tableCounts } from './helpers.ts';

interface SeedArticles {
  articles: {
    totalCount: number;
    edges: {
      node: {
        title: string;
        publisher: string;
        publishedAt: string;
        text: string;
        sections: { kind: string; start: number; end: number; text: string }[];
        mentions: { edges: { node: { start: number; end: number; text: string } }[] };
        statements: { edges: { node: { start: number; end: number; text: string } }[] };
      };
    }[];
  };
}

describe('seed on an empty database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract });
  });
  afterAll(() => t.close());

  it('runs on the engine this test project names', () => {
    expect(t.db.engine).toBe(process.env.NEWSGRAPH_TEST_ENGINE);
  });

  it('stores the seed article once, with the real extractor', async () => {
    expect(await seedIfEmpty(t.db, extract)).toBe(true);
    const counts = await tableCounts(t.db);
    expect(await seedIfEmpty(t.db, extract)).toBe(false);
    expect(await tableCounts(t.db)).toEqual(counts);

    const { data, errors } = await t.gql<SeedArticles>(`{
      articles { totalCount edges { node { title publisher publishedAt text
        sections { kind start end text }
        mentions(first: 500) { edges { node { start end text } } }
        statements { edges { node { start end text } } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.articles.totalCount).toBe(1);
    const article = data?.articles.edges[0]?.node;
    expect(article?.title).toBe(SEED_METADATA.title);
    expect(article?.publisher).toBe('The Moscow Times');
    expect(article?.publishedAt).toBe('2022-10-10T12:00:00.000Z');
    expect(article?.text).toContain('Lukashenko');
    // Whatever the extractor finds, every stored span is the exact text it claims.
    const text = article?.text ?? '';
    for (const section of article?.sections ?? []) expect(text.slice(section.start, section.end)).toBe(section.text);
    const mentions = article?.mentions.edges ?? [];
    expect(mentions.length).toBeGreaterThan(0);
    for (const { node } of mentions) expect(text.slice(node.start, node.end)).toBe(node.text);
    for (const { node } of article?.statements.edges ?? []) expect(text.slice(node.start, node.end)).toBe(node.text);
  });
});
