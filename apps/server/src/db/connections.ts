import { type RawBuilder, sql } from 'kysely';
import type { ActorMapper, MentionMapper } from '../mappers/actor.mappers.ts';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import type { LocationMapper, LocationMentionMapper } from '../mappers/location.mappers.ts';
import type { RelationMapper } from '../mappers/relation.mappers.ts';
import type { StatementMapper } from '../mappers/statement.mappers.ts';
import { type CursorValues, cursorNumber, cursorString } from '../pagination.ts';
import {
  actorColumns,
  afterByCount,
  andIf,
  articleColumns,
  locationColumns,
  locationMentionColumns,
  mentionColumns,
  nothing,
  relationColumns,
  statementColumns,
} from './columns.ts';
import type { Db } from './db.ts';
import { countsByParent } from './lateral.ts';

/** A connection nested under a parent object (an article's mentions, an actor's statements, ...). */
export interface NestedConnection<F, R> {
  /** Cursor shape, see `decodeCursor`. */
  shape: string;
  cursorOf(row: R): CursorValues;
  /**
   * One parent's page: ordered, limited, with `row_number() OVER (ORDER BY ...) AS "__rank"`.
   * Loaders run it for many parents at once (`pagesByParent`) or inside a larger statement.
   */
  page(parent: RawBuilder<number>, filter: F, after: CursorValues | null, limit: number): RawBuilder<unknown>;
  counts(db: Db, parentIds: readonly number[], filter: F): Promise<Map<number, number>>;
}

type NoFilter = Record<string, never>;
type WithSort<R> = R & { sortKey: number | Date };

const ids = (parentIds: readonly number[]) => sql`${[...parentIds]}::int[]`;

// Text-order lists: (start_offset, id) within one article.
const afterInText = (alias: string, after: CursorValues | null) =>
  after
    ? sql`AND (${sql.ref(`${alias}.start_offset`)}, ${sql.ref(`${alias}.id`)}) > (${cursorNumber(after, 0)}, ${cursorNumber(after, 1)})`
    : nothing;

/** A row of a span table (mentions, statements, relations): where it sits in which article. */
interface SpanRow {
  start: number;
  dbId: number;
  articleId: number;
}

/**
 * A span table listed under a parent column in text order: within one article by
 * (start_offset, id), or across articles by (article_id, start_offset, id).
 */
function spansByParent<F, R extends SpanRow>(spec: {
  table: 'mentions' | 'location_mentions' | 'statements' | 'relations';
  columns: (alias: string) => RawBuilder<unknown>;
  parentColumn: 'article_id' | 'actor_id' | 'location_id' | 'speaker_id';
  acrossArticles: boolean;
  /** Extra conditions on alias `s`, each starting with AND. */
  where?: (filter: F) => RawBuilder<unknown>;
}): NestedConnection<F, R> {
  const table = sql.table(spec.table);
  const parent = sql.ref(`s.${spec.parentColumn}`);
  const order = spec.acrossArticles ? sql`s.article_id, s.start_offset, s.id` : sql`s.start_offset, s.id`;
  const where = (filter: F) => spec.where?.(filter) ?? nothing;
  return {
    shape: spec.acrossArticles ? 'nnn' : 'nn',
    cursorOf: (row) => (spec.acrossArticles ? [row.articleId, row.start, row.dbId] : [row.start, row.dbId]),
    page: (id, filter, after, limit) =>
      sql`
      SELECT ${spec.columns('s')}, row_number() OVER (ORDER BY ${order}) AS "__rank"
      FROM ${table} s WHERE ${parent} = ${id} ${where(filter)}
        ${spec.acrossArticles ? afterAcrossArticles('s', after) : afterInText('s', after)}
      ORDER BY ${order} LIMIT ${limit}`,
    counts: (db, parentIds, filter) =>
      countsByParent(
        db,
        sql`SELECT ${parent} AS parent, count(*) AS n FROM ${table} s
      WHERE ${parent} = ANY(${ids(parentIds)}) ${where(filter)} GROUP BY ${parent}`,
      ),
  };
}

