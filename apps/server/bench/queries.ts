import { isGraphQLSuccess, type LoadFigures, load } from './load.ts';
import { webOperation } from './web-operations.ts';

/** One GraphQL request body, as the web app would POST it. */
export interface Probe {
  name: string;
  body: string;
}

export async function ask<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!isGraphQLSuccess(text)) throw new Error(`${query.slice(0, 60)}…: ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { data: T }).data;
}

type Edges<T> = { edges: { node: T }[] };

/**
 * The main views' queries exactly as the web app sends them: the article list, the reader
 * (ArticlePage: text, mentions with actors, places, statements with speakers), people, one
 * speaker's statements, and search. Ids come from the stored data.
 */
export async function mainProbes(url: string, operations: Map<string, string>, readerArticle: string) {
  const { actors } = await ask<{ actors: Edges<{ id: string }> }>(
    url,
    '{ actors(first: 1, kind: PERSON) { edges { node { id } } } }',
  );
  const speaker = actors.edges[0]?.node.id;
  if (!speaker) throw new Error('no person stored');
  const body = (name: string, variables: Record<string, unknown>) =>
    JSON.stringify({ operationName: name, query: webOperation(operations, name), variables });
  return [
    { name: 'articleList', body: body('ArticleList', {}) },
    { name: 'articleReader', body: body('ArticlePage', { id: readerArticle }) },
    { name: 'actorsByKind', body: body('ActorList', { kind: 'PERSON' }) },
    { name: 'statementsBySpeaker', body: body('StatementList', { speaker }) },
    { name: 'search', body: body('SearchPage', { query: 'minister' }) },
  ] satisfies Probe[];
}

/** The seed article (a real 4 KB news story, stored on the first start): the reader's typical page. */
export async function seedArticleId(url: string): Promise<string> {
  const { articles } = await ask<{ articles: Edges<{ id: string }> }>(
    url,
    '{ articles(first: 1, search: "Lukashenko Belarus Russia joint forces") { edges { node { id } } } }',
  );
  const id = articles.edges[0]?.node.id;
  if (!id) throw new Error('the seed article is not stored');
  return id;
}

/**
 * The reader query (ArticlePage) for up to `count` stored articles, newest first: load spread over
 * many articles the way many readers spread it, so a response cache serves only what it would.
 */
export async function readerBodies(url: string, operations: Map<string, string>, count: number): Promise<string[]> {
  const { articles } = await ask<{ articles: Edges<{ id: string }> }>(
    url,
    'query($first: Int) { articles(first: $first) { edges { node { id } } } }',
    { first: Math.min(count, 500) },
  );
  const query = webOperation(operations, 'ArticlePage');
  return articles.edges.map(({ node }) =>
    JSON.stringify({ operationName: 'ArticlePage', query, variables: { id: node.id } }),
  );
}

/** Latency of each probe alone: one connection, requests one after another, after a warm-up. */
export async function probeLatencies(url: string, probes: Probe[], samples: number) {
  const figures: Record<string, LoadFigures> = {};
  for (const probe of probes) {
    await load({ url, body: probe.body, connections: 1, amount: 20 });
    figures[probe.name] = await load({ url, body: probe.body, connections: 1, amount: samples });
  }
  return figures;
}

export interface ThroughputOptions {
  newsgraphUrl: string;
  helloUrl: string;
  /** Reader requests, sent in turn. */
  typical: string[];
  connections: number;
  seconds: number;
  /** The fixed moderate rate for the latency figure, requests per second. */
  rate: number;
}

/** Requests per second of the typical query against bare Yoga's hello (same connections and duration), and its latency at a fixed rate. */
export async function throughput(options: ThroughputOptions) {
  const { connections, seconds } = options;
  const hello = JSON.stringify({ query: '{ hello }' });
  // A short warm-up each, so neither side is measured while its JIT is still compiling.
  await load({ url: options.helloUrl, body: hello, connections, seconds: 2 });
  const bareYoga = await load({ url: options.helloUrl, body: hello, connections, seconds });
  await load({ url: options.newsgraphUrl, body: options.typical, connections, seconds: 2 });
  const typical = await load({ url: options.newsgraphUrl, body: options.typical, connections, seconds });
  const atFixedRate = await load({
    url: options.newsgraphUrl,
    body: options.typical,
    connections,
    seconds,
    overallRate: options.rate,
  });
  return {
    connections,
    seconds,
    bareYogaHello: bareYoga,
    typicalQuery: typical,
    ratio: Math.round((typical.requestsPerSecond / Math.max(1, bareYoga.requestsPerSecond)) * 1000) / 1000,
    typicalQueryAtFixedRate: { rate: options.rate, ...atFixedRate },
  };
}
