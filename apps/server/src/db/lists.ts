import { sql } from 'kysely';
import type { ActorMapper } from '../mappers/actor.mappers.ts';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import type { LocationMapper } from '../mappers/location.mappers.ts';
import type { StatementMapper } from '../mappers/statement.mappers.ts';
import { type CursorValues, cursorNumber, cursorString } from '../pagination.ts';
import {
  actorColumns,
  afterByCount,
  andIf,
  articleColumns,
  locationColumns,
  nothing,
  statementColumns,
} from './columns.ts';
import type { Db } from './db.ts';

// Top-level lists: keyset pagination on indexed sort keys; each returns up to `limit` rows.

export interface ListArticlesFilter {
  /** A prefix tsquery (see toPrefixQuery). */
  search: string | null;
}

const articleSearch = (query: string | null) => andIf(query, (q) => sql`a.search @@ to_tsquery('english', ${q})`);

export async function listArticles(db: Db, filter: ListArticlesFilter, after: CursorValues | null, limit: number) {
  const { rows } = await sql<ArticleMapper & { sortAt: Date }>`
    SELECT ${articleColumns('a')}, a.sort_at AS "sortAt" FROM articles a
    WHERE true ${articleSearch(filter.search)}
      ${after ? sql`AND (a.sort_at, a.id) < (${cursorString(after, 0)}::timestamptz, ${cursorNumber(after, 1)})` : nothing}
    ORDER BY a.sort_at DESC, a.id DESC LIMIT ${limit}`.execute(db.kysely);
  return rows;
}

export async function countArticles(db: Db, filter: ListArticlesFilter): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM articles a WHERE true ${articleSearch(filter.search)}`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}

export interface ListActorsFilter {
  kind: string | null;
  search: string | null;
}

const actorFilter = (filter: ListActorsFilter) => sql`
  ${andIf(filter.kind, (kind) => sql`a.kind = ${kind}`)}
  ${andIf(filter.search, (q) => sql`a.search @@ to_tsquery('simple', ${q})`)}`;

export async function listActors(db: Db, filter: ListActorsFilter, after: CursorValues | null, limit: number) {
  const { rows } = await sql<ActorMapper>`
    SELECT ${actorColumns('a')} FROM actors a WHERE true ${actorFilter(filter)}
      ${afterByCount('a.mention_count', 'a.id', after)}
    ORDER BY a.mention_count DESC, a.id LIMIT ${limit}`.execute(db.kysely);
  return rows;
}

export async function countActors(db: Db, filter: ListActorsFilter): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM actors a WHERE true ${actorFilter(filter)}`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}

export interface ListLocationsFilter {
  kind: string | null;
  countryCode: string | null;
}

const locationFilter = (filter: ListLocationsFilter) => sql`
  ${andIf(filter.kind, (kind) => sql`l.kind = ${kind}`)}
  ${andIf(filter.countryCode, (code) => sql`l.country_code = ${code.toUpperCase()}`)}`;

export async function listLocations(db: Db, filter: ListLocationsFilter, after: CursorValues | null, limit: number) {
  const { rows } = await sql<LocationMapper>`
    SELECT ${locationColumns('l')} FROM locations l WHERE true ${locationFilter(filter)}
      ${afterByCount('l.mention_count', 'l.id', after)}
    ORDER BY l.mention_count DESC, l.id LIMIT ${limit}`.execute(db.kysely);
  return rows;
}

export async function countLocations(db: Db, filter: ListLocationsFilter): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM locations l WHERE true ${locationFilter(filter)}`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}

export interface ListStatementsFilter {
  speakerId: number | null;
  articleId: number | null;
  kind: string | null;
  cue: string | null;
  search: string | null;
}

const statementFilter = (filter: ListStatementsFilter) => sql`
  ${andIf(filter.speakerId, (id) => sql`s.speaker_id = ${id}`)}
  ${andIf(filter.articleId, (id) => sql`s.article_id = ${id}`)}
  ${andIf(filter.kind, (kind) => sql`s.kind = ${kind}`)}
  ${andIf(filter.cue, (cue) => sql`lower(s.cue) = ${cue.toLowerCase()}`)}
  ${andIf(filter.search, (q) => sql`s.search @@ to_tsquery('english', ${q})`)}`;

/** Newest article first, then text order: (sort_at DESC, article_id DESC, start_offset, id). */
export async function listStatements(db: Db, filter: ListStatementsFilter, after: CursorValues | null, limit: number) {
  const { rows } = await sql<StatementMapper & { sortAt: Date }>`
    SELECT ${statementColumns('s')}, a.sort_at AS "sortAt"
    FROM statements s JOIN articles a ON a.id = s.article_id
    WHERE true ${statementFilter(filter)}
      ${
        after
          ? sql`AND ((a.sort_at, a.id) < (${cursorString(after, 0)}::timestamptz, ${cursorNumber(after, 1)})
              OR (a.id = ${cursorNumber(after, 1)} AND (s.start_offset, s.id) > (${cursorNumber(after, 2)}, ${cursorNumber(after, 3)})))`
          : nothing
      }
    ORDER BY a.sort_at DESC, a.id DESC, s.start_offset, s.id LIMIT ${limit}`.execute(db.kysely);
  return rows;
}

export async function countStatements(db: Db, filter: ListStatementsFilter): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM statements s WHERE true ${statementFilter(filter)}`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}