const byKind = (filter: { kind: string | null }) => andIf(filter.kind, (kind) => sql`s.kind = ${kind}`);
const byArticle = (filter: { articleId: number | null }) => andIf(filter.articleId, (id) => sql`s.article_id = ${id}`);

export const articleMentions = spansByParent<NoFilter, MentionMapper>({
  table: 'mentions',
  columns: mentionColumns,
  parentColumn: 'article_id',
  acrossArticles: false,
});

export const articleLocationMentions = spansByParent<NoFilter, LocationMentionMapper>({
  table: 'location_mentions',
  columns: locationMentionColumns,
  parentColumn: 'article_id',
  acrossArticles: false,
});

export const articleStatements = spansByParent<{ kind: string | null }, StatementMapper>({
  table: 'statements',
  columns: statementColumns,
  parentColumn: 'article_id',
  acrossArticles: false,
  where: byKind,
});

export const articleRelations = spansByParent<NoFilter, RelationMapper>({
  table: 'relations',
  columns: relationColumns,
  parentColumn: 'article_id',
  acrossArticles: false,
});

export const articleActors: NestedConnection<{ kind: string | null }, WithSort<ActorMapper>> = {
  shape: 'nn',
  cursorOf: (row) => [Number(row.sortKey), row.dbId],
  page: (parent, filter, after, limit) =>
    sql`
      SELECT ${actorColumns('a')}, aa.mention_count AS "sortKey",
        row_number() OVER (ORDER BY aa.mention_count DESC, a.id) AS "__rank"
      FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
      WHERE aa.article_id = ${parent} ${andIf(filter.kind, (kind) => sql`a.kind = ${kind}`)}
        ${afterByCount('aa.mention_count', 'a.id', after)}
      ORDER BY aa.mention_count DESC, a.id LIMIT ${limit}`,
  counts: (db, parentIds, filter) =>
    countsByParent(
      db,
      sql`SELECT aa.article_id AS parent, count(*) AS n
      FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
      WHERE aa.article_id = ANY(${ids(parentIds)}) ${andIf(filter.kind, (kind) => sql`a.kind = ${kind}`)}
      GROUP BY aa.article_id`,
    ),
};

export const articleLocations: NestedConnection<NoFilter, WithSort<LocationMapper>> = {
  shape: 'nn',
  cursorOf: (row) => [Number(row.sortKey), row.dbId],
  page: (parent, _filter, after, limit) =>
    sql`
      SELECT ${locationColumns('l')}, al.mention_count AS "sortKey",
        row_number() OVER (ORDER BY al.mention_count DESC, l.id) AS "__rank"
      FROM article_locations al JOIN locations l ON l.id = al.location_id
      WHERE al.article_id = ${parent} ${afterByCount('al.mention_count', 'l.id', after)}
      ORDER BY al.mention_count DESC, l.id LIMIT ${limit}`,
  counts: (db, parentIds) =>
    countsByParent(
      db,
      sql`SELECT article_id AS parent, count(*) AS n FROM article_locations WHERE article_id = ANY(${ids(parentIds)}) GROUP BY article_id`,
    ),
};

// Across articles: (article_id, start_offset, id).
const afterAcrossArticles = (alias: string, after: CursorValues | null) =>
  after
    ? sql`AND (${sql.ref(`${alias}.article_id`)}, ${sql.ref(`${alias}.start_offset`)}, ${sql.ref(`${alias}.id`)}) > (${cursorNumber(after, 0)}, ${cursorNumber(after, 1)}, ${cursorNumber(after, 2)})`
    : nothing;

export const actorMentions = spansByParent<{ articleId: number | null }, MentionMapper>({
  table: 'mentions',
  columns: mentionColumns,
  parentColumn: 'actor_id',
  acrossArticles: true,
  where: byArticle,
});

export const locationMentions = spansByParent<{ articleId: number | null }, LocationMentionMapper>({
  table: 'location_mentions',
  columns: locationMentionColumns,
  parentColumn: 'location_id',
  acrossArticles: true,
  where: byArticle,
});

