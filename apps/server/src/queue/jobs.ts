import { createHash } from 'node:crypto';
import type { Task, TaskSpec, WorkerUtils } from 'graphile-worker';
import { listInputFiles, readInputFile } from '../bulk/read-inputs.ts';
import type { Db } from '../db/db.ts';
import { type Extractor, type IngestRequest, ingestArticle } from '../ingest.ts';
import type { Logger } from '../logger.ts';

/** The graphile-worker task that ingests one article. */
export const INGEST_TASK = 'newsgraph_ingest_article';

/**
 * A job carries the article itself, not its path, so a worker on any machine that reaches the
 * database can run it.
 */
export interface IngestPayload {
  source: string;
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

export interface EnqueueReport {
  files: number;
  enqueued: number;
  /** Items that could not be read as an article at all (e.g. a JSON object without text). */
  unreadable: { source: string; message: string }[];
}

/** The job key: the same text always maps to the same job, so enqueueing twice adds nothing. */
export const jobKeyOf = (text: string) => `article:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Adds one job per article found under `paths` (.txt and .json files, as for `pnpm ingest`). */
export async function enqueueFiles(
  utils: WorkerUtils,
  paths: string[],
  options: { maxAttempts: number; defaults?: Partial<IngestRequest> },
): Promise<EnqueueReport> {
  const files = await listInputFiles(paths);
  const report: EnqueueReport = { files: files.length, enqueued: 0, unreadable: [] };
  for (const file of files) {
    for (const item of await readInputFile(file, options.defaults)) {
      if ('error' in item) {
        report.unreadable.push({ source: item.source, message: item.error });
        continue;
      }
      const { request } = item;
      const payload: IngestPayload = {
        source: item.source,
        text: request.text,
        title: request.title ?? null,
        url: request.url ?? null,
        publisher: request.publisher ?? null,
        publishedAt: request.publishedAt ? String(request.publishedAt) : null,
      };
      // Validation is the worker's: a bad article becomes a failed job with its reason, visible to operators.
      const spec: TaskSpec = { jobKey: jobKeyOf(request.text), maxAttempts: options.maxAttempts };
      await utils.addJob(INGEST_TASK, payload, spec);
      report.enqueued++;
    }
  }
  return report;
}

function isPayload(value: unknown): value is IngestPayload {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
}

/**
 * The task: the API's own ingestArticle (checks, extraction, one transaction); a text stored
 * already, by any worker, is skipped by its content hash without extracting it again.
 */
export function ingestTask(db: Db, extract: Extractor, logger: Logger): Task {
  return async (payload, helpers) => {
    if (!isPayload(payload)) throw new Error('job payload has no "text" field; enqueue with the queue CLI');
    const { article, created } = await ingestArticle(db, extract, payload);
    logger.info(
      { event: created ? 'stored' : 'skipped', jobId: helpers.job.id, source: payload.source, article: article.dbId },
      created ? 'article stored' : 'article already stored',
    );
  };
}
