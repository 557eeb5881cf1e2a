import { sql } from 'kysely';
import type { Db } from './db.ts';

export interface SearchRow {
  type: 'Article' | 'Actor' | 'Statement' | 'Location';
  id: number;
  score: number;
  snippet: string;
}

/** Of the matches of each kind, only this many (the newest) are ranked: the cost of a page stays flat as the archive grows. */
export const RANKED_PER_KIND = 200;
/** Counting stops here: a query matching more reports this many (counting every match grows with the archive). */
export const COUNT_CAP = 1000;

// Texts are stemmed (english), names are not (simple); names weigh more than a word in a long text.
// Matches come from the GIN indexes; ts_rank reads each candidate's vector, so it runs on at most
// RANKED_PER_KIND candidates per kind, the newest (highest id) first.
const KINDS = [
  { type: 'Article', table: 'articles', words: 'english', weight: 1 },
  { type: 'Actor', table: 'actors', words: 'simple', weight: 2 },
  { type: 'Statement', table: 'statements', words: 'english', weight: 1 },
  { type: 'Location', table: 'locations', words: 'simple', weight: 2 },
] as const;

const hits = (query: string) =>
  sql.join(
    KINDS.map(
      ({ type, table, words, weight }) => sql`
    SELECT ${type}::text AS type, c.id, ${weight} * ts_rank(c.search, to_tsquery(${words}::regconfig, ${query})) AS score
    FROM (SELECT t.id, t.search FROM ${sql.table(table)} t WHERE t.search @@ to_tsquery(${words}::regconfig, ${query})
      ORDER BY t.id DESC LIMIT ${RANKED_PER_KIND}) c`,
    ),
    sql` UNION ALL `,
  );

const HEADLINE = 'MaxFragments=1, MaxWords=24, MinWords=8, StartSel="", StopSel=""';

/** Best match first; snippets only for the rows of the page. */
export async function searchAll(db: Db, query: string, offset: number, limit: number): Promise<SearchRow[]> {
  const { rows } = await sql<SearchRow>`
    WITH page AS (SELECT * FROM (${hits(query)}) h ORDER BY h.score DESC, h.type, h.id OFFSET ${offset} LIMIT ${limit})
    SELECT page.type, page.id, page.score::float8 AS score,
      CASE page.type
        WHEN 'Article' THEN (SELECT ts_headline('english', coalesce(a.title || ': ', '') || left(a.text, 5000), to_tsquery('english', ${query}), ${HEADLINE}) FROM articles a WHERE a.id = page.id)
        WHEN 'Statement' THEN (SELECT ts_headline('english', s.text, to_tsquery('english', ${query}), ${HEADLINE}) FROM statements s WHERE s.id = page.id)
        WHEN 'Actor' THEN (SELECT c.name || coalesce(', ' || c.title, '') FROM actors c WHERE c.id = page.id)
        ELSE (SELECT l.name FROM locations l WHERE l.id = page.id)
      END AS snippet
    FROM page ORDER BY page.score DESC, page.type, page.id`.execute(db.kysely);
  return rows.map((row) => ({ ...row, score: Number(row.score) }));
}

/**
 * The matches, counted from the indexes without ranking, up to COUNT_CAP: each kind newest first
 * (the primary key's order), so the plan stops early on an index instead of reading a whole table.
 */
export async function countSearch(db: Db, query: string): Promise<number> {
  const counts = KINDS.map(
    ({ table, words }) =>
      sql`(SELECT count(*) FROM (SELECT 1 FROM ${sql.table(table)} t WHERE t.search @@ to_tsquery(${words}::regconfig, ${query})
        ORDER BY t.id DESC LIMIT ${COUNT_CAP}) m)`,
  );
  const { rows } = await sql<{ n: number }>`SELECT least(${sql.join(counts, sql` + `)}, ${COUNT_CAP}) AS n`.execute(
    db.kysely,
  );
  return Number(rows[0]?.n ?? 0);
}