export const actorStatements = spansByParent<{ kind: string | null }, StatementMapper>({
  table: 'statements',
  columns: statementColumns,
  parentColumn: 'speaker_id',
  acrossArticles: true,
  where: byKind,
});

// Statements whose span contains a mention of the place.
export const locationStatements: NestedConnection<NoFilter, StatementMapper> = {
  shape: 'nnn',
  cursorOf: (row) => [row.articleId, row.start, row.dbId],
  page: (parent, _filter, after, limit) =>
    sql`
      SELECT ${statementColumns('s')}, row_number() OVER (ORDER BY s.article_id, s.start_offset, s.id) AS "__rank"
      FROM statements s
      WHERE EXISTS (SELECT 1 FROM location_mentions m WHERE m.location_id = ${parent} AND m.article_id = s.article_id
        AND m.start_offset >= s.start_offset AND m.end_offset <= s.end_offset)
        ${afterAcrossArticles('s', after)}
      ORDER BY s.article_id, s.start_offset, s.id LIMIT ${limit}`,
  counts: (db, parentIds) =>
    countsByParent(
      db,
      sql`SELECT m.location_id AS parent, count(DISTINCT s.id) AS n
      FROM location_mentions m JOIN statements s ON s.article_id = m.article_id
        AND m.start_offset >= s.start_offset AND m.end_offset <= s.end_offset
      WHERE m.location_id = ANY(${ids(parentIds)}) GROUP BY m.location_id`,
    ),
};

export const actorRelations: NestedConnection<NoFilter, RelationMapper> = {
  shape: 'n',
  cursorOf: (row) => [row.dbId],
  page: (parent, _filter, after, limit) =>
    sql`
      SELECT ${relationColumns('r')}, row_number() OVER (ORDER BY r.id) AS "__rank"
      FROM relations r WHERE (r.subject_id = ${parent} OR r.object_id = ${parent})
        ${after ? sql`AND r.id > ${cursorNumber(after, 0)}` : nothing}
      ORDER BY r.id LIMIT ${limit}`,
  counts: (db, parentIds) =>
    countsByParent(
      db,
      sql`SELECT p.parent, count(r.id) AS n FROM unnest(${ids(parentIds)}) AS p(parent)
      JOIN relations r ON r.subject_id = p.parent OR r.object_id = p.parent GROUP BY p.parent`,
    ),
};

// Newest first: (sort_at DESC, id DESC), the cursor's date as an ISO string.
const afterNewest = (after: CursorValues | null) =>
  after ? sql`AND (a.sort_at, a.id) < (${cursorString(after, 0)}::timestamptz, ${cursorNumber(after, 1)})` : nothing;

type ArticleRow = WithSort<ArticleMapper>;
const articleCursor = (row: ArticleRow): CursorValues => [new Date(row.sortKey).toISOString(), row.dbId];

/** Articles linked to a parent through a join table (article_actors, article_locations), newest first. */
function articlesThrough(
  joinTable: 'article_actors' | 'article_locations',
  parentColumn: 'actor_id' | 'location_id',
): NestedConnection<NoFilter, ArticleRow> {
  const join = sql.table(joinTable);
  const parent = sql.ref(`j.${parentColumn}`);
  return {
    shape: 'dn',
    cursorOf: articleCursor,
    page: (id, _filter, after, limit) =>
      sql`
      SELECT ${articleColumns('a')}, a.sort_at AS "sortKey", row_number() OVER (ORDER BY a.sort_at DESC, a.id DESC) AS "__rank"
      FROM ${join} j JOIN articles a ON a.id = j.article_id
      WHERE ${parent} = ${id} ${afterNewest(after)}
      ORDER BY a.sort_at DESC, a.id DESC LIMIT ${limit}`,
    counts: (db, parentIds) =>
      countsByParent(
        db,
        sql`SELECT ${parent} AS parent, count(*) AS n FROM ${join} j WHERE ${parent} = ANY(${ids(parentIds)}) GROUP BY ${parent}`,
      ),
  };
}

export const actorArticles = articlesThrough('article_actors', 'actor_id');
export const locationArticles = articlesThrough('article_locations', 'location_id');
