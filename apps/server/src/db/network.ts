import { sql } from 'kysely';
import type { ActorMapper } from '../mappers/actor.mappers.ts';
import type { NetworkLinkMapper } from '../mappers/relation.mappers.ts';
import { actorColumns, andIf } from './columns.ts';
import type { Db } from './db.ts';

/**
 * The `limit` most mentioned actors (of one article, or of the corpus) and the links among them:
 * stated relations, statements whose span mentions another actor, and statements quoted through a source.
 */
export async function loadNetwork(
  db: Db,
  articleId: number | null,
  limit: number,
): Promise<{ actors: ActorMapper[]; links: NetworkLinkMapper[] }> {
  const { rows: actors } = await (articleId === null
    ? sql<ActorMapper>`SELECT ${actorColumns('a')} FROM actors a ORDER BY a.mention_count DESC, a.id LIMIT ${limit}`
    : sql<ActorMapper>`SELECT ${actorColumns('a')} FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
        WHERE aa.article_id = ${articleId} ORDER BY aa.mention_count DESC, a.id LIMIT ${limit}`
  ).execute(db.kysely);
  const ids = sql`${actors.map((actor) => actor.dbId)}::int[]`;
  const inArticle = (alias: string) => andIf(articleId, (id) => sql`${sql.ref(`${alias}.article_id`)} = ${id}`);
  const { rows: links } = await sql<NetworkLinkMapper>`
    SELECT r.subject_id AS "sourceId", r.object_id AS "targetId", 'RELATION' AS kind, r.predicate AS label, count(*) AS weight
    FROM relations r
    WHERE r.subject_id = ANY(${ids}) AND r.object_id = ANY(${ids}) ${inArticle('r')}
    GROUP BY r.subject_id, r.object_id, r.predicate
    UNION ALL
    SELECT s.speaker_id, m.actor_id, 'SPEAKS_ABOUT', NULL, count(DISTINCT s.id)
    FROM statements s
    JOIN mentions m ON m.article_id = s.article_id AND m.start_offset >= s.start_offset AND m.end_offset <= s.end_offset
    WHERE s.speaker_id = ANY(${ids}) AND m.actor_id = ANY(${ids}) AND m.actor_id <> s.speaker_id ${inArticle('s')}
    GROUP BY s.speaker_id, m.actor_id
    UNION ALL
    SELECT s.speaker_id, s.source_id, 'QUOTED_BY', NULL, count(*)
    FROM statements s
    WHERE s.speaker_id = ANY(${ids}) AND s.source_id = ANY(${ids}) AND s.source_id <> s.speaker_id ${inArticle('s')}
    GROUP BY s.speaker_id, s.source_id
    ORDER BY 5 DESC, 3, 1, 2`.execute(db.kysely);
  return { actors, links: links.map((link) => ({ ...link, weight: Number(link.weight) })) };
}
