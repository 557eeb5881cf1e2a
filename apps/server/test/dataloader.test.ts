import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

// Every level of nesting touches every article, actor, mention and statement of the page.
const DEEP = `query($first: Int) {
  articles(first: $first) { totalCount edges { node { title sections { kind }
    actors(first: 10) { totalCount edges { node { name
      mentions(first: 5) { totalCount edges { node { text article { title } actor { name } } } }
      statements(first: 5) { edges { node { text speaker { name } article { title } } } } } } }
    statements { edges { node { text speaker { name } source { name } } } }
    locations { edges { node { name articles { totalCount } } } } } } }
}`;

describe('DataLoader batching', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor });
    await ingestCorpus(t);
  });
  afterAll(() => t.close());

  it('runs the same number of SQL queries for 1 article as for 7', async () => {
    const counts: number[] = [];
    for (const first of [1, 7]) {
      t.resetQueryCount();
      const { data, errors } = await t.gql<{ articles: { edges: unknown[] } }>(DEEP, { first });
      expect(errors).toBeUndefined();
      expect(data?.articles.edges).toHaveLength(first);
      counts.push(t.queryCount());
    }
    expect(counts[1]).toBe(counts[0]);
    // One query per list level and per kind of object, not per row.
    expect(counts[0]).toBeLessThanOrEqual(16);
  });
});
