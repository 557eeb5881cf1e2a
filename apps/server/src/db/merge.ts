import type { Extraction } from '@newsgraph/extract';
import { sql, type Transaction } from 'kysely';
import type { Database } from './types.ts';

type Trx = Transaction<Database>;

/** Lower-cased, space-normalized: "Alexander  Lukashenko" and "alexander lukashenko" are one key. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The extracted actors of one article, one entry per kind and canonical name. */
interface ActorGroup {
  kind: string;
  name: string;
  key: string;
  title: string | null;
  countryCode: string | null;
  aliases: string[];
  count: number;
  localIds: string[];
}

interface ActorRow {
  id: number;
  kind: string;
  name: string;
  name_key: string;
  aliases: string[];
  alias_keys: string[];
  title: string | null;
  country_code: string | null;
  mention_count: number;
}

/** The row an extracted actor merges into: same name first, then its alias, then the row's alias. */
function bestMatch(group: ActorGroup, rows: ActorRow[]): ActorRow | undefined {
  const aliasKeys = new Set(group.aliases.map(nameKey));
  const rank = (row: ActorRow) =>
    row.name_key === group.key ? 0 : aliasKeys.has(row.name_key) ? 1 : row.alias_keys.includes(group.key) ? 2 : 3;
  return rows
    .filter((row) => row.kind === group.kind && rank(row) < 3)
    .sort((a, b) => rank(a) - rank(b) || b.mention_count - a.mention_count || a.id - b.id)[0];
}

/**
 * Merges an article's actors into the stored ones in three statements: one lookup (rows locked),
 * one update of the matched rows, one insert of the new ones. Same kind and a canonical name that
 * is the other's name or alias make one actor; the fuller name becomes canonical, the rest aliases.
 */
export async function upsertActors(trx: Trx, actors: Extraction['actors']): Promise<Map<string, number>> {
  const groups = new Map<string, ActorGroup>();
  for (const actor of actors) {
    const key = nameKey(actor.name);
    const id = `${actor.kind}\u0000${key}`;
    const group = groups.get(id);
    if (group) {
      group.aliases.push(...actor.aliases);
      group.title ??= actor.title;
      group.countryCode ??= actor.countryCode;
      group.count += actor.mentions.length;
      group.localIds.push(actor.id);
    } else {
      groups.set(id, {
        kind: actor.kind,
        name: actor.name,
        key,
        title: actor.title,
        countryCode: actor.countryCode,
        aliases: [...actor.aliases],
        count: actor.mentions.length,
        localIds: [actor.id],
      });
    }
  }
  const ids = new Map<string, number>();
  if (groups.size === 0) return ids;
  const list = [...groups.values()];
  const pairs = list.flatMap((group) =>
    [group.key, ...group.aliases.map(nameKey)].map((key) => [group.kind, key] as const),
  );
  // Locks in id order, so concurrent ingests touching the same actors wait for each other instead of deadlocking.
  const { rows } = await sql<ActorRow>`
    SELECT id, kind, name, name_key, aliases, alias_keys, title, country_code, mention_count FROM actors
    WHERE (kind, name_key) IN (SELECT * FROM unnest(${pairs.map((pair) => pair[0])}::text[], ${pairs.map((pair) => pair[1])}::text[]))
      OR (kind = ANY(${[...new Set(list.map((group) => group.kind))]}::text[]) AND alias_keys && ${list.map((group) => group.key)}::text[])
    ORDER BY id FOR UPDATE`.execute(trx);

  const updates = new Map<number, { row: ActorRow; add: number }>();
  const inserts: ActorGroup[] = [];
  for (const group of list) {
    const row = bestMatch(group, rows);
    if (!row) {
      inserts.push(group);
      continue;
    }
    const update = updates.get(row.id) ?? { row: { ...row }, add: 0 };
    const current = update.row;
    const name = group.name.length > current.name.length && current.name_key !== group.key ? group.name : current.name;
    current.aliases = unique([...current.aliases, current.name, group.name, ...group.aliases]).filter(
      (alias) => nameKey(alias) !== nameKey(name),
    );
    current.name = name;
    current.name_key = nameKey(name);
    current.title ??= group.title;
    current.country_code ??= group.countryCode;
    update.add += group.count;
    updates.set(row.id, update);
    for (const localId of group.localIds) ids.set(localId, row.id);
  }

  const vector = sql`setweight(to_tsvector('simple', u.name), 'A') ||
    setweight(to_tsvector('simple', array_to_string(u.aliases, ' ')), 'B') ||
    setweight(to_tsvector('simple', coalesce(u.title, '')), 'C')`;
  if (updates.size > 0) {
    const payload = [...updates.values()].map(({ row, add }) => ({
      id: row.id,
      name: row.name,
      name_key: row.name_key,
      aliases: row.aliases,
      alias_keys: row.aliases.map(nameKey),
      title: row.title,
      country_code: row.country_code,
      add,
    }));
    await sql`
      UPDATE actors a SET name = u.name, name_key = u.name_key, aliases = u.aliases, alias_keys = u.alias_keys,
        title = u.title, country_code = u.country_code, mention_count = a.mention_count + u.add, search = ${vector}
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS u(id int, name text, name_key text, aliases text[],
        alias_keys text[], title text, country_code text, add int)
      WHERE a.id = u.id`.execute(trx);
  }
  if (inserts.length > 0) {
    const payload = inserts
      .sort((a, b) => `${a.kind}\u0000${a.key}`.localeCompare(`${b.kind}\u0000${b.key}`))
      .map((group) => {
        const aliases = unique(group.aliases.filter((alias) => nameKey(alias) !== group.key));
        return {
          kind: group.kind,
          name: group.name,
          name_key: group.key,
          title: group.title,
          country_code: group.countryCode,
          aliases,
          alias_keys: aliases.map(nameKey),
          mention_count: group.count,
        };
      });
    // A concurrent ingest may have inserted the same actor meanwhile: then this adds to its count.
    const inserted = await sql<{ id: number; kind: string; name_key: string }>`
      INSERT INTO actors (kind, name, name_key, title, country_code, aliases, alias_keys, mention_count, search)
      SELECT u.kind, u.name, u.name_key, u.title, u.country_code, u.aliases, u.alias_keys, u.mention_count, ${vector}
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS u(kind text, name text, name_key text, title text,
        country_code text, aliases text[], alias_keys text[], mention_count int)
      ON CONFLICT (kind, name_key) DO UPDATE SET mention_count = actors.mention_count + EXCLUDED.mention_count
      RETURNING id, kind, name_key`.execute(trx);
    for (const row of inserted.rows) {
      for (const localId of groups.get(`${row.kind}\u0000${row.name_key}`)?.localIds ?? []) ids.set(localId, row.id);
    }
  }
  return ids;
}

