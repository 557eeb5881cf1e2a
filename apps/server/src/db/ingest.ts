import type { Extraction } from '@newsgraph/extract';
import { type Insertable, type InsertObject, type Kysely, sql, type Transaction } from 'kysely';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import { articleColumns } from './columns.ts';
import type { Db } from './db.ts';
import { upsertActors, upsertLocations } from './merge.ts';
import type { Database } from './types.ts';

export interface ArticleInput {
  text: string;
  contentHash: string;
  wordCount: number;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
}

type Trx = Transaction<Database>;

export async function findArticleByHash(
  db: Kysely<Database> | Trx,
  contentHash: string,
): Promise<ArticleMapper | null> {
  const { rows } =
    await sql<ArticleMapper>`SELECT ${articleColumns('a')} FROM articles a WHERE a.content_hash = ${contentHash}`.execute(
      db,
    );
  return rows[0] ?? null;
}

// Retried: two PostgreSQL transactions that merge the same actors can deadlock or race on a unique key.
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

export interface StoreItem {
  input: ArticleInput;
  extraction: Extraction;
}

/**
 * Stores an article and its extraction in one transaction: all of it or nothing. The same text
 * stored before (or committed meanwhile by a concurrent ingest) is returned with created: false.
 */
export async function storeArticle(
  db: Db,
  input: ArticleInput,
  extraction: Extraction,
): Promise<{ article: ArticleMapper; created: boolean }> {
  const [result] = await storeArticles(db, [{ input, extraction }]);
  if (!result) throw new Error('storing one article returned nothing');
  return result;
}

/**
 * Stores several articles in one transaction (all of them or none), one multi-row insert per
 * table: a bulk ingest pays a round trip and a commit per batch, not per row and article. Actors
 * and places merge article by article, in order, as if each were stored alone. Results follow
 * `items`; a text stored before, or twice in `items`, comes back with created: false.
 */
export async function storeArticles(
  db: Db,
  items: StoreItem[],
): Promise<{ article: ArticleMapper; created: boolean }[]> {
  if (items.length === 0) return [];
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.kysely.transaction().execute((trx) => storeInTransaction(trx, items));
    } catch (error) {
      if (attempt >= 3 || !RETRYABLE.has(errorCode(error))) throw error;
    }
  }
}

type Rows<T extends InsertTable> = Insertable<Database[T]>[];

async function storeInTransaction(trx: Trx, items: StoreItem[]) {
  // ON CONFLICT waits for a concurrent insert of the same text and then yields to it.
  const values = items.map(
    ({ input }) => sql`(${input.contentHash}, ${input.title}, ${input.url}, ${input.publisher}, ${input.publishedAt},
      coalesce(${input.publishedAt}::timestamptz, now()), ${input.text}, ${input.wordCount})`,
  );
  const { rows: inserted } = await sql<ArticleMapper>`
    INSERT INTO articles (content_hash, title, url, publisher, published_at, sort_at, text, word_count)
    VALUES ${sql.join(values)}
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING ${articleColumns('articles')}`.execute(trx);
  const created = new Map(inserted.map((article) => [article.contentHash, article]));
  const missing = items.filter(({ input }) => !created.has(input.contentHash)).map(({ input }) => input.contentHash);
  const existing = new Map<string, ArticleMapper>();
  if (missing.length) {
    const { rows } = await sql<ArticleMapper>`
      SELECT ${articleColumns('a')} FROM articles a WHERE a.content_hash = ANY(${missing}::text[])`.execute(trx);
    for (const article of rows) existing.set(article.contentHash, article);
  }

  const rows = {
    sections: [] as Rows<'sections'>,
    article_actors: [] as Rows<'article_actors'>,
    mentions: [] as Rows<'mentions'>,
    article_locations: [] as Rows<'article_locations'>,
    location_mentions: [] as Rows<'location_mentions'>,
    statements: [] as Rows<'statements'>,
    relations: [] as Rows<'relations'>,
  };
  const results: { article: ArticleMapper; created: boolean }[] = [];
  for (const { input, extraction } of items) {
    const article = created.get(input.contentHash);
    // Only the first of the same text in `items` stores its extraction.
    created.delete(input.contentHash);
    if (!article) {
      const stored = existing.get(input.contentHash) ?? inserted.find((row) => row.contentHash === input.contentHash);
      if (!stored) throw new Error('article vanished between insert and select');
      results.push({ article: stored, created: false });
      continue;
    }
    results.push({ article, created: true });
    await collectRows(trx, article.dbId, extraction, rows);
  }
  for (const table of Object.keys(rows) as (keyof typeof rows)[]) await insertChunked(trx, table, rows[table]);
  return results;
}

