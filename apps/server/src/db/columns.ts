import { type RawBuilder, sql } from 'kysely';
import { type CursorValues, cursorNumber } from '../pagination.ts';

// Select lists that alias columns to the mapper field names, so rows are mappers as they come.

export const articleColumns = (a: string) =>
  sql.raw(
    `${a}.id AS "dbId", ${a}.content_hash AS "contentHash", ${a}.title, ${a}.url, ${a}.publisher, ` +
      `${a}.published_at AS "publishedAt", ${a}.ingested_at AS "ingestedAt", ${a}.text, ${a}.word_count AS "wordCount"`,
  );

export const actorColumns = (a: string) =>
  sql.raw(
    `${a}.id AS "dbId", ${a}.kind, ${a}.name, ${a}.title, ${a}.country_code AS "countryCode", ` +
      `${a}.aliases, ${a}.mention_count AS "mentionCount"`,
  );

export const mentionColumns = (m: string) =>
  sql.raw(
    `${m}.id AS "dbId", ${m}.article_id AS "articleId", ${m}.actor_id AS "actorId", ` +
      `${m}.start_offset AS start, ${m}.end_offset AS "end", ${m}.text`,
  );

export const locationColumns = (l: string) =>
  sql.raw(
    `${l}.id AS "dbId", ${l}.kind, ${l}.name, ${l}.country_code AS "countryCode", ${l}.latitude, ` +
      `${l}.longitude, ${l}.geoname_id AS "geonameId", ${l}.mention_count AS "mentionCount"`,
  );

export const locationMentionColumns = (m: string) =>
  sql.raw(
    `${m}.id AS "dbId", ${m}.article_id AS "articleId", ${m}.location_id AS "locationId", ` +
      `${m}.start_offset AS start, ${m}.end_offset AS "end", ${m}.text`,
  );

export const statementColumns = (s: string) =>
  sql.raw(
    `${s}.id AS "dbId", ${s}.article_id AS "articleId", ${s}.kind, ${s}.text, ${s}.start_offset AS start, ` +
      `${s}.end_offset AS "end", ${s}.cue, ${s}.speaker_id AS "speakerId", ${s}.source_id AS "sourceId", ` +
      `${s}.addressee_id AS "addresseeId"`,
  );

export const relationColumns = (r: string) =>
  sql.raw(
    `${r}.id AS "dbId", ${r}.article_id AS "articleId", ${r}.subject_id AS "subjectId", ${r}.predicate, ` +
      `${r}.object_id AS "objectId", ${r}.start_offset AS start, ${r}.end_offset AS "end"`,
  );

/** An SQL fragment that adds nothing, for optional filters. */
export const nothing: RawBuilder<unknown> = sql``;

/** `AND <condition>` when the filter is given, else nothing. */
export function andIf<T>(value: T | null | undefined, condition: (value: T) => RawBuilder<unknown>) {
  return value === null || value === undefined ? nothing : sql`AND ${condition(value)}`;
}

/** Most mentioned first, (count DESC, id ASC): the rows after a cursor's (count, id). */
export const afterByCount = (count: string, id: string, after: CursorValues | null) =>
  after
    ? sql`AND (${sql.ref(count)} < ${cursorNumber(after, 0)} OR (${sql.ref(count)} = ${cursorNumber(after, 0)} AND ${sql.ref(id)} > ${cursorNumber(after, 1)}))`
    : nothing;
