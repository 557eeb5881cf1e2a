import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

// The benchmark runs what an operator runs: `src/main.ts` (as `pnpm start` does) and the
// `pnpm ingest` CLI, each in a process of its own, on loopback only.

const SERVER_DIR = new URL('../', import.meta.url).pathname;

/** Storage for the server and the ingest CLI: a PGlite folder or a PostgreSQL database. */
export type Storage = { dataDir: string } | { databaseUrl: string };

const storageEnv = (storage: Storage): NodeJS.ProcessEnv =>
  'dataDir' in storage ? { DATA_DIR: storage.dataDir } : { DATABASE_URL: storage.databaseUrl };

/** A port nothing listens on now (the OS picks it; released at once for the child to take). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Node with tsx's loader, one process (the `tsx` launcher would add a parent in between). */
function node(args: string[], env: NodeJS.ProcessEnv, stdout: 'ignore' | 'pipe') {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: SERVER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
}

function running(child: ChildProcess, url: string): Running {
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The newsgraph server as `pnpm start` runs it, with its default logging (one JSON line per
 * request) and configuration, plus `env` (e.g. RESPONSE_CACHE_TTL_MS=0).
 */
export async function startNewsgraph(storage: Storage, env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const port = await freePort();
  const child = node(['src/main.ts'], { ...storageEnv(storage), ...env, PORT: String(port) }, 'ignore');
  const base = `http://127.0.0.1:${port}`;
  await waitReady(`${base}/ready`, child, 120_000);
  return running(child, `${base}/graphql`);
}

/** The bare graphql-yoga "hello" server, the yardstick for requests per second. */
export async function startHello(): Promise<Running> {
  const port = await freePort();
  const child = node(['bench/hello.ts'], { PORT: String(port) }, 'ignore');
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitReady(`${url}?query=%7Bhello%7D`, child, 30_000);
  return running(child, url);
}

export interface IngestSummary {
  total: number;
  stored: number;
  skipped: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
}

/** `pnpm ingest PATH` (quiet); returns its JSON summary line and the wall time including start-up. */
export async function runIngestCli(storage: Storage, path: string): Promise<IngestSummary & { wallSeconds: number }> {
  const started = performance.now();
  const child = node(['src/cli/ingest.ts', '--quiet', path], storageEnv(storage), 'pipe');
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`pnpm ingest ${path} exited with ${code}: ${out}`);
  const summary = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as IngestSummary;
  return { ...summary, wallSeconds: (performance.now() - started) / 1000 };
}
