import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dictionaryExtractor, type TestApp, tableCounts } from './helpers.ts';

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title publisher publishedAt wordCount contentHash
      sections { kind start end text }
      actors { totalCount edges { node { name kind aliases mentionCount } } }
      statements { totalCount edges { node { kind text start end speaker { name } } } }
      locations { totalCount edges { node { name geonameId mentionCount } } }
    }
  }
}`;

interface IngestResult {
  ingestArticle: {
    created: boolean;
    article: {
      id: string;
      title: string | null;
      wordCount: number;
      sections: { kind: string; start: number; end: number; text: string }[];
      actors: { totalCount: number; edges: { node: { name: string; aliases: string[]; mentionCount: number } }[] };
      statements: {
        totalCount: number;
        edges: { node: { text: string; start: number; end: number; speaker: { name: string } | null } }[];
      };
      locations: { totalCount: number; edges: { node: { name: string; mentionCount: number } }[] };
    };
  };
}

const extract = dictionaryExtractor(
  {
    'Angela Merkel': { kind: 'PERSON', aliases: ['Merkel'] },
    Germany: { kind: 'STATE' },
  },
  { Berlin: { kind: 'CITY', geonameId: 2950159, countryCode: 'DE' } },
);

const first = 'Angela Merkel spoke in Berlin. “Germany will help,” Merkel said.';
const second = 'Merkel returned to Berlin on Tuesday. “We are ready,” Merkel said.';

describe('ingestArticle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract });
  });
  afterAll(() => t.close());

  it('stores the article with what the extractor found, offsets into its text', async () => {
    const { data, errors } = await t.gql<IngestResult>(INGEST, {
      input: { text: first, title: ' First ', publisher: 'Example Post', publishedAt: '2024-03-01T10:00:00Z' },
    });
    expect(errors).toBeUndefined();
    const result = data?.ingestArticle;
    expect(result?.created).toBe(true);
    expect(result?.article.title).toBe('First');
    expect(result?.article.wordCount).toBe(10);
    expect(result?.article.sections).toEqual([{ kind: 'BODY', start: 0, end: first.length, text: first }]);
    expect(result?.article.actors.edges.map((edge) => edge.node.name)).toEqual(['Angela Merkel', 'Germany']);
    const statement = result?.article.statements.edges[0]?.node;
    expect(statement && first.slice(statement.start, statement.end)).toBe('Germany will help,');
    expect(statement?.speaker?.name).toBe('Angela Merkel');
    expect(result?.article.locations.edges[0]?.node).toEqual({ name: 'Berlin', geonameId: 2950159, mentionCount: 1 });
  });

  it('returns the stored article for the same text, storing nothing new', async () => {
    const before = await tableCounts(t.db);
    const again = await t.gql<IngestResult>(INGEST, { input: { text: first, title: 'Another title' } });
    expect(again.data?.ingestArticle.created).toBe(false);
    expect(again.data?.ingestArticle.article.title).toBe('First');
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('gives one article for concurrent ingests of the same new text', async () => {
    const text = 'Angela Merkel met nobody. “Nothing to say,” she said.';
    const results = await Promise.all([1, 2, 3].map(() => t.gql<IngestResult>(INGEST, { input: { text } })));
    const ids = new Set(results.map((result) => result.data?.ingestArticle.article.id));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.data?.ingestArticle.created)).toHaveLength(1);
  });

  it('merges actors and places across articles', async () => {
    const { data } = await t.gql<IngestResult>(INGEST, { input: { text: second } });
    expect(data?.ingestArticle.created).toBe(true);
    const actors = await t.gql<{
      actors: { edges: { node: { name: string; mentionCount: number; articles: { totalCount: number } } }[] };
    }>('{ actors(kind: PERSON) { edges { node { name mentionCount articles { totalCount } } } } }');
    expect(actors.data?.actors.edges).toEqual([
      { node: { name: 'Angela Merkel', mentionCount: 2 + 1 + 2, articles: { totalCount: 3 } } },
    ]);
    const places = await t.gql<{ locations: { edges: { node: { name: string; mentionCount: number } }[] } }>(
      '{ locations { edges { node { name mentionCount } } } }',
    );
    expect(places.data?.locations.edges).toEqual([{ node: { name: 'Berlin', mentionCount: 2 } }]);
  });
});

describe('merging actors across articles', () => {
  it('joins a surname-only actor with the full name, keeps the fuller name, and merges twins within one article', async () => {
    // Each text names its actors in a line "ACTORS: name|alias,alias; ..."; the extractor reads only that.
    const t = await createTestApp({
      extract: (text) => {
        const spec = /ACTORS: (.*)$/m.exec(text)?.[1] ?? '';
        const actors = spec.split(';').map((entry, index) => {
          const [name = '', aliases = ''] = entry.trim().split('|');
          const start = text.indexOf(name);
          return {
            id: `a${index + 1}`,
            name,
            kind: 'PERSON' as const,
            title: index === 0 ? 'Chancellor' : null,
            countryCode: null,
            aliases: aliases ? aliases.split(',') : [],
            mentions: [{ start, end: start + name.length, text: name }],
          };
        });
        return { sections: [], actors, locations: [], statements: [], relations: [] };
      },
    });
    try {
      const ingest = (text: string) => t.gql(INGEST, { input: { text } });
      await ingest('Merkel spoke. ACTORS: Merkel');
      await ingest('Angela Merkel and Olaf Scholz met. ACTORS: Angela Merkel|Merkel; Olaf Scholz');
      await ingest('Merkel again, twice: Merkel. ACTORS: Merkel; Merkel');
      const { data } = await t.gql<{
        actors: { edges: { node: { name: string; aliases: string[]; title: string; mentionCount: number } }[] };
      }>('{ actors { edges { node { name aliases title mentionCount } } } }');
      expect(data?.actors.edges.map((edge) => edge.node)).toEqual([
        { name: 'Angela Merkel', aliases: ['Merkel'], title: 'Chancellor', mentionCount: 4 },
        { name: 'Olaf Scholz', aliases: [], title: null, mentionCount: 1 },
      ]);
      const found = await t.gql<{ actors: { totalCount: number } }>('{ actors(search: "merk") { totalCount } }');
      expect(found.data?.actors.totalCount).toBe(1);
    } finally {
      await t.close();
    }
  });
});
