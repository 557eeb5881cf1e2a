import type { ColumnType, Generated } from 'kysely';

/** Columns the database fills in and never takes from an insert (generated tsvectors). */
type ReadOnly<T> = ColumnType<T, never, never>;

export interface ArticlesTable {
  id: Generated<number>;
  content_hash: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published_at: Date | null;
  ingested_at: Generated<Date>;
  sort_at: Date;
  text: string;
  word_count: number;
  search: ReadOnly<string>;
}

export interface SectionsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  start_offset: number;
  end_offset: number;
}

export interface ActorsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  name_key: string;
  title: string | null;
  country_code: string | null;
  aliases: string[];
  alias_keys: string[];
  mention_count: number;
  search: string;
}

export interface ArticleActorsTable {
  article_id: number;
  actor_id: number;
  mention_count: number;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  actor_id: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface LocationsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  name_key: string;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  geoname_id: number | null;
  aliases: string[];
  mention_count: number;
  search: string;
}

export interface ArticleLocationsTable {
  article_id: number;
  location_id: number;
  mention_count: number;
}

export interface LocationMentionsTable {
  id: Generated<number>;
  article_id: number;
  location_id: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface StatementsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  text: string;
  start_offset: number;
  end_offset: number;
  cue: string | null;
  speaker_id: number | null;
  source_id: number | null;
  addressee_id: number | null;
  search: ReadOnly<string>;
}

export interface RelationsTable {
  id: Generated<number>;
  article_id: number;
  subject_id: number;
  predicate: string;
  object_id: number;
  start_offset: number;
  end_offset: number;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface Database {
  articles: ArticlesTable;
  sections: SectionsTable;
  actors: ActorsTable;
  article_actors: ArticleActorsTable;
  mentions: MentionsTable;
  locations: LocationsTable;
  article_locations: ArticleLocationsTable;
  location_mentions: LocationMentionsTable;
  statements: StatementsTable;
  relations: RelationsTable;
  schema_migrations: SchemaMigrationsTable;
}

/** The tables that hold stored articles and what was extracted from them (all but the migrations'). */
export const ARTICLE_DATA_TABLES = [
  'articles',
  'sections',
  'actors',
  'article_actors',
  'mentions',
  'locations',
  'article_locations',
  'location_mentions',
  'statements',
  'relations',
] as const satisfies readonly Exclude<keyof Database, 'schema_migrations'>[];
