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

/**
 * Stores an article and its extraction in one transaction: all of it or nothing. The same text
 * stored before (or committed meanwhile by a concurrent ingest) is returned with created: false.
 */
export async function storeArticle(
  db: Db,
  input: ArticleInput,
  extraction: Extraction,
): Promise<{ article: ArticleMapper; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.kysely.transaction().execute((trx) => storeInTransaction(trx, input, extraction));
    } catch (error) {
      if (attempt >= 3 || !RETRYABLE.has(errorCode(error))) throw error;
    }
  }
}

async function storeInTransaction(trx: Trx, input: ArticleInput, extraction: Extraction) {
  // ON CONFLICT waits for a concurrent insert of the same text and then yields to it.
  const { rows } = await sql<ArticleMapper>`
    INSERT INTO articles (content_hash, title, url, publisher, published_at, sort_at, text, word_count)
    VALUES (${input.contentHash}, ${input.title}, ${input.url}, ${input.publisher}, ${input.publishedAt},
      coalesce(${input.publishedAt}::timestamptz, now()), ${input.text}, ${input.wordCount})
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING ${articleColumns('articles')}`.execute(trx);
  const article = rows[0];
  if (!article) {
    const existing = await findArticleByHash(trx, input.contentHash);
    if (!existing) throw new Error('article vanished between insert and select');
    return { article: existing, created: false };
  }
  const articleId = article.dbId;

  await insertChunked(
    trx,
    'sections',
    extraction.sections.map((section) => ({
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
  await insertChunked(
    trx,
    'article_actors',
    [...articleActors].map(([actorId, count]) => ({ article_id: articleId, actor_id: actorId, mention_count: count })),
  );
  await insertChunked(
    trx,
    'mentions',
    extraction.actors.flatMap((actor) =>
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
  await insertChunked(
    trx,
    'article_locations',
    [...articleLocations].map(([locationId, count]) => ({
      article_id: articleId,
      location_id: locationId,
      mention_count: count,
    })),
  );
  await insertChunked(
    trx,
    'location_mentions',
    extraction.locations.flatMap((location) =>
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
  await insertChunked(
    trx,
    'statements',
    extraction.statements.map((statement) => ({
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
  await insertChunked(
    trx,
    'relations',
    extraction.relations.flatMap((relation) => {
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
  return { article, created: true };
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
