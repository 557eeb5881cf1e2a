import type { Extraction } from '@newsgraph/extract';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { type ArticleInput, type StoreItem, storeArticle, storeArticles } from '../db/ingest.ts';
import { ARTICLE_DATA_TABLES } from '../db/types.ts';
import { type IngestRequest, prepareArticle, runExtraction } from '../ingest.ts';
import { type InputItem, listInputFiles, readInputFile } from './read-inputs.ts';

export interface BulkProgress {
  total: number;
  done: number;
  stored: number;
  skipped: number;
  failed: number;
}

export interface BulkReport extends BulkProgress {
  files: number;
  failures: { source: string; message: string }[];
  seconds: number;
}

export interface BulkOptions {
  db: Db;
  paths: string[];
  /** Extraction, e.g. on a worker pool; may reject. */
  extract: (text: string, publisher: string | null) => Promise<Extraction>;
  /** Articles in flight at once (extracting or storing). */
  concurrency: number;
  /** Articles stored per transaction (default 25): fewer round trips and commits, and a kill loses at most one batch. */
  batchSize?: number;
  defaults?: Partial<IngestRequest>;
  onProgress?: (progress: BulkProgress) => void;
}

/** Content hashes among `hashes` that are already stored: a re-run skips them without extracting. */
async function storedHashes(db: Db, hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let index = 0; index < hashes.length; index += 1000) {
    const { rows } = await sql<{ hash: string }>`
      SELECT content_hash AS hash FROM articles WHERE content_hash = ANY(${hashes.slice(index, index + 1000)}::text[])`.execute(
      db.kysely,
    );
    for (const row of rows) found.add(row.hash);
  }
  return found;
}

/**
 * Fresh planner statistics and visibility maps after many new rows: PGlite never autovacuums, so
 * without this the plans stay those of the near-empty tables the ingest started with.
 */
async function refreshStatistics(db: Db) {
  await sql`VACUUM (ANALYZE) ${sql.join(ARTICLE_DATA_TABLES.map((table) => sql.table(table)))}`.execute(db.kysely);
}

/**
 * Ingests every article under `paths`: each is validated, skipped when its text is stored already
 * (so an interrupted run resumes where it stopped), extracted, and stored with the articles
 * extracted around it in one transaction of up to `batchSize`: all of a batch is stored, or none.
 */
export async function runBulkIngest(options: BulkOptions): Promise<BulkReport> {
  const started = performance.now();
  const files = await listInputFiles(options.paths);
  const items: InputItem[] = [];
  for (const file of files) items.push(...(await readInputFile(file, options.defaults)));

  const progress: BulkProgress = { total: items.length, done: 0, stored: 0, skipped: 0, failed: 0 };
  const failures: BulkReport['failures'] = [];
  const finish = (outcome: 'stored' | 'skipped' | 'failed', source?: string, message?: string) => {
    progress[outcome]++;
    progress.done++;
    if (outcome === 'failed') failures.push({ source: source ?? '', message: message ?? '' });
    options.onProgress?.({ ...progress });
  };

  const queue: { source: string; input: ArticleInput }[] = [];
  for (const item of items) {
    if ('error' in item) {
      finish('failed', item.source, item.error);
      continue;
    }
    try {
      queue.push({ source: item.source, input: prepareArticle(item.request) });
    } catch (error) {
      finish('failed', item.source, error instanceof Error ? error.message : String(error));
    }
  }
  const stored = await storedHashes(
    options.db,
    queue.map(({ input }) => input.contentHash),
  );
  const seen = new Set<string>();
  const work = queue.filter(({ input }) => {
    const known = stored.has(input.contentHash) || seen.has(input.contentHash);
    seen.add(input.contentHash);
    if (known) finish('skipped');
    return !known;
  });

  // Extracted articles wait here until a batch is full (or the work runs out); one batch is stored at a time.
  const batchSize = Math.max(1, options.batchSize ?? 25);
  let batch: { source: string; item: StoreItem }[] = [];
  let storing: Promise<void> = Promise.resolve();
  let queued = 0;
  const store = async (pending: typeof batch) => {
    try {
      const results = await storeArticles(
        options.db,
        pending.map(({ item }) => item),
      );
      for (const { created } of results) finish(created ? 'stored' : 'skipped');
    } catch {
      // One article the database refuses must not sink the rest: store them one by one to find it.
      for (const { source, item } of pending) {
        try {
          const { created } = await storeArticle(options.db, item.input, item.extraction);
          finish(created ? 'stored' : 'skipped');
        } catch (error) {
          finish('failed', source, error instanceof Error ? error.message : String(error));
        }
      }
    }
  };
  const flush = () => {
    const pending = batch;
    batch = [];
    queued++;
    storing = storing.then(async () => {
      if (pending.length) await store(pending);
      queued--;
    });
    return storing;
  };

  let next = 0;
  const runner = async () => {
    while (next < work.length) {
      const item = work[next++];
      if (!item) break;
      try {
        // The same checks as the API: a failed or broken extraction never reaches the database.
        const extraction = await runExtraction((text) => options.extract(text, item.input.publisher), item.input);
        batch.push({ source: item.source, item: { input: item.input, extraction } });
        // Extraction goes on while a batch is stored; it waits only when batches pile up.
        if (batch.length >= batchSize) {
          const stored = flush();
          if (queued > 1) await stored;
        }
      } catch (error) {
        finish('failed', item.source, error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, runner));
  await flush();
  if (progress.stored > 0) await refreshStatistics(options.db);
  return { ...progress, files: files.length, failures, seconds: (performance.now() - started) / 1000 };
}
