import { airportNamed } from '../model/places.ts';
import type { Location } from '../types.ts';
import type { Resolved } from './05-resolve.ts';
import type { Candidate } from './types.ts';

/** A location before its id is given; its aliases are its other mention texts. */
type Entry = Omit<Location, 'id' | 'aliases'>;

/**
 * One Location per place, mentions in text order, ids in order of first mention. A facility is
 * one location per name (no GeoNames id: no package ships GeoNames' facilities). An airport the
 * airport data knows ("Heathrow Airport", "JFK Airport") has its own point and country. Any other
 * facility takes the country of the place its name contains and, when that is a city or a
 * state or province, that place's point: a facility named for a place ("Crimean Bridge",
 * "Zaporizhzhia Nuclear Power Plant") lies in or by it, so the point is an approximation of the
 * facility's own, no better than the place's size. A country or continent is too large for that.
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
    const airport = airportNamed(name);
    const within = f.places[0];
    // "Hoover Dam", "Lincoln Tunnel": a place name that is also a person's is likely the person's.
    const near =
      (within?.kind === 'CITY' || (within?.kind === 'REGION' && within.countryCode)) && !within.homonym
        ? within
        : undefined;
    add(
      `f${name.toLowerCase()}`,
      () => ({
        name,
        kind: 'FACILITY',
        countryCode: airport?.countryCode ?? within?.countryCode ?? null,
        latitude: airport?.latitude ?? near?.latitude ?? null,
        longitude: airport?.longitude ?? near?.longitude ?? null,
        geonameId: null,
      }),
      f,
    );
  }
  const sorted = [...entries.values()].map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
  sorted.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return sorted.map(({ mentions, ...place }, i) => ({
    id: `l${i + 1}`,
    ...place,
    aliases: [...new Set(mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((t) => t !== place.name),
    mentions,
  }));
}
