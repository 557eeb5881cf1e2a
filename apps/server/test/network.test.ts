import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dictionaryExtractor, type TestApp } from './helpers.ts';

interface NetworkResult {
  network: {
    actors: { name: string }[];
    links: { kind: string; label: string | null; weight: number; source: { name: string }; target: { name: string } }[];
  };
}

// Two statements by Ana that mention Ben, one quoted through the agency, one stated relation.
const text =
  'Ana Ruiz praised Ben Ortiz. “Ben Ortiz is a friend,” Ana Ruiz said, according to Agencia. “Ben Ortiz will win.”';

describe('network', () => {
  let t: TestApp;
  let articleId = '';
  beforeAll(async () => {
    const base = dictionaryExtractor({
      'Ana Ruiz': { kind: 'PERSON' },
      'Ben Ortiz': { kind: 'PERSON' },
      Agencia: { kind: 'ORGANIZATION' },
    });
    t = await createTestApp({
      extract: (input) => {
        const extraction = base(input);
        const id = (name: string) => extraction.actors.find((actor) => actor.name === name)?.id ?? '';
        return {
          ...extraction,
          // Both quotes are Ana's; the first reached the paper through Agencia.
          statements: extraction.statements.map((statement, index) => ({
            ...statement,
            speakerId: id('Ana Ruiz'),
            sourceId: index === 0 ? id('Agencia') : null,
          })),
          relations: [
            { id: 'r1', subjectId: id('Ana Ruiz'), predicate: 'ally of', objectId: id('Ben Ortiz'), start: 0, end: 26 },
          ],
        };
      },
    });
    const { data } = await t.gql<{ ingestArticle: { article: { id: string } } }>(
      'mutation($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }',
      { text },
    );
    articleId = data?.ingestArticle.article.id ?? '';
  });
  afterAll(() => t.close());

  it('links actors by relations, statements about others, and sources', async () => {
    const query = `query($id: ID) { network(articleId: $id) { actors { name }
      links { kind label weight source { name } target { name } } } }`;
    for (const id of [articleId, null]) {
      const { data, errors } = await t.gql<NetworkResult>(query, { id });
      expect(errors).toBeUndefined();
      expect(data?.network.actors.map((actor) => actor.name).sort()).toEqual(['Agencia', 'Ana Ruiz', 'Ben Ortiz']);
      const links = data?.network.links.map((link) => [
        link.kind,
        link.source.name,
        link.target.name,
        link.label,
        link.weight,
      ]);
      expect(links).toEqual(
        expect.arrayContaining([
          ['SPEAKS_ABOUT', 'Ana Ruiz', 'Ben Ortiz', null, 2],
          ['QUOTED_BY', 'Ana Ruiz', 'Agencia', null, 1],
          ['RELATION', 'Ana Ruiz', 'Ben Ortiz', 'ally of', 1],
        ]),
      );
      expect(links).toHaveLength(3);
    }
  });

  it('checks its arguments', async () => {
    const limit = await t.gql('{ network(limit: 0) { actors { name } } }');
    expect(limit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql('{ network(articleId: "QXJ0aWNsZTo5OTk") { actors { name } } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
