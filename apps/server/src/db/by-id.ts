import { type RawBuilder, sql } from 'kysely';
import type { ActorMapper, MentionMapper } from '../mappers/actor.mappers.ts';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import type { LocationMapper, LocationMentionMapper } from '../mappers/location.mappers.ts';
import type { RelationMapper } from '../mappers/relation.mappers.ts';
import type { StatementMapper } from '../mappers/statement.mappers.ts';
import {
  actorColumns,
  articleColumns,
  locationColumns,
  locationMentionColumns,
  mentionColumns,
  relationColumns,
  statementColumns,
} from './columns.ts';
import type { Db } from './db.ts';

export interface SectionRow {
  articleId: number;
  kind: 'BODY' | 'APPEAL' | 'BYLINE' | 'CAPTION' | 'DISCLOSURE' | 'NAVIGATION' | 'CHROME';
  start: number;
  end: number;
}

/** Rows by id, in the order of `ids`, null where no row has the id (DataLoader's contract). */
async function byIds<R extends { dbId: number }>(
  db: Db,
  table: string,
  columns: RawBuilder<unknown>,
  ids: readonly number[],
): Promise<(R | null)[]> {
  const { rows } =
    await sql<R>`SELECT ${columns} FROM ${sql.table(table)} t WHERE t.id = ANY(${[...ids]}::int[])`.execute(db.kysely);
  const found = new Map(rows.map((row) => [row.dbId, row]));
  return ids.map((id) => found.get(id) ?? null);
}

export const articlesByIds = (db: Db, ids: readonly number[]) =>
  byIds<ArticleMapper>(db, 'articles', articleColumns('t'), ids);
export const actorsByIds = (db: Db, ids: readonly number[]) => byIds<ActorMapper>(db, 'actors', actorColumns('t'), ids);
export const mentionsByIds = (db: Db, ids: readonly number[]) =>
  byIds<MentionMapper>(db, 'mentions', mentionColumns('t'), ids);
export const locationsByIds = (db: Db, ids: readonly number[]) =>
  byIds<LocationMapper>(db, 'locations', locationColumns('t'), ids);
export const locationMentionsByIds = (db: Db, ids: readonly number[]) =>
  byIds<LocationMentionMapper>(db, 'location_mentions', locationMentionColumns('t'), ids);
export const statementsByIds = (db: Db, ids: readonly number[]) =>
  byIds<StatementMapper>(db, 'statements', statementColumns('t'), ids);
export const relationsByIds = (db: Db, ids: readonly number[]) =>
  byIds<RelationMapper>(db, 'relations', relationColumns('t'), ids);

/** Every section of each article, in text order. */
export async function sectionsByArticles(db: Db, articleIds: readonly number[]): Promise<SectionRow[][]> {
  const { rows } = await sql<SectionRow>`
    SELECT article_id AS "articleId", kind, start_offset AS start, end_offset AS "end" FROM sections
    WHERE article_id = ANY(${[...articleIds]}::int[]) ORDER BY article_id, start_offset, id`.execute(db.kysely);
  return articleIds.map((id) => rows.filter((row) => row.articleId === id));
}
