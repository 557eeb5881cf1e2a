import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

// What the reader shows of an article, with small pages so that cursors matter, and every field
// of a list's nodes that loads an actor or a place.
const READER = `
  id title publishedAt wordCount text sections { kind start end text }
  mentions(first: 2, after: $mentionsAfter) {
    pageInfo { hasNextPage endCursor } edges { cursor node { id start end text actor { id name kind title mentionCount } } }
  }
  other: mentions(first: 1) { edges { node { id actor { name } } } }
  locationMentions(first: 2) { pageInfo { hasNextPage } edges { node { id text location { id name kind latitude } } } }
  statements(first: 5, after: $statementsAfter) {
    pageInfo { hasNextPage endCursor } edges { node { id kind text cue speaker { id name } source { name } addressee { name } } }
  }
  actors(first: 2, kind: PERSON) { edges { cursor node { id name aliases } } }
  locations { edges { node { name countryCode } } }
  relations { edges { node { predicate subject { name } object { name } } } }`;
const VARIABLES = '$id: ID!, $mentionsAfter: String, $statementsAfter: String';
const BY_ARTICLE = `query(${VARIABLES}) { article(id: $id) { ${READER} } }`;
// node(id) resolves the same fields list by list through the loaders, without the one-statement fetch.
const BY_NODE = `query(${VARIABLES}) { node(id: $id) { ... on Article { ${READER} } } }`;

interface Reader {
  mentions: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  statements: { pageInfo: { endCursor: string | null } };
}

describe('the reader page in one statement', () => {
  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor, cacheTtlMs: 0 });
    ids = await ingestCorpus(t);
  });
  afterAll(() => t.close());

  it('loads an article with its sections, lists, actors and places in one SQL statement', async () => {
    t.resetQueryCount();
    const { data, errors } = await t.gql<{ article: Reader }>(BY_ARTICLE, { id: ids[1] });
    expect(errors).toBeUndefined();
    expect(t.queryCount()).toBe(1);
    expect(data?.article.mentions.pageInfo.hasNextPage).toBe(true);
  });

  it('answers exactly what the list-by-list loaders answer, on every page', async () => {
    for (const id of ids) {
      let variables: Record<string, unknown> = { id };
      for (let page = 0; page < 3; page++) {
        const direct = await t.gql<{ article: Reader }>(BY_ARTICLE, variables);
        const viaNode = await t.gql<{ node: Reader }>(BY_NODE, variables);
        expect(direct.errors).toBeUndefined();
        expect(direct.data?.article).toEqual(viaNode.data?.node);
        const { mentions, statements } = direct.data?.article ?? ({} as Reader);
        if (!mentions.pageInfo.hasNextPage) break;
        variables = { id, mentionsAfter: mentions.pageInfo.endCursor, statementsAfter: statements.pageInfo.endCursor };
      }
    }
  });

  it('still reports a bad cursor and an unknown article', async () => {
    const badCursor = await t.gql(BY_ARTICLE, { id: ids[0], mentionsAfter: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['article.mentions', 'BAD_USER_INPUT'],
    ]);
    const unknown = await t.gql(BY_ARTICLE, { id: Buffer.from('Article:99999').toString('base64url') });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
