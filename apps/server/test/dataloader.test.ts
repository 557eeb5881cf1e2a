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

  it('runs about as many SQL queries for 7 articles as for 1', async () => {
    const counts: number[] = [];
    for (const first of [1, 7]) {
      t.resetQueryCount();
      const { data, errors } = await t.gql<{ articles: { edges: unknown[] } }>(DEEP, { first });
      expect(errors).toBeUndefined();
      expect(data?.articles.edges).toHaveLength(first);
      counts.push(t.queryCount());
    }
    // One query per list level and per kind of object, not per row: seven articles with ~4 actors,
    // their mentions and statements would take well over 100 queries one row at a time. With a
    // networked PostgreSQL, I/O timing can split one batch in two, hence the small slack.
    expect(counts[0]).toBeLessThanOrEqual(18);
    expect(counts[1]).toBeLessThanOrEqual((counts[0] ?? 0) + 2);
  });
});
