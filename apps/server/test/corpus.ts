import type { TestApp } from './helpers.ts';
import { dictionaryExtractor } from './helpers.ts';

/** A small corpus: seven articles, each with its own date, about a few recurring people and places. */
export const corpusExtractor = dictionaryExtractor(
  {
    'Maria Lopez': { kind: 'PERSON', aliases: ['Lopez'], title: 'Mayor' },
    'Tom Becker': { kind: 'PERSON', aliases: ['Becker'] },
    'City Council': { kind: 'ORGANIZATION' },
    'Harbor Workers Union': { kind: 'ORGANIZATION' },
  },
  {
    Valencia: { kind: 'CITY', geonameId: 2509954, countryCode: 'ES' },
    Hamburg: { kind: 'CITY', geonameId: 2911298, countryCode: 'DE' },
  },
);

export const CORPUS = Array.from({ length: 7 }, (_, day) => ({
  title: `Harbor day ${day + 1}`,
  publishedAt: new Date(Date.UTC(2024, 4, day + 1, 9)).toISOString(),
  text:
    `Maria Lopez met Tom Becker in Valencia on day ${day + 1}. “The harbor must stay open,” Lopez said. ` +
    `Becker answered for the Harbor Workers Union: “We will talk to the City Council about Hamburg.”` +
    (day % 2 ? ' Lopez later said little.' : ''),
}));

export async function ingestCorpus(t: TestApp): Promise<string[]> {
  const ids: string[] = [];
  for (const input of CORPUS) {
    const { data, errors } = await t.gql<{ ingestArticle: { article: { id: string } } }>(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      { input },
    );
    if (errors) throw new Error(JSON.stringify(errors));
    ids.push(data?.ingestArticle.article.id ?? '');
  }
  return ids;
}
