import type { Extraction } from '@newsgraph/extract';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { type ArticleInput, storeArticle } from '../db/ingest.ts';
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
 * Ingests every article under `paths`: each is validated, skipped when its text is stored already
 * (so an interrupted run resumes where it stopped), extracted and stored in its own transaction.
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

  let next = 0;
  const runner = async () => {
    while (next < work.length) {
      const item = work[next++];
      if (!item) break;
      try {
        // The same checks as the API: a failed or broken extraction never reaches the database.
        const extraction = await runExtraction((text) => options.extract(text, item.input.publisher), item.input);
        const { created } = await storeArticle(options.db, item.input, extraction);
        finish(created ? 'stored' : 'skipped');
      } catch (error) {
        finish('failed', item.source, error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, runner));
  return { ...progress, files: files.length, failures, seconds: (performance.now() - started) / 1000 };
}
