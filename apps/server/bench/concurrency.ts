import autocannon from 'autocannon';
import type { GeneratedArticle } from './generate.ts';
import { isGraphQLSuccess } from './load.ts';
import { ask, type Probe } from './queries.ts';
import { webOperation } from './web-operations.ts';

export interface MixOptions {
  url: string;
  operations: Map<string, string>;
  /** Queries the clients send between ingests. */
  probes: Probe[];
  /** Distinct articles to ingest, in order; none stored before the run. */
  articles: GeneratedArticle[];
  /** Their label, the one word every title carries (to find them all afterwards). */
  label: string;
  connections: number;
  seconds: number;
}

const percentile = (sorted: number[], q: number) =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { requests: sorted.length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
}

interface Timed {
  started?: number;
  article?: number;
}

/**
 * `connections` clients for `seconds`, each cycling through the queries and an ingest (IngestArticle,
 * as the web form sends it). Every fourth ingest repeats an article sent before, so the same text
 * arrives again, sometimes while the first is still being stored. Afterwards every distinct article
 * must be stored exactly once.
 */
export async function mixedLoad(options: MixOptions) {
  const { articles } = options;
  const mutation = webOperation(options.operations, 'IngestArticle');
  let ingests = 0;
  const sent = new Set<number>();
  const answered = new Set<number>();
  const latencies: Record<string, number[]> = { ingest: [], query: [] };
  let badAnswers = 0;
  const errorSamples: string[] = [];

  const stamp = (request: autocannon.Request, context: object) => {
    (context as Timed).started = performance.now();
    return request;
  };
  const record = (kind: 'ingest' | 'query') => (status: number, body: string, context: object) => {
    const timed = context as Timed;
    if (timed.started !== undefined) latencies[kind]?.push(performance.now() - timed.started);
    if (status !== 200 || !isGraphQLSuccess(body)) {
      badAnswers++;
      if (errorSamples.length < 5) errorSamples.push(`${kind} ${status}: ${String(body).slice(0, 300)}`);
    } else if (kind === 'ingest' && timed.article !== undefined) answered.add(timed.article);
  };
  const ingest: autocannon.Request = {
    method: 'POST',
    path: '/graphql',
    setupRequest(request, context) {
      const k = ingests++;
      // Every fourth ingest repeats one already sent (spread over the run), the rest are new.
      const index = k % 4 === 3 && sent.size > 0 ? (k * 7919) % sent.size : Math.min(sent.size, articles.length - 1);
      const article = articles[index];
      if (!article) throw new Error('no article to send');
      sent.add(index);
      (context as Timed).article = index;
      return stamp(
        {
          ...request,
          body: JSON.stringify({ operationName: 'IngestArticle', query: mutation, variables: { input: article } }),
        },
        context,
      );
    },
    onResponse: record('ingest'),
  };
  const queries: autocannon.Request[] = options.probes.map((probe) => ({
    method: 'POST',
    path: '/graphql',
    body: probe.body,
    setupRequest: stamp,
    onResponse: record('query'),
  }));
  const result = await autocannon({
    url: options.url,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    connections: options.connections,
    duration: options.seconds,
    timeout: 60,
    requests: [...queries.slice(0, 2), ingest, ...queries.slice(2)],
  });
  if (sent.size >= articles.length) throw new Error('the run used up its articles: generate more');

  // Ingests cut off when the run ended may still be storing: wait until the count holds still.
  const countArticles = async () =>
    (await ask<{ articles: { totalCount: number } }>(options.url, '{ articles(first: 1) { totalCount } }')).articles
      .totalCount;
  for (let last = -1, now = await countArticles(); now !== last; ) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    [last, now] = [now, await countArticles()];
  }

  // Every stored article of this run, found by its label, counted by title.
  const stored = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const page: {
      articles: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { title: string } }[] };
    } = await ask(
      options.url,
      'query($after: String) { articles(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { title } } } }',
      { after },
    );
    for (const { node } of page.articles.edges) {
      if (node.title.includes(`(${options.label} `)) stored.set(node.title, (stored.get(node.title) ?? 0) + 1);
    }
    if (!page.articles.pageInfo.hasNextPage) break;
    after = page.articles.pageInfo.endCursor;
  }
  const titleOf = (index: number) => articles[index]?.title ?? '';
  const lost = [...answered].filter((index) => !stored.has(titleOf(index)));
  const duplicated = [...stored].filter(([, count]) => count > 1).map(([title]) => title);
  const sentTitles = new Set([...sent].map(titleOf));
  const unexpected = [...stored.keys()].filter((title) => !sentTitles.has(title));
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + badAnswers,
    // Connection errors include requests still waiting when the run ended (timeouts at 60 s).
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    errorSamples,
    byKind: { ingest: summary(latencies.ingest ?? []), query: summary(latencies.query ?? []) },
    ingestRequests: ingests,
    distinctArticlesSent: sent.size,
    distinctArticlesAnswered: answered.size,
    // Sent when the run ended and never answered: stored or not, but never twice.
    unansweredAtEnd: [...sent].filter((index) => !answered.has(index)).length,
    distinctArticlesStored: stored.size,
    lost: lost.length,
    duplicated: duplicated.length,
    unexpected: unexpected.length,
  };
}