/** Merges one article's actors and places, and adds the rows that point at them to `rows`. */
async function collectRows(trx: Trx, articleId: number, extraction: Extraction, rows: { [T in InsertTable]: Rows<T> }) {
  rows.sections.push(
    ...extraction.sections.map((section) => ({
      article_id: articleId,
      kind: section.kind,
      start_offset: section.start,
      end_offset: section.end,
    })),
  );

  const actorIds = await upsertActors(trx, extraction.actors);
  const articleActors = new Map<number, number>();
  for (const actor of extraction.actors) {
    const id = actorIds.get(actor.id);
    if (id !== undefined && actor.mentions.length > 0) {
      articleActors.set(id, (articleActors.get(id) ?? 0) + actor.mentions.length);
    }
  }
  rows.article_actors.push(
    ...[...articleActors].map(([actorId, count]) => ({
      article_id: articleId,
      actor_id: actorId,
      mention_count: count,
    })),
  );
  rows.mentions.push(
    ...extraction.actors.flatMap((actor) =>
      actor.mentions.map((mention) => ({
        article_id: articleId,
        actor_id: actorIds.get(actor.id) ?? 0,
        start_offset: mention.start,
        end_offset: mention.end,
        text: mention.text,
      })),
    ),
  );

  const locationIds = await upsertLocations(trx, extraction.locations);
  const articleLocations = new Map<number, number>();
  for (const location of extraction.locations) {
    const id = locationIds.get(location.id);
    if (id !== undefined && location.mentions.length > 0) {
      articleLocations.set(id, (articleLocations.get(id) ?? 0) + location.mentions.length);
    }
  }
  rows.article_locations.push(
    ...[...articleLocations].map(([locationId, count]) => ({
      article_id: articleId,
      location_id: locationId,
      mention_count: count,
    })),
  );
  rows.location_mentions.push(
    ...extraction.locations.flatMap((location) =>
      location.mentions.map((mention) => ({
        article_id: articleId,
        location_id: locationIds.get(location.id) ?? 0,
        start_offset: mention.start,
        end_offset: mention.end,
        text: mention.text,
      })),
    ),
  );

  const actorId = (id: string | null) => (id === null ? null : (actorIds.get(id) ?? null));
  rows.statements.push(
    ...extraction.statements.map((statement) => ({
      article_id: articleId,
      kind: statement.kind,
      text: statement.text,
      start_offset: statement.start,
      end_offset: statement.end,
      cue: statement.cue,
      speaker_id: actorId(statement.speakerId),
      source_id: actorId(statement.sourceId),
      addressee_id: actorId(statement.addresseeId),
    })),
  );
  rows.relations.push(
    ...extraction.relations.flatMap((relation) => {
      const subject = actorId(relation.subjectId);
      const object = actorId(relation.objectId);
      return subject === null || object === null
        ? []
        : [
            {
              article_id: articleId,
              subject_id: subject,
              predicate: relation.predicate,
              object_id: object,
              start_offset: relation.start,
              end_offset: relation.end,
            },
          ];
    }),
  );
}

type InsertTable =
  | 'sections'
  | 'article_actors'
  | 'mentions'
  | 'article_locations'
  | 'location_mentions'
  | 'statements'
  | 'relations';

/** Multi-row inserts, chunked below PostgreSQL's 65,535 parameters per statement. */
async function insertChunked<T extends InsertTable>(trx: Trx, table: T, rows: Insertable<Database[T]>[]) {
  for (let index = 0; index < rows.length; index += 1000) {
    await trx
      .insertInto(table)
      .values(rows.slice(index, index + 1000) as InsertObject<Database, T>[])
      .execute();
  }
}
