import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulkIngest } from '../src/bulk/run.ts';
import { openDb } from '../src/db/db.ts';
import { corpusExtractor } from './corpus.ts';
import { openTestDb, tableCounts } from './helpers.ts';

const serverDir = new URL('..', import.meta.url).pathname;

/** A folder of articles: `count` .txt files, a .json array of two, an empty file and a bad object. */
async function writeArticles(dir: string, count: number) {
  await mkdir(join(dir, 'nested'), { recursive: true });
  for (let index = 0; index < count; index++) {
    await writeFile(
      join(dir, `article-${String(index).padStart(3, '0')}.txt`),
      `Maria Lopez met Tom Becker in Valencia on day ${index}. “The harbor must stay open,” Lopez said.`,
    );
  }
  await writeFile(
    join(dir, 'nested', 'batch.json'),
    JSON.stringify([
      { text: 'Tom Becker visited Hamburg.', title: 'Hamburg visit', publishedAt: '2024-02-01T08:00:00Z' },
      { text: 'The City Council met.', title: 'Council' },
      { title: 'no text here' },
    ]),
  );
  await writeFile(join(dir, 'empty.txt'), '   \n');
  await writeFile(join(dir, 'notes.md'), 'not an article: ignored');
}

describe('bulk ingest', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-bulk-'));
    await writeArticles(dir, 12);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stores every valid article, reports the bad ones, and skips what is stored on a re-run', async () => {
    const db = await openTestDb();
    try {
      const extract = async (text: string) => corpusExtractor(text);
      const seen: number[] = [];
      const first = await runBulkIngest({
        db,
        paths: [dir],
        extract,
        concurrency: 4,
        onProgress: (p) => seen.push(p.done),
      });
      expect(first).toMatchObject({ files: 14, total: 16, stored: 14, skipped: 0, failed: 2 });
      expect(first.failures.map((failure) => failure.source.replace(dir, ''))).toEqual([
        '/empty.txt',
        '/nested/batch.json[2]',
      ]);
      expect(seen.at(-1)).toBe(16);
      const counts = await tableCounts(db);
      expect(counts.articles).toBe(14);

      const again = await runBulkIngest({ db, paths: [dir], extract, concurrency: 4 });
      expect(again).toMatchObject({ stored: 0, skipped: 14, failed: 2 });
      expect(await tableCounts(db)).toEqual(counts);
    } finally {
      await db.close();
    }
  });

  // Once, on PGlite: this runs the CLI process on its own data directory.
  it.skipIf(process.env.NEWSGRAPH_TEST_ENGINE === 'postgres')(
    'the CLI killed with SIGKILL mid-run leaves no partial article, and a re-run completes the same set',
    async () => {
      const big = await mkdtemp(join(tmpdir(), 'newsgraph-bulk-big-'));
      const dataDir = await mkdtemp(join(tmpdir(), 'newsgraph-bulk-data-'));
      try {
        await writeArticles(big, 60);
        // Killed once a few articles are stored, long before all of them are.
        const run = (killAfterStored?: number) =>
          new Promise<{ code: number | null; stdout: string }>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '-j', '2', big], {
              cwd: serverDir,
              env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
              stdio: ['ignore', 'pipe', 'pipe'],
            });
            let stdout = '';
            child.stdout.on('data', (chunk) => {
              stdout += String(chunk);
            });
            child.stderr.on('data', (chunk) => {
              for (const line of String(chunk)
                .split('\n')
                .filter((text) => text.startsWith('{'))) {
                const { stored } = JSON.parse(line) as { stored: number };
                if (killAfterStored && stored >= killAfterStored) child.kill('SIGKILL');
              }
            });
            child.on('exit', (code) => resolve({ code, stdout }));
          });
        const killed = await run(5);
        expect(killed.code).toBeNull();
        const resumed = await run();
        const report = JSON.parse(resumed.stdout) as { stored: number; skipped: number; failed: number };
        expect(report.failed).toBe(2);
        // What the killed run committed is skipped; the rest is stored now.
        expect(report.skipped).toBeGreaterThanOrEqual(5);
        expect(report.skipped).toBeLessThan(62);
        expect(report.stored + report.skipped).toBe(62);

        const db = await openDb({ dataDir });
        try {
          const { rows } = await sql<{ articles: number; hashes: number; without: number }>`
            SELECT count(*)::int AS articles, count(DISTINCT content_hash)::int AS hashes,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.article_id = a.id))::int AS without
            FROM articles a`.execute(db.kysely);
          expect(rows[0]).toEqual({ articles: 62, hashes: 62, without: 0 });
        } finally {
          await db.close();
        }
      } finally {
        await rm(big, { recursive: true, force: true });
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
