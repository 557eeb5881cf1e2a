// `pnpm bench`: speed and memory of the extractor against a naive baseline, measured in one run.
//   warm   extract() over the seed and the test fixtures, repeated, in this process (one thread),
//          from the same esbuild bundle the cold runs use; words/s by wall clock and by CPU time
//          (the CPU figure stays honest when other processes share the machine)
//   cold   the CLI as a fresh process on the seed, from spawn to JSON printed (median of several)
//   rss    the CLI process's peak resident set size
// The baseline is compromise's people()/places()/organizations() over the same texts, with a
// CLI of its own bundled and timed the same way. Figures go to bench-results/extract.json.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { build } from 'esbuild';
import type { Extraction } from '../src/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench-results');
const fixtures = join(root, 'test', 'fixtures');
const seedPath = join(fixtures, 'seed', 'article.txt');

const TARGETS = { wordsPerSecond: 100_000, coldStartMs: 1500, peakRssMb: 300 };
const WARM_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);

const texts = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => readFileSync(join(fixtures, name, 'article.txt'), 'utf8'));
const wordsPerRound = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

interface Warm {
  /** Over the whole measurement. */
  wordsPerSecond: number;
  articlesPerSecond: number;
  wordsPerCpuSecond: number;
  /** The best one-round rate: close to an idle machine's when other processes compete for the cores. */
  bestRoundWordsPerSecond: number;
  /**
   * Words per CPU-second of the median round: a burst of load inflates the CPU time of the rounds it
   * hits (shared caches and cores), and the median leaves those rounds out where the total does not.
   */
  medianRoundWordsPerCpuSecond: number;
  rounds: number;
  seconds: number;
  cpuSeconds: number;
}

/** Runs `run` over every text until WARM_SECONDS have passed, after two rounds of warm-up. */
function measureWarm(run: (text: string) => unknown): Warm {
  for (let i = 0; i < 2; i++) for (const t of texts) run(t);
  let rounds = 0;
  let fastest = Number.POSITIVE_INFINITY;
  const roundCpu: number[] = [];
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  do {
    const roundStart = process.hrtime.bigint();
    const roundCpuStart = process.cpuUsage();
    for (const t of texts) run(t);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - roundStart) / 1e9);
    const used = process.cpuUsage(roundCpuStart);
    roundCpu.push((used.user + used.system) / 1e6);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  } while (elapsed < WARM_SECONDS || rounds < 3);
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    wordsPerSecond: Math.round((rounds * wordsPerRound) / elapsed),
    articlesPerSecond: Math.round(((rounds * texts.length) / elapsed) * 10) / 10,
    wordsPerCpuSecond: Math.round((rounds * wordsPerRound) / cpuSeconds),
    bestRoundWordsPerSecond: Math.round(wordsPerRound / fastest),
    medianRoundWordsPerCpuSecond: Math.round(wordsPerRound / (roundCpu.sort((a, b) => a - b)[rounds >> 1] ?? 1)),
    rounds,
    seconds: Math.round(elapsed * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
  };
}

interface Run {
  ms: number;
  maxRssKb: number;
  stdout: string;
}

// Reports the child's own peak RSS when it exits, without touching the CLI's code.
const RSS_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('bench-max-rss-kb='+process.resourceUsage().maxRSS+'\\n'))`;

function runOnce(args: string[], probe: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, probe ? ['--import', RSS_PROBE, ...args] : args, { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr}`));
      resolve({ ms, maxRssKb: Number(/bench-max-rss-kb=(\d+)/.exec(stderr)?.[1] ?? 0), stdout });
    });
  });
}

interface Cold {
  command: string;
  medianMs: number;
  fastestMs: number;
  runsMs: number[];
  peakRssMb: number;
}

async function measureCold(args: string[], runs: number): Promise<Cold> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runOnce(args, false);
    JSON.parse(run.stdout);
    times.push(Math.round(run.ms));
  }
  const rss = await runOnce(args, true);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    command: `node ${args.join(' ')}`,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    fastestMs: sorted[0] ?? 0,
    runsMs: times,
    peakRssMb: Math.round(rss.maxRssKb / 1024),
  };
}

function baseline(text: string) {
  const doc = nlp(text);
  return {
    people: doc.people().out('array') as string[],
    places: doc.places().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
  };
}

const BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
} as const;

