import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from './db/db.ts';
import { type Extractor, ingestArticle } from './ingest.ts';

export const SEED_PATH = new URL('../seed/article.txt', import.meta.url);

export const SEED_METADATA = {
  title: 'Lukashenko says Belarus and Russia to deploy joint forces',
  publisher: 'The Moscow Times',
  url: 'https://www.themoscowtimes.com/2022/10/10/lukashenko-says-belarus-and-russia-to-deploy-joint-forces-a79050',
  publishedAt: '2022-10-10T12:00:00Z',
};

/** On an empty database, stores the seed article so a new user sees data at once. Returns whether it did. */
export async function seedIfEmpty(db: Db, extract: Extractor): Promise<boolean> {
  const { rows } = await sql<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM articles) AS any`.execute(db.kysely);
  if (rows[0]?.any) return false;
  const text = await readFile(SEED_PATH, 'utf8');
  const { created } = await ingestArticle(db, extract, { text, ...SEED_METADATA });
  return created;
}
