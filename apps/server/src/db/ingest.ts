import type { Extraction } from '@newsgraph/extract';
import { type Insertable, type InsertObject, type Kysely, sql, type Transaction } from 'kysely';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import { articleColumns } from './columns.ts';
import type { Db } from './db.ts';
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

/** Lower-cased, space-normalized: "Alexander  Lukashenko" and "alexander lukashenko" are one key. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

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

  const actorIds = new Map<string, number>();
  // A fixed order of row locks, so concurrent ingests touching the same actors do not deadlock.
  const actors = [...extraction.actors].sort((a, b) =>
    `${a.kind}\u0000${nameKey(a.name)}`.localeCompare(`${b.kind}\u0000${nameKey(b.name)}`),
  );
  for (const actor of actors) {
    const id = await upsertActor(trx, actor);
    actorIds.set(actor.id, id);
  }
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

  const locationIds = new Map<string, number>();
  const articleLocations = new Map<number, number>();
  const locations = [...extraction.locations].sort(
    (a, b) => (a.geonameId ?? 0) - (b.geonameId ?? 0) || nameKey(a.name).localeCompare(nameKey(b.name)),
  );
  for (const location of locations) {
    const id = await upsertLocation(trx, location);
    locationIds.set(location.id, id);
    if (location.mentions.length > 0)
      articleLocations.set(id, (articleLocations.get(id) ?? 0) + location.mentions.length);
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

const searchVector = (name: string, aliases: string[], title: string | null) => sql`
  setweight(to_tsvector('simple', ${name}), 'A') ||
  setweight(to_tsvector('simple', ${aliases.join(' ')}), 'B') ||
  setweight(to_tsvector('simple', ${title ?? ''}), 'C')`;

/**
 * One actor across articles: same kind and a canonical name that is the other's name or alias.
 * The fuller name wins as canonical ("Alexander Lukashenko" over "Lukashenko"); the rest become aliases.
 */
async function upsertActor(trx: Trx, actor: Extraction['actors'][number]): Promise<number> {
  const key = nameKey(actor.name);
  const keys = [key, ...actor.aliases.map(nameKey)];
  const { rows } = await sql<{
    id: number;
    name: string;
    name_key: string;
    aliases: string[];
    title: string | null;
    country_code: string | null;
  }>`
    SELECT id, name, name_key, aliases, title, country_code FROM actors
    WHERE kind = ${actor.kind} AND (name_key = ANY(${keys}::text[]) OR alias_keys && ARRAY[${key}]::text[])
    ORDER BY name_key = ${key} DESC, mention_count DESC, id LIMIT 1 FOR UPDATE`.execute(trx);
  const found = rows[0];
  const count = actor.mentions.length;
  if (!found) {
    const aliases = unique(actor.aliases.filter((alias) => nameKey(alias) !== key));
    const inserted = await sql<{ id: number }>`
      INSERT INTO actors (kind, name, name_key, title, country_code, aliases, alias_keys, mention_count, search)
      VALUES (${actor.kind}, ${actor.name}, ${key}, ${actor.title}, ${actor.countryCode}, ${aliases}::text[],
        ${aliases.map(nameKey)}::text[], ${count}, ${searchVector(actor.name, aliases, actor.title)})
      ON CONFLICT (kind, name_key) DO UPDATE SET mention_count = actors.mention_count + EXCLUDED.mention_count
      RETURNING id`.execute(trx);
    const id = inserted.rows[0]?.id;
    if (id === undefined) throw new Error('actor upsert returned no id');
    return id;
  }
  const fuller = actor.name.length > found.name.length && found.name_key !== key;
  const name = fuller ? actor.name : found.name;
  const aliases = unique([...found.aliases, found.name, actor.name, ...actor.aliases]).filter(
    (alias) => nameKey(alias) !== nameKey(name),
  );
  const title = found.title ?? actor.title;
  await sql`
    UPDATE actors SET name = ${name}, name_key = ${nameKey(name)}, aliases = ${aliases}::text[],
      alias_keys = ${aliases.map(nameKey)}::text[], title = ${title},
      country_code = coalesce(country_code, ${actor.countryCode}), mention_count = mention_count + ${count},
      search = ${searchVector(name, aliases, title)}
    WHERE id = ${found.id}`.execute(trx);
  return found.id;
}

/** One place across articles: by GeoNames id when geocoded, else by kind and name. */
async function upsertLocation(trx: Trx, location: Extraction['locations'][number]): Promise<number> {
  const key = nameKey(location.name);
  const count = location.mentions.length;
  const search = sql`setweight(to_tsvector('simple', ${location.name}), 'A') || setweight(to_tsvector('simple', ${location.aliases.join(' ')}), 'B')`;
  const conflict =
    location.geonameId === null
      ? sql`ON CONFLICT (kind, name_key) WHERE geoname_id IS NULL`
      : sql`ON CONFLICT (geoname_id) WHERE geoname_id IS NOT NULL`;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO locations (kind, name, name_key, country_code, latitude, longitude, geoname_id, aliases, mention_count, search)
    VALUES (${location.kind}, ${location.name}, ${key}, ${location.countryCode}, ${location.latitude}, ${location.longitude},
      ${location.geonameId}, ${unique(location.aliases)}::text[], ${count}, ${search})
    ${conflict} DO UPDATE SET mention_count = locations.mention_count + EXCLUDED.mention_count,
      aliases = ARRAY(SELECT DISTINCT unnest(locations.aliases || EXCLUDED.aliases))
    RETURNING id`.execute(trx);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('location upsert returned no id');
  return id;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
