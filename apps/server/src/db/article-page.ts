import { type RawBuilder, sql } from 'kysely';
import type { ActorMapper } from '../mappers/actor.mappers.ts';
import type { ArticleMapper } from '../mappers/article.mappers.ts';
import type { LocationMapper } from '../mappers/location.mappers.ts';
import type { SectionRow } from './by-id.ts';
import { actorColumns, articleColumns, locationColumns } from './columns.ts';
import type { Db } from './db.ts';

/** A list under the article, fetched in the same statement; `refs` name its columns holding actor or location ids. */
export interface ArticlePart {
  page: RawBuilder<unknown>;
  actorRefs: string[];
  locationRefs: string[];
}

export interface ArticleWithParts {
  article: ArticleMapper;
  sections: SectionRow[] | null;
  /** Each part's rows in page order, in the order of the parts asked for. */
  parts: unknown[][];
  /** The actors and places the parts' `refs` point to. */
  actors: ActorMapper[];
  locations: LocationMapper[];
}

const jsonRows = (from: RawBuilder<unknown>, order: RawBuilder<unknown> = sql``) =>
  sql`(SELECT coalesce(json_agg(r ${order}), '[]'::json) FROM ${from} r)`;

/** The ids in `refs` columns of the parts' result sets (p0, p1, ...), or none. */
function referenced(parts: ArticlePart[], refsOf: (part: ArticlePart) => string[]) {
  const selects = parts.flatMap((part, index) =>
    refsOf(part).map((column) => sql`SELECT ${sql.ref(column)} FROM ${sql.table(`p${index}`)}`),
  );
  return sql.join(selects, sql` UNION `);
}

/**
 * An article with its sections and lists in one statement, so a reader page costs one round
 * trip (each is about a millisecond on embedded PGlite, and a page needs seven). The lists are
 * the same SQL their loaders run, as CTEs; the actors and places they refer to come along.
 * Null when no article has the id.
 */
export async function articleWithParts(
  db: Db,
  articleId: number,
  options: { sections: boolean; parts: ArticlePart[] },
): Promise<ArticleWithParts | null> {
  const { parts } = options;
  const ctes = parts.map((part, index) => sql`${sql.table(`p${index}`)} AS (${part.page})`);
  const withParts = ctes.length ? sql`WITH ${sql.join(ctes)}` : sql``;
  const sections = options.sections
    ? jsonRows(
        sql`(SELECT article_id AS "articleId", kind, start_offset AS start, end_offset AS "end" FROM sections
          WHERE article_id = a.id ORDER BY start_offset, id)`,
      )
    : sql`NULL::json`;
  const partColumns = parts.map((_part, index) => jsonRows(sql.table(`p${index}`), sql`ORDER BY r."__rank"`));
  const refsTo = (table: string, columns: RawBuilder<unknown>, refsOf: (part: ArticlePart) => string[]) =>
    parts.some((part) => refsOf(part).length)
      ? jsonRows(
          sql`(SELECT ${columns} FROM ${sql.table(table)} t WHERE t.id = ANY (ARRAY(${referenced(parts, refsOf)})))`,
        )
      : sql`NULL::json`;
  const { rows } = await sql<
    ArticleMapper & {
      __sections: SectionRow[] | null;
      __parts: unknown[][];
      __actors: ActorMapper[] | null;
      __locations: LocationMapper[] | null;
    }
  >`
    ${withParts}
    SELECT ${articleColumns('a')}, ${sections} AS "__sections",
      json_build_array(${partColumns.length ? sql.join(partColumns) : sql``}) AS "__parts",
      ${refsTo('actors', actorColumns('t'), (part) => part.actorRefs)} AS "__actors",
      ${refsTo('locations', locationColumns('t'), (part) => part.locationRefs)} AS "__locations"
    FROM articles a WHERE a.id = ${articleId}`.execute(db.kysely);
  const row = rows[0];
  if (!row) return null;
  const { __sections, __parts, __actors, __locations, ...article } = row;
  return { article, sections: __sections, parts: __parts, actors: __actors ?? [], locations: __locations ?? [] };
}
