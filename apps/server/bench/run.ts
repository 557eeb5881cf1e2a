import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { mixedLoad } from './concurrency.ts';
import { cpuPerRequest } from './cpu.ts';
import { explainProbes } from './explain.ts';
import { generateArticles } from './generate.ts';
import { runIngestCli, type Storage, startHello, startNewsgraph } from './processes.ts';
import { mainProbes, probeLatencies, readerBodies, seedArticleId, throughput } from './queries.ts';
import { readWebOperations } from './web-operations.ts';

const USAGE = `Usage: pnpm bench [options]

Benchmarks the server as an operator runs it (src/main.ts and pnpm ingest as child processes, on
loopback) and writes bench-results/server.json. Storage: PGlite in a temporary folder, or a
throwaway database on the PostgreSQL server of DATABASE_URL.

Options:
  --articles N         corpus size for the scale figures (default 10000)
  --small N            the smaller corpus the query latencies are compared with (default 1000)
  --seconds N          each throughput run (default 10)
  --connections N      connections of the throughput runs (default 10)
  --rate N             the fixed moderate rate for the latency goal, requests/s (default 50)
  --samples N          requests per query for the latency at each size (default 200)
  --mix-seconds N      the mixed query and ingest run (default 30)
  --mix-connections N  its concurrent clients (default 200)
  --out FILE           where the figures go (default bench-results/server.json)
  -h, --help`;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    small: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string', default: '50' },
    samples: { type: 'string', default: '200' },
    'mix-seconds': { type: 'string', default: '30' },
    'mix-connections': { type: 'string', default: '200' },
    out: { type: 'string', default: new URL('../bench-results/server.json', import.meta.url).pathname },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const int = (name: keyof typeof values) => {
  const number = Number(values[name]);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
};
const size = { large: int('articles'), small: Math.min(int('small'), int('articles')) };
const outFile = resolve(values.out);
const MIX_LABEL = 'Dispatch';
const UNCACHED = { RESPONSE_CACHE_TTL_MS: '0' };

