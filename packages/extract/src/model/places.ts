// Place lookup over the offline gazetteer (gazetteer.tsv, built from GeoNames-derived packages by
// build-gazetteer.ts). Countries and regions are read on first use; cities when a name first
// reaches them (the name index is searched, not loaded into a map).
//
//   lookupPlace('Moscow')        -> { kind: 'CITY', countryCode: 'RU', capitalOf: 'RU', geonameId: 524901, ... }
//   lookupPlace('Washington')    -> the US capital (countries, then by prominence: population, capital)
//   lookupPlaces('Washington')   -> every candidate, best first, for disambiguation by context
//   placesNamed('The Hague')     -> like lookupPlaces, but the name must match exactly
//   lookupPlace('the Russian Federation') -> the country RU (a leading "the" is ignored)
//   lookupPlace('Nice').homonym  -> 'WORD' (also an English word; 'NAME' for "Jackson", "Jordan")
//   countryByCode('BY')          -> { code: 'BY', name: 'Belarus', demonyms: ['Belarusian'], capital: Place, ... }
//   countryOfDemonym('Ukrainian') -> 'UA'
//   countryOfArea('Texas')       -> 'US' (countries and first-order regions, for "Paris, Texas")
//   regionsNamed('Georgia')      -> the US state, which the country's name hides from lookupPlace
//   regionOfAdjective('Crimean') -> Crimea
//   airportNamed('Heathrow Airport') -> { iata: 'LHR', countryCode: 'GB', latitude, longitude } (airports.tsv)
// Regions (kind REGION: states, provinces, well-known counties and departments, continents) have no GeoNames id; a state's point is
// country-state-city's (else the mean of its cities' points), a continent's the mean of its
// countries' points, and a continent has no country code.
// Names are matched exactly as written (case-sensitive: "Nice" is a place name, "nice" is not);
// deciding whether a capitalized word in a sentence means the place is the geocode stage's job.
import { readFileSync } from 'node:fs';
import { airportKey } from './airport-key.ts';
import { EXTRA_COUNTRY_NAMES } from './place-aliases.ts';
import { prominenceOf } from './prominence.ts';

export type PlaceKind = 'COUNTRY' | 'CITY' | 'REGION';

export interface Place {
  /** The gazetteer's English name ("Washington" for Washington, D.C.). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2; null for a continent or world region ("Europe"). */
  countryCode: string | null;
  latitude: number;
  longitude: number;
  /** Null for a region: the data packages carry no ids for them. */
  geonameId: number | null;
  population: number;
  /** GeoNames feature code of a city (PPLC capital, PPLA admin seat, PPL ...); 'COUNTRY', 'ADM1', 'ADM2' (county). */
  featureCode: string;
  /** The country whose capital this city is. */
  capitalOf?: string;
  /** The name is also an English word ("Nice", "Reading") or a person's name ("Jackson", "Jordan"). */
  homonym?: 'WORD' | 'NAME';
  /** GeoNames code of the first-order region a city or region lies in ("OR" for Salem, Oregon); none for a country or continent. */
  admin1?: string;
  /** A region that shares its name with a city ("Kharkiv"): the city is meant unless context says otherwise. */
  sharesCityName?: true;
}

export interface Country {
  code: string;
  name: string;
  demonyms: string[];
  place: Place;
  capital: Place | undefined;
}

interface Index {
  lines: string[];
  /** The name index: lines [namesFrom, lines.length), sorted by name. */
  namesFrom: number;
  countries: Map<string, Country>;
  demonyms: Map<string, string>;
  /** Country and first-order region names (even those that share a city's name) to country codes. */
  areas: Map<string, string>;
  /** The lines of every first-order region by name, also those only used for appositions ("Georgia" the US state). */
  regions: Map<string, number[]>;
  /** "Crimean" -> the line of Crimea. */
  adjectives: Map<string, number>;
  /** Places parsed so far, by line. */
  entries: Map<number, Place>;
  /** Names looked up so far. */
  named: Map<string, readonly Place[]>;
  wordsFrom: Map<string, number>;
  /** Names a city has only as an alternate ("New Delhi" for Delhi, "Geneva" for Genève), to the ids of those cities. */
  alternates: Map<string, Set<number>>;
}

let index: Index | undefined;

const HOMONYMS = { w: 'WORD', n: 'NAME' } as const;
function homonym(flag: string | undefined): Pick<Place, 'homonym'> {
  return flag === 'w' || flag === 'n' ? { homonym: HOMONYMS[flag] } : {};
}

