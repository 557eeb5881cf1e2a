import { createHash } from 'node:crypto';
import type { Extraction, ExtractOptions } from '@newsgraph/extract';
import type { Db } from './db/db.ts';
import { type ArticleInput, findArticleByHash, storeArticle } from './db/ingest.ts';
import { appError, badInput, ErrorCode } from './errors.ts';
import type { ArticleMapper } from './mappers/article.mappers.ts';

/** The extraction engine: in-process, or on worker threads (ExtractPool) in the server. */
export type Extractor = (text: string, options?: ExtractOptions) => Extraction | Promise<Extraction>;

/** The largest article text accepted, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 1024 * 1024;

export interface IngestRequest {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: Date | string | null;
}

const optional = (value: string | null | undefined, field: string, max: number): string | null => {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max)
    throw badInput(`${field} is ${trimmed.length} characters long; at most ${max} are accepted.`, field);
  return trimmed || null;
};

/** Checks a request and turns it into what the database stores; bad input is a BAD_USER_INPUT error. */
export function prepareArticle(request: IngestRequest): ArticleInput {
  const { text } = request;
  if (text.trim() === '') throw badInput('text is empty: paste the article text to ingest.', 'text');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw badInput(
      `text is ${Math.ceil(bytes / 1024)} KB; an article may be at most ${MAX_TEXT_BYTES / 1024} KB (1 MB). Trim or split it.`,
      'text',
    );
  }
  if (text.includes('\uFFFD')) {
    throw badInput(
      'text is not valid UTF-8 (it holds replacement characters): send the article as UTF-8 plain text.',
      'text',
    );
  }
  // NUL and other control characters (tabs and line breaks aside) mean a binary file, not an article.
  const controls = text.match(/[^\P{Cc}\t\n\r]/gu)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length / 100) {
    throw badInput('text looks like a binary file (it holds control characters): send plain text.', 'text');
  }
  const publishedAt = request.publishedAt ? new Date(request.publishedAt) : null;
  if (publishedAt && Number.isNaN(publishedAt.getTime())) {
    throw badInput('publishedAt is not a date; use ISO 8601, e.g. 2022-10-10T12:00:00Z.', 'publishedAt');
  }
  const url = optional(request.url, 'url', 2048);
  if (url && !URL.canParse(url)) throw badInput(`url ${JSON.stringify(url)} is not an absolute URL.`, 'url');
  return {
    text,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    wordCount: text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0,
    title: optional(request.title, 'title', 1000),
    url,
    publisher: optional(request.publisher, 'publisher', 200),
    publishedAt,
  };
}

/** Runs the extractor and checks that its offsets fit the text, so the database never holds a broken span. */
export async function runExtraction(extract: Extractor, input: ArticleInput): Promise<Extraction> {
  let extraction: Extraction;
  try {
    extraction = await extract(input.text, input.publisher ? { publisher: input.publisher } : {});
  } catch (error) {
    throw appError(ErrorCode.EXTRACTION_FAILED, 'The article could not be analysed; nothing was stored.', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const spans = [
    ...extraction.sections,
    ...extraction.actors.flatMap((actor) => actor.mentions),
    ...extraction.locations.flatMap((location) => location.mentions),
    ...extraction.statements,
    ...extraction.relations,
  ];
  const bad = spans.find(
    (span) =>
      !Number.isInteger(span.start) ||
      !Number.isInteger(span.end) ||
      span.start < 0 ||
      span.end < span.start ||
      span.end > input.text.length,
  );
  if (bad) {
    throw appError(ErrorCode.EXTRACTION_FAILED, 'The article analysis produced an invalid span; nothing was stored.', {
      reason: `span ${bad.start}..${bad.end} outside 0..${input.text.length}`,
    });
  }
  return extraction;
}

/**
 * Validates, extracts and stores an article; the same text again returns the stored article.
 * `onStage` hears when extraction and storing start, for live progress.
 */
export async function ingestArticle(
  db: Db,
  extract: Extractor,
  request: IngestRequest,
  onStage: (stage: 'EXTRACTING' | 'STORING') => void = () => {},
): Promise<{ article: ArticleMapper; created: boolean }> {
  const input = prepareArticle(request);
  const existing = await findArticleByHash(db.kysely, input.contentHash);
  if (existing) return { article: existing, created: false };
  onStage('EXTRACTING');
  const extraction = await runExtraction(extract, input);
  onStage('STORING');
  return storeArticle(db, input, extraction);
}