/** PGlite in a temporary folder, or a database of its own on DATABASE_URL's server (dropped afterwards). */
async function openStorage(dir: string): Promise<{ storage: Storage; engine: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { storage: { dataDir: join(dir, 'data') }, engine: 'pglite', drop: async () => {} };
  const name = `newsgraph_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    storage: { databaseUrl: databaseUrl.toString() },
    engine: 'postgresql',
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

// Other work on the machine skews every figure: the load average is recorded before and after.
const loadBefore = loadavg();
const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
const { storage, engine, drop } = await openStorage(dir);
const hello = await startHello();
try {
  const operations = await readWebOperations();
  // The corpus as an operator would have it: a folder of JSON files, here of `small` articles each.
  const corpus = join(dir, 'corpus');
  await mkdir(corpus);
  const articles = generateArticles(size.large);
  for (let start = 0; start < articles.length; start += size.small) {
    const file = join(corpus, `part-${String(start / size.small).padStart(5, '0')}.json`);
    await writeFile(file, JSON.stringify(articles.slice(start, start + size.small)));
  }

  // First start on empty storage stores the seed article, the reader's typical page.
  const server = await startNewsgraph(storage);
  const readerArticle = await seedArticleId(server.url);
  await server.stop();

  const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
  const withServer = async <T>(env: NodeJS.ProcessEnv, fn: (url: string) => Promise<T>): Promise<T> => {
    const server = await startNewsgraph(storage, env);
    try {
      return await fn(server.url);
    } finally {
      await server.stop();
    }
  };
  const load = { connections: int('connections'), seconds: int('seconds'), rate: int('rate') };
  const atSize = async (articlesStored: number) => {
    // Without the response cache the figures are what answering costs, so they show how it scales.
    const uncached = await withServer(UNCACHED, async (url) => {
      const probes = await mainProbes(url, operations, readerArticle);
      log(`${articlesStored} articles: query latencies (response cache off)`);
      const queries = await probeLatencies(url, probes, int('samples'));
      const reader = probes.find((probe) => probe.name === 'articleReader');
      if (!reader) throw new Error('no reader probe');
      const typical = [reader.body, ...(await readerBodies(url, operations, 499))];
      log(`${articlesStored} articles: throughput against bare Yoga (response cache off)`);
      const ratio = await throughput({ newsgraphUrl: url, helloUrl: hello.url, typical, ...load });
      return { probes, typical, queries, ratio };
    });
    log(`${articlesStored} articles: throughput against bare Yoga (default configuration)`);
    const asShipped = await withServer({}, (url) =>
      throughput({ newsgraphUrl: url, helloUrl: hello.url, typical: uncached.typical, ...load }),
    );
    return {
      probes: uncached.probes,
      typical: uncached.typical,
      figures: {
        articles: articlesStored,
        queries: uncached.queries,
        throughput: { responseCacheOff: uncached.ratio, defaultConfiguration: asShipped },
      },
    };
  };

  log(`ingest ${size.small} of ${size.large} generated articles (pnpm ingest)`);
  const ingestSmall = await runIngestCli(storage, join(corpus, 'part-00000.json'));
  const small = await atSize(size.small);

  log(`ingest the rest (pnpm ingest over the whole folder: the first part is skipped as stored)`);
  const ingestRest = await runIngestCli(storage, corpus);
  log('EXPLAIN ANALYZE of the main queries');
  const explain = await explainProbes(storage, small.probes);
  const large = await atSize(size.large);
  log(`${size.large} articles: CPU time per request, typical query against bare Yoga, in one process`);
  const cpu = await cpuPerRequest(storage, large.typical);
  log(`${int('mix-connections')} clients mixing queries and ingests for ${int('mix-seconds')} s`);
  const mix = await withServer({}, (url) =>
    mixedLoad({
      url,
      operations,
      probes: large.probes,
      articles: generateArticles(20_000, 7, MIX_LABEL),
      label: MIX_LABEL,
      connections: int('mix-connections'),
      seconds: int('mix-seconds'),
    }),
  );

  const ingestSeconds = ingestSmall.wallSeconds + ingestRest.wallSeconds;
  // Flat: no main query's p99 more than doubles from the small corpus to the large one (below 5 ms,
  // autocannon's whole-millisecond latencies and a busy machine make smaller figures noise).
  const p99Growth = Object.fromEntries(
    Object.entries(large.figures.queries).map(([name, figures]) => [
      name,
      Math.round((figures.p99Ms / Math.max(5, small.figures.queries[name]?.p99Ms ?? 0)) * 100) / 100,
    ]),
  );
  const { responseCacheOff: uncached, defaultConfiguration: shipped } = large.figures.throughput;
  const results = {
    date: new Date().toISOString(),
    engine,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? '',
      node: process.version,
      loadAverage1m: { before: loadBefore[0], after: loadavg()[0] },
    },
    options: values,
    goals: {
      throughputRatioAtLeastHalf: {
        responseCacheOff: uncached.ratio >= 0.5,
        defaultConfiguration: shipped.ratio >= 0.5,
      },
      fixedRateP99Under20Ms: {
        responseCacheOff: uncached.typicalQueryAtFixedRate.p99Ms < 20,
        defaultConfiguration: shipped.typicalQueryAtFixedRate.p99Ms < 20,
      },
      concurrencyNoErrorNoLossNoDuplicate: mix.errors === 0 && mix.lost === 0 && mix.duplicated === 0,
      ingestUnder3Minutes: ingestSeconds < 180,
      // Flat: no main query's p99 more than doubles from the small corpus to the large one.
      queryP99Flat: Object.values(p99Growth).every((growth) => growth <= 2),
      indexesOnly: Object.values(explain.queries).every((query) => query.usesIndexesOnly),
    },
    ingest: {
      articles: size.large,
      seconds: Math.round(ingestSeconds * 10) / 10,
      articlesPerSecond: Math.round((size.large / ingestSeconds) * 10) / 10,
      runs: [ingestSmall, ingestRest],
    },
    scale: { small: small.figures, large: large.figures, p99Growth },
    // Load-independent: CPU milliseconds per request in one process (no HTTP), response cache off.
    cpuPerRequest: { articles: size.large, ...cpu },
    concurrency: mix,
    explain,
  };
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, value: string, goal = '') => console.log(`${name.padEnd(44)} ${value.padEnd(28)} ${goal}`);
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(
    `\nnewsgraph server bench (${engine}, ${availableParallelism()} cores, load average ${loadBefore[0]?.toFixed(1)} before, ${loadavg()[0]?.toFixed(1)} after) -> ${outFile}\n`,
  );
  for (const [label, t] of [
    ['cache off', uncached],
    ['default', shipped],
  ] as const) {
    row(
      `[${label}] bare Yoga hello / ArticlePage req/s`,
      `${t.bareYogaHello.requestsPerSecond} / ${t.typicalQuery.requestsPerSecond}`,
    );
    row(`[${label}] ratio`, String(t.ratio), `>= 0.5 ${mark(t.ratio >= 0.5)}`);
    row(
      `[${label}] ArticlePage at ${t.typicalQueryAtFixedRate.rate} req/s p50/p99 ms`,
      `${t.typicalQueryAtFixedRate.p50Ms} / ${t.typicalQueryAtFixedRate.p99Ms}`,
      `p99 < 20 ${mark(t.typicalQueryAtFixedRate.p99Ms < 20)}`,
    );
  }
  row(
    '[in-process CPU] hello / ArticlePage ms per request',
    `${cpu.bareYogaHelloMsPerRequest} / ${cpu.typicalQueryMsPerRequest}`,
    `ratio ${cpu.ratio}`,
  );
  row(
    `ingest ${size.large} articles`,
    `${results.ingest.seconds} s (${results.ingest.articlesPerSecond}/s)`,
    `< 180 s ${mark(results.goals.ingestUnder3Minutes)}`,
  );
  for (const [name, figures] of Object.entries(large.figures.queries)) {
    row(
      `${name} p99 ms at ${size.small} / ${size.large}`,
      `${small.figures.queries[name]?.p99Ms} / ${figures.p99Ms}`,
      `flat ${mark((p99Growth[name] ?? 0) <= 2)}`,
    );
  }
  row(
    `${mix.connections} clients ${mix.seconds} s: requests, errors`,
    `${mix.requests}, ${mix.errors}`,
    `0 errors ${mark(mix.errors === 0)}`,
  );
  row('  p50/p99 ms (all)', `${mix.p50Ms} / ${mix.p99Ms}`);
  row(
    '  articles sent/stored, lost, duplicated',
    `${mix.distinctArticlesSent}/${mix.distinctArticlesStored}, ${mix.lost}, ${mix.duplicated}`,
    mark(results.goals.concurrencyNoErrorNoLossNoDuplicate),
  );
  for (const [name, query] of Object.entries(explain.queries)) {
    row(
      `EXPLAIN ${name}`,
      `${query.statements} statements, ${query.executionMs} ms`,
      query.usesIndexesOnly ? 'indexes' : 'SEQ SCAN on a big table',
    );
  }
} finally {
  await hello.stop();
  await drop();
  await rm(dir, { recursive: true, force: true });
}
