import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulkIngest } from '../src/bulk/run.ts';
import type { Db } from '../src/db/db.ts';
import { openDb } from '../src/db/db.ts';
import { corpusExtractor } from './corpus.ts';
import { dictionaryExtractor, openTestDb, tableCounts } from './helpers.ts';

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

  it('stores a batch in one transaction exactly as one article at a time, actors merged in the same order', async () => {
    // "Lopez" alone first, then "Maria Lopez" with the alias Lopez: the later article merges into the earlier actor.
    const short = dictionaryExtractor({ Lopez: { kind: 'PERSON' }, 'Tom Becker': { kind: 'PERSON' } });
    const full = dictionaryExtractor(
      { 'Maria Lopez': { kind: 'PERSON', aliases: ['Lopez'] }, 'Harbor Workers Union': { kind: 'ORGANIZATION' } },
      { Valencia: { kind: 'CITY', geonameId: 2509954, countryCode: 'ES' } },
    );
    const extract = async (text: string) => (text.includes('Maria') ? full(text) : short(text));
    const texts = Array.from({ length: 30 }, (_, index) =>
      index % 3 === 0
        ? `Lopez spoke to Tom Becker on day ${index}. “We wait,” Lopez said.`
        : `Maria Lopez of the Harbor Workers Union was in Valencia on day ${index}. “We act,” Lopez said.`,
    );
    const articles = await mkdtemp(join(tmpdir(), 'newsgraph-bulk-batch-'));
    const dump = async (db: Db) =>
      (
        await sql`SELECT a.id, a.kind, a.name, a.aliases, a.mention_count,
          (SELECT count(*)::int FROM mentions m WHERE m.actor_id = a.id) AS mentions,
          (SELECT count(*)::int FROM statements s WHERE s.speaker_id = a.id) AS said
        FROM actors a ORDER BY a.id`.execute(db.kysely)
      ).rows;
    try {
      for (const [index, text] of texts.entries()) {
        await writeFile(join(articles, `${String(index).padStart(2, '0')}.txt`), text);
      }
      const results = [];
      for (const batchSize of [1, 25]) {
        const db = await openTestDb();
        try {
          const report = await runBulkIngest({ db, paths: [articles], extract, concurrency: 1, batchSize });
          expect(report).toMatchObject({ stored: 30, failed: 0 });
          results.push({ actors: await dump(db), counts: await tableCounts(db) });
        } finally {
          await db.close();
        }
      }
      expect(results[0]?.actors.length).toBe(3);
      expect(results[1]).toEqual(results[0]);
    } finally {
      await rm(articles, { recursive: true, force: true });
    }
  });

  it('stores a batch the database refuses one article at a time, so only the bad article fails', async () => {
    const db = await openTestDb();
    try {
      // A section kind the schema does not allow: only the database notices.
      const extract = async (text: string) => {
        const extraction = corpusExtractor(text);
        return text.includes('day 7.')
          ? { ...extraction, sections: [{ kind: 'BOGUS' as 'BODY', start: 0, end: text.length }] }
          : extraction;
      };
      const report = await runBulkIngest({ db, paths: [dir], extract, concurrency: 2, batchSize: 25 });
      expect(report).toMatchObject({ stored: 13, failed: 3 });
      expect(report.failures.map((failure) => failure.source.replace(dir, ''))).toContain('/article-007.txt');
      expect((await tableCounts(db)).articles).toBe(13);
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