// Only countries and regions are read at load (a few thousand lines, for codes, demonyms and
// appositions); cities are parsed when a name lookup first reaches them.
function load(): Index {
  const lines = readFileSync(new URL('./gazetteer.tsv', import.meta.url), 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const namesFrom = Number(lines[0]?.split('\t')[1]);
  const idx: Index = {
    lines,
    namesFrom,
    countries: new Map(),
    demonyms: new Map(),
    areas: new Map(),
    regions: new Map(),
    adjectives: new Map(),
    entries: new Map(),
    named: new Map(),
    wordsFrom: new Map(),
    alternates: new Map(),
  };
  const capitals: Array<[string, number]> = [];
  for (let i = 1; i < namesFrom; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('C\t')) {
      const f = line.split('\t');
      const [, code = '', name = '', , , , , capitalLine, alt = '', dem = ''] = f;
      const place = parseEntry(line);
      idx.entries.set(i, place);
      idx.countries.set(code, { code, name, demonyms: dem ? dem.split(';') : [], place, capital: undefined });
      for (const n of [name, ...(alt ? alt.split(';') : []), ...(EXTRA_COUNTRY_NAMES[code] ?? [])])
        idx.areas.set(n, code);
      if (capitalLine) capitals.push([code, Number(capitalLine)]);
    } else if (line.startsWith('R\t')) {
      const [, name = '', code = '', , , , , alt = '', , adjective] = line.split('\t');
      if (adjective) idx.adjectives.set(adjective, i);
      for (const n of [name, ...(alt ? alt.split(';') : [])]) {
        if (code && !idx.areas.has(n)) idx.areas.set(n, code);
        idx.regions.set(n, [...(idx.regions.get(n) ?? []), i]);
      }
    }
  }
  // A demonym shared by several countries ("Congolese") means the most populous one.
  const byPopulation = [...idx.countries.values()].sort((a, b) => a.place.population - b.place.population);
  for (const c of byPopulation) for (const d of c.demonyms) idx.demonyms.set(d, c.code);
  index = idx;
  for (const [code, line] of capitals) {
    const country = idx.countries.get(code);
    if (country) country.capital = entryAt(idx, line);
  }
  return idx;
}

function parseEntry(line: string): Place {
  const f = line.split('\t');
  if (f[0] === 'C') {
    const [, code = '', name = '', id, lat, lon, pop, , , , flag] = f;
    return {
      name,
      kind: 'COUNTRY',
      countryCode: code,
      latitude: Number(lat),
      longitude: Number(lon),
      geonameId: Number(id),
      population: Number(pop),
      featureCode: 'COUNTRY',
      ...homonym(flag),
    };
  }
  if (f[0] === 'P') {
    const [, name = '', code = '', id, lat, lon, pop, featureCode = '', flag, capitalOf, admin1] = f;
    return {
      name,
      kind: 'CITY',
      countryCode: code,
      latitude: Number(lat),
      longitude: Number(lon),
      geonameId: Number(id),
      population: Number(pop),
      featureCode,
      ...(capitalOf ? { capitalOf } : {}),
      ...(admin1 ? { admin1 } : {}),
      ...homonym(flag),
    };
  }
  const [, name = '', code = '', lat, lon, pop, admin = '', , use] = f;
  return {
    name,
    kind: 'REGION',
    countryCode: code || null,
    latitude: Number(lat),
    longitude: Number(lon),
    geonameId: null,
    population: Number(pop),
    // A second-order division's code is its first-order region's and its own: "ENG.C6".
    featureCode: admin.includes('.') ? 'ADM2' : 'ADM1',
    ...(admin ? { admin1: admin.split('.')[0] } : {}),
    ...(use === 'c' ? { sharesCityName: true as const } : {}),
    ...homonym(use),
  };
}

function entryAt(idx: Index, line: number): Place {
  let place = idx.entries.get(line);
  if (!place) {
    place = parseEntry(idx.lines[line] ?? '');
    idx.entries.set(line, place);
  }
  return place;
}

/** Caches of looked-up words stay bounded in a long-running server. */
const CACHE_LIMIT = 100_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

const nameOfLine = (line: string) => line.slice(2, line.indexOf('\t', 2));