async function main() {
  mkdirSync(out, { recursive: true });
  // The fastest honest way to start the CLI: its own code bundled once (dependencies stay in
  // node_modules), run by plain node. The place data (gazetteer, airports) is read beside the bundle, as beside the source.
  await build({ ...BUNDLE, entryPoints: [join(root, 'src', 'cli.ts')], outfile: join(out, 'cli.mjs') });
  await build({ ...BUNDLE, entryPoints: [join(root, 'src', 'index.ts')], outfile: join(out, 'extract.mjs') });
  for (const data of ['gazetteer.tsv', 'airports.tsv']) copyFileSync(join(root, 'src', 'model', data), join(out, data));
  await build({
    stdin: {
      contents: `import { readFileSync } from 'node:fs';
import nlp from 'compromise';
const doc = nlp(readFileSync(process.argv[2] ?? 0, 'utf8'));
process.stdout.write(JSON.stringify({ people: doc.people().out('array'), places: doc.places().out('array'), organizations: doc.organizations().out('array') }) + '\\n');`,
      resolveDir: root,
      loader: 'ts',
    },
    ...BUNDLE,
    outfile: join(out, 'baseline-cli.mjs'),
  });
  const bundled: unknown = await import(join(out, 'extract.mjs'));
  const extract = (bundled as { extract: (text: string) => Extraction }).extract;

  const extractWarm = measureWarm((t) => extract(t));
  const baselineWarm = measureWarm(baseline);
  const extractCold = await measureCold(['bench-results/cli.mjs', seedPath], COLD_RUNS);
  const extractColdTsx = await measureCold(['--import', 'tsx', 'src/cli.ts', seedPath], 3);
  const baselineCold = await measureCold(['bench-results/baseline-cli.mjs', seedPath], COLD_RUNS);

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    corpus: { articles: texts.length, wordsPerRound, source: 'test/fixtures/*/article.txt (the seed included)' },
    targets: TARGETS,
    extract: { warm: extractWarm, cold: extractCold, coldViaTsx: extractColdTsx },
    baseline: { name: 'compromise people()/places()/organizations()', warm: baselineWarm, cold: baselineCold },
    ratios: {
      warmThroughput: Math.round((extractWarm.wordsPerSecond / baselineWarm.wordsPerSecond) * 100) / 100,
      coldStart: Math.round((extractCold.medianMs / baselineCold.medianMs) * 100) / 100,
    },
    load: loadavg().map((l) => Math.round(l * 100) / 100),
    meetsTargets: {
      wordsPerSecond: extractWarm.wordsPerSecond >= TARGETS.wordsPerSecond,
      wordsPerCpuSecond: extractWarm.wordsPerCpuSecond >= TARGETS.wordsPerSecond,
      bestRoundWordsPerSecond: extractWarm.bestRoundWordsPerSecond >= TARGETS.wordsPerSecond,
      medianRoundWordsPerCpuSecond: extractWarm.medianRoundWordsPerCpuSecond >= TARGETS.wordsPerSecond,
      coldStartMs: extractCold.medianMs <= TARGETS.coldStartMs,
      peakRssMb: extractCold.peakRssMb <= TARGETS.peakRssMb,
    },
  };
  writeFileSync(join(out, 'extract.json'), `${JSON.stringify(result, null, 2)}\n`);

  const cells = (values: (string | number)[]) =>
    values.map((v, i) => (i === 0 ? String(v).padEnd(22) : String(v).padStart(12))).join(' ');
  const row = (name: string, warm: Warm, cold: Cold) =>
    cells([
      name,
      warm.wordsPerSecond,
      warm.wordsPerCpuSecond,
      warm.bestRoundWordsPerSecond,
      warm.medianRoundWordsPerCpuSecond,
      warm.articlesPerSecond,
      cold.medianMs,
      cold.fastestMs,
      cold.peakRssMb,
    ]);
  console.log(
    cells(['', 'words/s', 'words/CPU-s', 'best round', 'median/CPU-s', 'articles/s', 'cold ms', 'fastest', 'RSS MB']),
  );
  console.log(row('extract (node bundle)', extractWarm, extractCold));
  console.log(
    cells([
      'extract via tsx (cold)',
      '-',
      '-',
      '-',
      '-',
      '-',
      extractColdTsx.medianMs,
      extractColdTsx.fastestMs,
      extractColdTsx.peakRssMb,
    ]),
  );
  console.log(row('compromise baseline', baselineWarm, baselineCold));
  console.log(
    `load average ${result.load.join(' ')} on ${cpus().length} cores (wall-clock figures suffer when it exceeds 1)`,
  );
  console.log(
    `targets: >= ${TARGETS.wordsPerSecond} words/s, cold <= ${TARGETS.coldStartMs} ms, RSS <= ${TARGETS.peakRssMb} MB; met: ${JSON.stringify(result.meetsTargets)}`,
  );
  console.log(`wrote ${join(out, 'extract.json')}`);
}

await main();
