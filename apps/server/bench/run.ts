import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { ExtractPool } from '../src/bulk/extract-pool.ts';
import { runBulkIngest } from '../src/bulk/run.ts';
import { openDb } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/yoga.ts';
import { generateArticles } from './generate.ts';

// pnpm bench: figures to bench-results/server.json. BENCH_ARTICLES (default 1000) sets the corpus
// size for the ingest and scale figures, BENCH_SECONDS (default 10) each load run, and
// BENCH_DATABASE_URL runs on PostgreSQL instead of in-memory PGlite.

const articles = Number(process.env.BENCH_ARTICLES ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const outFile = new URL('../bench-results/server.json', import.meta.url).pathname;

const TYPICAL = `query Typical($id: ID!) { article(id: $id) { title
  actors(first: 20) { edges { node { name kind
    mentions(first: 10, articleId: $id) { edges { node { start end text } } }
    statements(first: 10) { edges { node { kind cue text } } } } } } } }`;

async function startServers() {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./serve.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  return { child, ports: JSON.parse(line) as { hello: number; newsgraph: number } };
}

async function load(url: string, body: string, options: { overallRate?: number } = {}) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 10,
    duration: seconds,
    ...options,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 100) / 100;
  return { p50Ms: at(0.5), p99Ms: at(0.99) };
}

async function throughput() {
  const { child, ports } = await startServers();
  try {
    const hello = `http://127.0.0.1:${ports.hello}/graphql`;
    const newsgraph = `http://127.0.0.1:${ports.newsgraph}/graphql`;
    const list = await fetch(newsgraph, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { edges { node { id } } } }' }),
    });
    const id = ((await list.json()) as { data: { articles: { edges: { node: { id: string } }[] } } }).data.articles
      .edges[0]?.node.id;
    const typical = JSON.stringify({ query: TYPICAL, variables: { id } });
    const bare = await load(hello, JSON.stringify({ query: '{ hello }' }));
    const ours = await load(newsgraph, typical);
    const moderate = await load(newsgraph, typical, {
      overallRate: Math.max(50, Math.round(ours.requestsPerSecond / 4)),
    });
    return {
      bareYogaHello: bare,
      typicalQuery: ours,
      ratio: Math.round((ours.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000,
      typicalQueryAtFixedRate: { rate: Math.max(50, Math.round(ours.requestsPerSecond / 4)), ...moderate },
    };
  } finally {
    child.kill('SIGTERM');
  }
}

async function scale() {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
  const db = await openDb(
    process.env.BENCH_DATABASE_URL
      ? { databaseUrl: process.env.BENCH_DATABASE_URL, schema: `bench_${process.pid}` }
      : {},
  );
  const pool = new ExtractPool(1);
  try {
    await migrate(db);
    const app = createApp({ db, logger: createLogger('silent') });
    const generated = generateArticles(articles);
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const started = performance.now();
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as {
        data?: { articles?: { edges: { node: { id: string } }[] } };
        errors?: unknown;
      };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return { ms: performance.now() - started, json };
    };
    const measure = async () => {
      const first = await ask('{ articles(first: 1) { edges { node { id } } } }');
      const id = first.json.data?.articles?.edges[0]?.node.id;
      const queries = {
        articlePage: () => ask(TYPICAL, { id }),
        actorList: () => ask('{ actors(first: 50) { totalCount edges { node { name mentionCount } } } }'),
        statementList: () => ask('{ statements(first: 50) { edges { node { text speaker { name } } } } }'),
        search: () => ask('{ search(query: "petro") { totalCount edges { node { snippet } } } }'),
      };
      const figures: Record<string, { p50Ms: number; p99Ms: number }> = {};
      for (const [name, run] of Object.entries(queries)) {
        const samples: number[] = [];
        for (let index = 0; index < 200; index++) samples.push((await run()).ms);
        figures[name] = percentiles(samples);
      }
      return figures;
    };
    const phases: Record<string, unknown>[] = [];
    let ingested = 0;
    for (const target of [Math.round(articles / 10), articles]) {
      const batch = generated.slice(ingested, target);
      const phaseDir = join(dir, `phase-${target}`);
      await mkdir(phaseDir);
      await writeFile(join(phaseDir, 'articles.json'), JSON.stringify(batch));
      const report = await runBulkIngest({
        db,
        paths: [phaseDir],
        extract: (text, publisher) => pool.extract(text, publisher),
        concurrency: 4,
      });
      ingested = target;
      phases.push({
        articles: target,
        ingest: {
          stored: report.stored,
          failed: report.failed,
          seconds: Math.round(report.seconds * 10) / 10,
          articlesPerSecond: Math.round((report.stored / report.seconds) * 10) / 10,
        },
        queries: await measure(),
      });
    }
    return phases;
  } finally {
    await pool.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const results = {
  date: new Date().toISOString(),
  engine: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite',
  loadSeconds: seconds,
  throughput: await throughput(),
  scale: await scale(),
};
await mkdir(new URL('../bench-results/', import.meta.url), { recursive: true });
await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
