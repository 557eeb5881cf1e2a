import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobKeyOf } from '../src/queue/jobs.ts';

const serverDir = new URL('..', import.meta.url).pathname;
const postgresUrl = process.env.NEWSGRAPH_TEST_ENGINE === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;

interface Cli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Runs the real queue CLI as its own process, as an operator would on any machine. */
function cli(args: string[], env: Record<string, string>): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/queue/cli.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** The JSON log lines of a worker with the given event. */
const events = (output: string, event: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { event?: string; source?: string })
    .filter((line) => line.event === event);

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('queue ingest', () => {
  // Once, on PGlite: it needs no database.
  it.skipIf(postgresUrl)('refuses to run without DATABASE_URL and says why', async () => {
    const run = cli(['worker'], { DATABASE_URL: '' });
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toMatch(/needs PostgreSQL: set DATABASE_URL/);
    expect(run.stderr()).toMatch(/PGlite .* single-process/);
  });

  describe.skipIf(!postgresUrl)('on PostgreSQL (skipped on PGlite: the queue needs TEST_DATABASE_URL)', () => {
    const admin = new pg.Client({ connectionString: postgresUrl });
    const databases: string[] = [];
    let dir = '';
    const distinct = 30;

    /** A database of its own: the CLI works in the default schemas (public, graphile_worker). */
    async function createDatabase(): Promise<string> {
      const name = `queue_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      await admin.query(`CREATE DATABASE ${name}`);
      databases.push(name);
      const url = new URL(postgresUrl ?? '');
      url.pathname = `/${name}`;
      return url.toString();
    }

    beforeAll(async () => {
      await admin.connect();
      dir = await mkdtemp(join(tmpdir(), 'newsgraph-queue-'));
      for (let index = 0; index < distinct; index++) {
        await writeFile(
          join(dir, `article-${String(index).padStart(2, '0')}.txt`),
          `Maria Lopez met Tom Becker in Valencia on day ${index}. “The harbor must stay open,” Lopez said.`,
        );
      }
      // The same text as article-00 under another name, and an article with no text.
      await writeFile(
        join(dir, 'copy-of-00.json'),
        JSON.stringify({
          text: 'Maria Lopez met Tom Becker in Valencia on day 0. “The harbor must stay open,” Lopez said.',
        }),
      );
      await writeFile(join(dir, 'empty.txt'), '  \n');
    });

    afterAll(async () => {
      for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    });

    it('enqueues one job per distinct text, and nothing more when enqueued again', async () => {
      const env = { DATABASE_URL: await createDatabase() };
      const enqueue = cli(['enqueue', dir], env);
      expect(await enqueue.exit, enqueue.stderr()).toBe(0);
      expect(JSON.parse(enqueue.stdout())).toEqual({ files: distinct + 2, enqueued: distinct + 2, unreadable: 0 });
      expect(await cli(['enqueue', dir], env).exit).toBe(0);
      const db = new pg.Client({ connectionString: env.DATABASE_URL });
      await db.connect();
      try {
        const { rows } = await db.query<{ jobs: number; keys: number }>(
          'SELECT count(*)::int AS jobs, count(DISTINCT key)::int AS keys FROM graphile_worker.jobs',
        );
        expect(rows[0]).toEqual({ jobs: distinct + 1, keys: distinct + 1 });
      } finally {
        await db.end();
      }
    });

    it('two worker processes drain the queue: every article stored once, the bad one failed', async () => {
      const env = { DATABASE_URL: await createDatabase() };
      const db = new pg.Client({ connectionString: env.DATABASE_URL });
      await db.connect();
      try {
        // Both workers listen before the jobs arrive, so each gets a share rather than the faster starter all.
        const workers = [cli(['worker'], env), cli(['worker', '--concurrency', '2'], env)];
        try {
          await until(
            () => workers.every((worker) => worker.stdout().includes('looking for jobs')),
            60_000,
            'both workers to connect',
          );
          const enqueue = cli(['enqueue', '--max-attempts', '2', dir], env);
          expect(await enqueue.exit, enqueue.stderr()).toBe(0);
          // Drained: no job waits or runs; the bad one has used up its attempts.
          await until(
            async () => {
              const { rows } = await db.query<{ open: number }>(
                `SELECT count(*)::int AS open FROM graphile_worker.jobs
                 WHERE attempts < max_attempts OR locked_at IS NOT NULL`,
              );
              return rows[0]?.open === 0;
            },
            90_000,
            'the queue to drain',
          );
        } finally {
          for (const worker of workers) worker.child.kill('SIGTERM');
        }
        // Graceful stop: both exit 0 after SIGTERM.
        for (const worker of workers) expect(await worker.exit, worker.stderr()).toBe(0);

        const articles = await db.query<{ articles: number; hashes: number }>(
          'SELECT count(*)::int AS articles, count(DISTINCT content_hash)::int AS hashes FROM articles',
        );
        expect(articles.rows[0]).toEqual({ articles: distinct, hashes: distinct });

        const failed = await db.query<{ attempts: number; last_error: string; key: string }>(
          'SELECT attempts, last_error, key FROM graphile_worker.jobs',
        );
        expect(failed.rows).toHaveLength(1);
        expect(failed.rows[0]).toMatchObject({ attempts: 2, key: jobKeyOf('  \n') });
        expect(failed.rows[0]?.last_error).toMatch(/text is empty/);

        // Both processes did part of the work, and together each article exactly once.
        const stored = workers.map((worker) => events(worker.stdout(), 'stored').length);
        console.log('COUNTS', stored);
        expect(
          stored.every((count) => count > 0),
          `stored per worker: ${stored.join(', ')}`,
        ).toBe(true);
        expect(stored.reduce((sum, count) => sum + count, 0)).toBe(distinct);
      } finally {
        await db.end();
      }
    }, 150_000);
  });
});