/**
 * Merges an article's places into the stored ones: by GeoNames id when geocoded, else by kind and
 * name; one insert per kind of key, adding to the mention count of places already stored.
 */
export async function upsertLocations(trx: Trx, locations: Extraction['locations']): Promise<Map<string, number>> {
  const groups = new Map<
    string,
    { location: Extraction['locations'][number]; aliases: string[]; count: number; localIds: string[] }
  >();
  for (const location of locations) {
    const id =
      location.geonameId === null
        ? `n\u0000${location.kind}\u0000${nameKey(location.name)}`
        : `g\u0000${location.geonameId}`;
    const group = groups.get(id) ?? { location, aliases: [], count: 0, localIds: [] };
    group.aliases.push(...location.aliases);
    group.count += location.mentions.length;
    group.localIds.push(location.id);
    groups.set(id, group);
  }
  const ids = new Map<string, number>();
  const entries = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const geocoded of [true, false]) {
    const batch = entries.filter(([, group]) => (group.location.geonameId !== null) === geocoded);
    if (batch.length === 0) continue;
    const payload = batch.map(([, { location, aliases, count }]) => ({
      kind: location.kind,
      name: location.name,
      name_key: nameKey(location.name),
      country_code: location.countryCode,
      latitude: location.latitude,
      longitude: location.longitude,
      geoname_id: location.geonameId,
      aliases: unique(aliases),
      mention_count: count,
    }));
    const conflict = geocoded
      ? sql`ON CONFLICT (geoname_id) WHERE geoname_id IS NOT NULL`
      : sql`ON CONFLICT (kind, name_key) WHERE geoname_id IS NULL`;
    const { rows } = await sql<{ id: number; kind: string; name_key: string; geoname_id: number | null }>`
      INSERT INTO locations (kind, name, name_key, country_code, latitude, longitude, geoname_id, aliases, mention_count, search)
      SELECT u.kind, u.name, u.name_key, u.country_code, u.latitude, u.longitude, u.geoname_id, u.aliases, u.mention_count,
        setweight(to_tsvector('simple', u.name), 'A') || setweight(to_tsvector('simple', array_to_string(u.aliases, ' ')), 'B')
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS u(kind text, name text, name_key text, country_code text,
        latitude float8, longitude float8, geoname_id int, aliases text[], mention_count int)
      ${conflict} DO UPDATE SET mention_count = locations.mention_count + EXCLUDED.mention_count,
        aliases = ARRAY(SELECT DISTINCT unnest(locations.aliases || EXCLUDED.aliases))
      RETURNING id, kind, name_key, geoname_id`.execute(trx);
    for (const row of rows) {
      const id = row.geoname_id === null ? `n\u0000${row.kind}\u0000${row.name_key}` : `g\u0000${row.geoname_id}`;
      for (const localId of groups.get(id)?.localIds ?? []) ids.set(localId, row.id);
    }
  }
  return ids;
}
