import { sql } from 'kysely';
import type { Db } from './db.ts';

export interface SearchRow {
  type: 'Article' | 'Actor' | 'Statement' | 'Location';
  id: number;
  score: number;
  snippet: string;
}

// Texts are stemmed (english), names are not (simple); names weigh more than a word in a long text.
const hits = (query: string) => sql`
  WITH q AS (SELECT to_tsquery('english', ${query}) AS words, to_tsquery('simple', ${query}) AS names)
  SELECT 'Article' AS type, a.id, ts_rank(a.search, q.words) AS score FROM articles a, q WHERE a.search @@ q.words
  UNION ALL
  SELECT 'Actor', c.id, 2 * ts_rank(c.search, q.names) FROM actors c, q WHERE c.search @@ q.names
  UNION ALL
  SELECT 'Statement', s.id, ts_rank(s.search, q.words) FROM statements s, q WHERE s.search @@ q.words
  UNION ALL
  SELECT 'Location', l.id, 2 * ts_rank(l.search, q.names) FROM locations l, q WHERE l.search @@ q.names`;

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

export async function countSearch(db: Db, query: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${hits(query)}) h`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}
