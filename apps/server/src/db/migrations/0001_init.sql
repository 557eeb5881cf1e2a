-- Offsets are UTF-16 code units into articles.text, end exclusive (start_offset/end_offset: END is reserved).

CREATE TABLE articles (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  title text,
  url text,
  publisher text,
  published_at timestamptz,
  ingested_at timestamptz(3) NOT NULL DEFAULT now(),
  -- Millisecond precision so a cursor (a JS date) names a row exactly. "Newest first" orders by the publication date, or the ingest date when unknown.
  sort_at timestamptz(3) NOT NULL,
  text text NOT NULL,
  word_count integer NOT NULL,
  -- Only the start of very long texts is indexed: a tsvector is limited to 1 MB.
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', left(text, 100000)), 'B')
  ) STORED
);
CREATE INDEX articles_sort ON articles (sort_at DESC, id DESC);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE sections (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  kind text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL
);
CREATE INDEX sections_article ON sections (article_id, start_offset);

CREATE TABLE actors (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  name text NOT NULL,
  -- Lower-cased canonical name; with kind, the identity used to merge actors across articles.
  name_key text NOT NULL,
  title text,
  country_code text,
  aliases text[] NOT NULL DEFAULT '{}',
  -- Lower-cased aliases, to merge an article's "Lukashenko" into "Alexander Lukashenko".
  alias_keys text[] NOT NULL DEFAULT '{}',
  mention_count integer NOT NULL DEFAULT 0,
  search tsvector NOT NULL,
  UNIQUE (kind, name_key)
);
CREATE INDEX actors_alias_keys ON actors USING gin (alias_keys);
CREATE INDEX actors_rank ON actors (mention_count DESC, id);
CREATE INDEX actors_kind_rank ON actors (kind, mention_count DESC, id);
CREATE INDEX actors_search ON actors USING gin (search);

CREATE TABLE article_actors (
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  actor_id integer NOT NULL REFERENCES actors,
  mention_count integer NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id);

CREATE TABLE mentions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  actor_id integer NOT NULL REFERENCES actors,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, start_offset, id);
CREATE INDEX mentions_actor ON mentions (actor_id, article_id, start_offset, id);

CREATE TABLE locations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  name text NOT NULL,
  name_key text NOT NULL,
  country_code text,
  latitude double precision,
  longitude double precision,
  geoname_id integer,
  aliases text[] NOT NULL DEFAULT '{}',
  mention_count integer NOT NULL DEFAULT 0,
  search tsvector NOT NULL
);
-- Places merge by GeoNames id when geocoded, else by kind and name.
CREATE UNIQUE INDEX locations_geoname ON locations (geoname_id) WHERE geoname_id IS NOT NULL;
CREATE UNIQUE INDEX locations_name ON locations (kind, name_key) WHERE geoname_id IS NULL;
CREATE INDEX locations_rank ON locations (mention_count DESC, id);
CREATE INDEX locations_search ON locations USING gin (search);

CREATE TABLE article_locations (
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  location_id integer NOT NULL REFERENCES locations,
  mention_count integer NOT NULL,
  PRIMARY KEY (article_id, location_id)
);
CREATE INDEX article_locations_location ON article_locations (location_id, article_id);

CREATE TABLE location_mentions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  location_id integer NOT NULL REFERENCES locations,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL
);
CREATE INDEX location_mentions_article ON location_mentions (article_id, start_offset, id);
CREATE INDEX location_mentions_location ON location_mentions (location_id, article_id, start_offset, id);

CREATE TABLE statements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  kind text NOT NULL,
  text text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  cue text,
  speaker_id integer REFERENCES actors,
  source_id integer REFERENCES actors,
  addressee_id integer REFERENCES actors,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 100000))) STORED
);
CREATE INDEX statements_article ON statements (article_id, start_offset, id);
CREATE INDEX statements_speaker ON statements (speaker_id, article_id, start_offset, id);
CREATE INDEX statements_search ON statements USING gin (search);

CREATE TABLE relations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
  subject_id integer NOT NULL REFERENCES actors,
  predicate text NOT NULL,
  object_id integer NOT NULL REFERENCES actors,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL
);
CREATE INDEX relations_article ON relations (article_id, start_offset, id);
CREATE INDEX relations_subject ON relations (subject_id, id);
CREATE INDEX relations_object ON relations (object_id, id);