/** The first name-index line whose name is not less than `key`. */
function lowerBound(idx: Index, key: string): number {
  let lo = idx.namesFrom;
  let hi = idx.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nameOfLine(idx.lines[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `name` is only an alternate (translated or historical) name of the place: "Geneva" for Genève. */
export function isAlternateName(name: string, p: Place): boolean {
  return p.geonameId !== null && getIndex().alternates.get(name)?.has(p.geonameId) === true;
}

/** Prominence of a place as the referent of `name`: a place's own name outweighs another's alternate name for it. */
export function prominenceAs(name: string, p: Place): number {
  return prominenceOf(p, isAlternateName(name, p));
}

function getIndex(): Index {
  return index ?? load();
}

function stripArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/** Every place with exactly this name (no article stripped), best first. */
export function placesNamed(name: string): readonly Place[] {
  const idx = getIndex();
  const known = idx.named.get(name);
  if (known) return known;
  const at = lowerBound(idx, name);
  const line = idx.lines[at] ?? '';
  let places: Place[] = [];
  if (at < idx.lines.length && nameOfLine(line) === name) {
    places = line
      .slice(line.lastIndexOf('\t') + 1)
      .split(',')
      .map((ref) => {
        const place = entryAt(idx, Number(ref.replace('~', '')));
        if (ref.startsWith('~') && place.geonameId !== null) {
          const ids = idx.alternates.get(name) ?? new Set<number>();
          ids.add(place.geonameId);
          idx.alternates.set(name, ids);
        }
        return place;
      });
  }
  remember(idx.named, name, places);
  return places;
}

/** Every place with this name, best first (countries, capitals, then by population). */
export function lookupPlaces(name: string): readonly Place[] {
  const exact = placesNamed(name);
  return exact.length ? exact : placesNamed(stripArticle(name));
}

/** The most likely place with this name, or undefined. */
export function lookupPlace(name: string): Place | undefined {
  return lookupPlaces(name)[0];
}

export function countryByCode(code: string): Country | undefined {
  return getIndex().countries.get(code.toUpperCase());
}

/** "Belarusian" -> "BY"; undefined for a word that is not a country's demonym. */
export function countryOfDemonym(word: string): string | undefined {
  return getIndex().demonyms.get(word);
}

/** The country a country or region name belongs to: "Texas" -> "US", "England" -> "GB", "Russia" -> "RU". */
export function countryOfArea(name: string): string | undefined {
  return getIndex().areas.get(name);
}

/** The region an adjective names: "Crimean" -> Crimea, "Californian" -> California, "Asian" -> Asia. */
export function regionOfAdjective(word: string): Place | undefined {
  const idx = getIndex();
  const line = idx.adjectives.get(word);
  return line === undefined ? undefined : entryAt(idx, line);
}

/** First-order regions with this name, including those a country's name hides ("Georgia" the US state). */
export function regionsNamed(name: string): readonly Place[] {
  const idx = getIndex();
  return (idx.regions.get(name) ?? []).map((line) => entryAt(idx, line));
}

/**
 * The most words (split at spaces and hyphens) of any place name that starts with `word`
 * ("San" -> 4 for "San Pedro de Macoris"), or 0 when no name starts with it.
 */
export function placeNameWordsFrom(word: string): number {
  const idx = getIndex();
  const known = idx.wordsFrom.get(word);
  if (known !== undefined) return known;
  // Names starting with `word` sort together: the word itself, then "word ...", then "word-...".
  let most = 0;
  for (let i = lowerBound(idx, word); i < idx.lines.length; i++) {
    const name = nameOfLine(idx.lines[i] ?? '');
    if (!name.startsWith(word)) break;
    const next = name.charAt(word.length);
    if (next !== '' && next !== ' ' && next !== '-') {
      if (next > '-') break;
      continue;
    }
    most = Math.max(most, name.split(/[ -]/).length);
  }
  remember(idx.wordsFrom, word, most);
  return most;
}

export interface Airport {
  iata: string;
  countryCode: string;
  latitude: number;
  longitude: number;
}

let airports: Map<string, Airport> | undefined;

/** The airport a name ending in "Airport" gives (its full name, a short one, "JFK Airport"); read on first use. */
export function airportNamed(name: string): Airport | undefined {
  // Every name in the file ends so; other facilities ("Crimean Bridge") never load it. News
  // also writes the word in lower case ("Heathrow airport").
  if (!/ [Aa]irport$/.test(name)) return undefined;
  if (!airports) {
    airports = new Map();
    for (const line of readFileSync(new URL('./airports.tsv', import.meta.url), 'utf8').split('\n')) {
      const [key, iata = '', countryCode = '', lat, lon] = line.split('\t');
      if (key) airports.set(key, { iata, countryCode, latitude: Number(lat), longitude: Number(lon) });
    }
  }
  return airports.get(airportKey(name.replace(/airport$/, 'Airport')));
}
