import type { Location, LocationKind, Mention } from '../types.ts';
import type { Resolved } from './04-resolve.ts';
import type { Candidate } from './types.ts';

interface Entry {
  name: string;
  kind: LocationKind;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  geonameId: number | null;
  mentions: Mention[];
}

/**
 * One Location per place, mentions in text order, ids in order of first mention. A facility is
 * one location per name; it takes the country of the place its name contains and, when that is
 * a city, the city's coordinates (no GeoNames id: the id would be the city's, not the facility's).
 */
export function groupLocations(
  text: string,
  places: readonly Resolved[],
  facilities: readonly Candidate[],
): Location[] {
  const entries = new Map<string, Entry>();
  const add = (key: string, fresh: () => Omit<Entry, 'mentions'>, span: { start: number; end: number }) => {
    let entry = entries.get(key);
    if (!entry) {
      entry = { ...fresh(), mentions: [] };
      entries.set(key, entry);
    }
    entry.mentions.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  };
  for (const { candidate, place } of places) {
    add(
      place.geonameId === null ? `${place.kind}:${place.countryCode}:${place.name}` : `g${place.geonameId}`,
      () => ({
        name: place.name,
        kind: place.kind,
        countryCode: place.countryCode,
        latitude: place.latitude,
        longitude: place.longitude,
        geonameId: place.geonameId,
      }),
      candidate,
    );
  }
  for (const f of facilities) {
    const name = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const within = f.places[0];
    const city = within?.kind === 'CITY' ? within : undefined;
    add(
      `f${name.toLowerCase()}`,
      () => ({
        name,
        kind: 'FACILITY',
        countryCode: within?.countryCode ?? null,
        latitude: city?.latitude ?? null,
        longitude: city?.longitude ?? null,
        geonameId: null,
      }),
      f,
    );
  }
  const sorted = [...entries.values()].map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
  sorted.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return sorted.map((e, i) => ({
    id: `l${i + 1}`,
    name: e.name,
    kind: e.kind,
    countryCode: e.countryCode,
    latitude: e.latitude,
    longitude: e.longitude,
    geonameId: e.geonameId,
    aliases: [...new Set(e.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((t) => t !== e.name),
    mentions: e.mentions,
  }));
}
