import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real entry point, as `pnpm --filter @newsgraph/server start` runs it: one process, one port.

const serverDir = new URL('..', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Running {
  child: ChildProcess;
  base: string;
  logs: string[];
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 60_000);
    const read = (chunk: Buffer) => {
      logs.push(String(chunk));
      if (logs.join('').includes('newsgraph on http://localhost')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => reject(new Error(`server exited:\n${logs.join('')}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, logs, exited };
}

const query = (base: string, body: unknown) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

// Once, on PGlite: the process and its data directory are what it tests, not the SQL engine.
describe.skipIf(process.env.NEWSGRAPH_TEST_ENGINE === 'postgres')('the server process', () => {
  let dataDir: string;
  let webDist: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'newsgraph-data-'));
    webDist = await mkdtemp(join(tmpdir(), 'newsgraph-web-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>newsgraph web</title><div id="root"></div>');
    await writeFile(join(webDist, 'app.js'), 'console.log("app")');
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(webDist, { recursive: true, force: true });
  });

  it('serves the seed, the web app with SPA fallback, and finishes in-flight work on SIGTERM; data survives a restart', async () => {
    const first = await start({ DATA_DIR: dataDir, WEB_DIST: webDist, DATABASE_URL: '' });
    try {
      const seeded = await (
        await query(first.base, { query: '{ articles { totalCount edges { node { publisher } } } }' })
      ).json();
      expect(seeded).toEqual({
        data: { articles: { totalCount: 1, edges: [{ node: { publisher: 'The Moscow Times' } }] } },
      });
      expect(await (await fetch(`${first.base}/`)).text()).toContain('newsgraph web');
      expect(await (await fetch(`${first.base}/app.js`)).text()).toContain('console.log');
      const deep = await fetch(`${first.base}/actors/QWN0b3I6MQ`);
      expect(deep.status).toBe(200);
      expect(await deep.text()).toContain('newsgraph web');
      expect((await fetch(`${first.base}/health`)).status).toBe(200);

      // An ingest in flight when the signal comes is answered before the process exits.
      const text = 'Jane Doe spoke to reporters on Tuesday. '.repeat(8000);
      const inflight = query(first.base, {
        query: 'mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }',
        variables: { text },
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      first.child.kill('SIGTERM');
      const response = await inflight;
      expect(await response.json()).toEqual({ data: { ingestArticle: { created: true } } });
      expect(await first.exited).toBe(0);
      expect(first.logs.join('')).toContain('"msg":"stopped"');
    } finally {
      first.child.kill('SIGKILL');
    }

    const second = await start({ DATA_DIR: dataDir, WEB_DIST: join(webDist, 'missing'), DATABASE_URL: '' });
    try {
      const stored = await (await query(second.base, { query: '{ articles { totalCount } }' })).json();
      expect(stored).toEqual({ data: { articles: { totalCount: 2 } } });
      const page = await (await fetch(`${second.base}/some/page`)).text();
      expect(page).toContain('not built yet');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 180_000);
});
