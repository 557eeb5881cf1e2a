import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestRequest } from '../ingest.ts';

/** One article to ingest, or the reason its file could not be read as one. */
export type InputItem = { source: string; request: IngestRequest } | { source: string; error: string };

/** Every .txt and .json file under the given paths (directories recursively), sorted for a stable order. */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string) => {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const entry of (await readdir(path)).sort()) await visit(join(path, entry));
    } else if (['.txt', '.json'].includes(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) await visit(path);
  return files;
}

const field = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toRequest(value: unknown): IngestRequest | string {
  if (typeof value !== 'object' || value === null) return 'not an object with a "text" field';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return 'missing the "text" field';
  return {
    text: record.text,
    title: field(record.title),
    url: field(record.url),
    publisher: field(record.publisher),
    publishedAt: field(record.publishedAt),
  };
}

/**
 * A .txt file is one article (its first line, when short, is not taken as the title: text stays
 * verbatim). A .json file holds one article object or an array of them:
 * { text, title?, url?, publisher?, publishedAt? }.
 */
export async function readInputFile(path: string, defaults: Partial<IngestRequest> = {}): Promise<InputItem[]> {
  const content = await readFile(path, 'utf8');
  if (extname(path).toLowerCase() === '.txt') return [{ source: path, request: { ...defaults, text: content } }];
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return [{ source: path, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` }];
  }
  const values = Array.isArray(parsed) ? parsed : [parsed];
  return values.map((value, index) => {
    const source = Array.isArray(parsed) ? `${path}[${index}]` : path;
    const request = toRequest(value);
    return typeof request === 'string' ? { source, error: request } : { source, request: { ...defaults, ...request } };
  });
}
