// Place lookup over the offline gazetteer (gazetteer.tsv, built from GeoNames-derived packages by
// build-gazetteer.ts). Loaded on first use, then kept in memory.
//
//   lookupPlace('Moscow')        -> { kind: 'CITY', countryCode: 'RU', capitalOf: 'RU', geonameId: 524901, ... }
//   lookupPlace('Washington')    -> the US capital (capitals first, then population)
//   lookupPlaces('Washington')   -> every candidate, best first, for disambiguation by context
//   placesNamed('The Hague')     -> like lookupPlaces, but the name must match exactly
//   lookupPlace('the Russian Federation') -> the country RU (a leading "the" is ignored)
//   countryByCode('BY')          -> { code: 'BY', name: 'Belarus', demonyms: ['Belarusian'], capital: Place, ... }
//   countryOfDemonym('Ukrainian') -> 'UA'
//   countryOfArea('Texas')       -> 'US' (countries and first-order regions, for "Paris, Texas")
// Regions (kind REGION) are places only where no country or city has the name; their point is
// the mean of their cities' points and they have no GeoNames id (see build-gazetteer.ts).
// Names are matched exactly as written (case-sensitive: "Nice" is a place name, "nice" is not);
// deciding whether a capitalized word in a sentence means the place is the geocode stage's job.
import { readFileSync } from 'node:fs';
import { EXTRA_COUNTRY_NAMES } from './place-aliases.ts';

export type PlaceKind = 'COUNTRY' | 'CITY' | 'REGION';

export interface Place {
  /** The gazetteer's English name ("Washington" for Washington, D.C.). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  latitude: number;
  longitude: number;
  /** Null for a region: the data packages carry no ids for them. */
  geonameId: number | null;
  population: number;
  /** GeoNames feature code of a city (PPLC capital, PPLA admin seat, PPL ...); 'COUNTRY', 'ADM1'. */
  featureCode: string;
  /** The country whose capital this city is. */
  capitalOf?: string;
  /** The name is also an English word ("Nice", "Reading") or a person's name ("Jackson", "Jordan"). */
  homonym?: 'WORD' | 'NAME';
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
  byName: Map<string, Place[]>;
  countries: Map<string, Country>;
  demonyms: Map<string, string>;
  /** Country and first-order region names (even those that share a city's name) to country codes. */
  areas: Map<string, string>;
  /** Most words in any name ("Bosnia and Herzegovina" = 3), bounding a matcher's window. */
  maxWords: number;
  /** For each first word of a name, the most words of a name starting with it. */
  wordsAfter: Map<string, number>;
}

let index: Index | undefined;
/** "name|geonameId" of the names a city has only as an alternate ("New Delhi" for Delhi, "Geneva" for Genève). */
const byExonym = new Set<string>();

const HOMONYMS = { w: 'WORD', n: 'NAME' } as const;
function homonym(flag: string | undefined): Pick<Place, 'homonym'> {
  return flag === 'w' || flag === 'n' ? { homonym: HOMONYMS[flag] } : {};
}

function load(): Index {
  const text = readFileSync(new URL('./gazetteer.tsv', import.meta.url), 'utf8');
  const byName = new Map<string, Place[]>();
  const countries = new Map<string, Country>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<number, string>();
  const cities = new Map<number, Place>();
  const areas = new Map<string, string>();
  let maxWords = 1;
  const wordsAfter = new Map<string, number>();
  const add = (name: string, place: Place) => {
    const list = byName.get(name);
    if (!list) {
      byName.set(name, [place]);
      const words = name.split(/[ -]/);
      const first = words[0] ?? name;
      const n = words.length;
      if (n > (wordsAfter.get(first) ?? 0)) wordsAfter.set(first, n);
      if (n > maxWords) maxWords = n;
    } else if (!list.includes(place)) list.push(place);
  };

  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'C') {
      const [, code = '', name = '', id, lat, lon, pop, capitalId, alt = '', dem = '', flag] = f;
      const place: Place = {
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
      const names = dem ? dem.split(';') : [];
      countries.set(code, { code, name, demonyms: names, place, capital: undefined });
      for (const n of [name, ...(alt ? alt.split(';') : []), ...(EXTRA_COUNTRY_NAMES[code] ?? [])]) {
        add(n, place);
        areas.set(n, code);
      }
      if (capitalId) capitals.set(Number(capitalId), code);
    } else if (f[0] === 'P') {
      const [, name = '', code = '', id, lat, lon, pop, featureCode = '', alt = '', flag, exonyms = ''] = f;
      const place: Place = {
        name,
        kind: 'CITY',
        countryCode: code,
        latitude: Number(lat),
        longitude: Number(lon),
        geonameId: Number(id),
        population: Number(pop),
        featureCode,
        ...homonym(flag),
      };
      cities.set(Number(id), place);
      for (const n of [name, ...(alt ? alt.split(';') : [])]) add(n, place);
      for (const n of exonyms ? exonyms.split(';') : []) {
        add(n, place);
        byExonym.add(`${n}|${id}`);
      }
    } else if (f[0] === 'R') {
      const [, name = '', code = '', lat, lon, pop, , alt = '', use] = f;
      const names = [name, ...(alt ? alt.split(';') : [])];
      for (const n of names) if (!areas.has(n)) areas.set(n, code);
      if (use !== 'p' && use !== 'c') continue;
      const place: Place = {
        name,
        kind: 'REGION',
        countryCode: code,
        latitude: Number(lat),
        longitude: Number(lon),
        geonameId: null,
        population: Number(pop),
        featureCode: 'ADM1',
        ...(use === 'c' ? { sharesCityName: true as const } : {}),
      };
      for (const n of names) add(n, place);
    }
  }
  for (const [id, code] of capitals) {
    const city = cities.get(id);
    const country = countries.get(code);
    if (city && country) {
      city.capitalOf = code;
      country.capital = city;
    }
  }
  // A demonym shared by several countries ("Congolese") means the most populous one.
  const byPopulation = [...countries.values()].sort((a, b) => a.place.population - b.place.population);
  for (const c of byPopulation) for (const d of c.demonyms) demonyms.set(d, c.code);
  for (const [name, list] of byName) list.sort((a, b) => prominenceAs(name, b) - prominenceAs(name, a));
  return { byName, countries, demonyms, areas, maxWords, wordsAfter };
}

/**
 * How likely a place is meant when only its name is known: the order of magnitude of its
 * population, raised for capitals and first-order seats, lowered for a region that shares a
 * city's name. Countries come before all of these.
 */
export function prominence(p: Place): number {
  if (p.kind === 'COUNTRY') return 100;
  return (
    Math.log10(p.population + 1) +
    (p.capitalOf ? 2 : 0) +
    (p.featureCode === 'PPLA' ? 0.5 : 0) -
    (p.sharesCityName ? 1 : 0)
  );
}

/** Prominence of a place as the referent of `name`: a place's own name outweighs another's alternate name for it. */
export function prominenceAs(name: string, p: Place): number {
  return prominence(p) - (p.geonameId !== null && byExonym.has(`${name}|${p.geonameId}`) ? 1 : 0);
}

function getIndex(): Index {
  index ??= load();
  return index;
}

function stripArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/** Every place with exactly this name (no article stripped), best first. */
export function placesNamed(name: string): readonly Place[] {
  return getIndex().byName.get(name) ?? [];
}

/** Every place with this name, best first (countries, capitals, then by population). */
export function lookupPlaces(name: string): readonly Place[] {
  const { byName } = getIndex();
  return byName.get(name) ?? byName.get(stripArticle(name)) ?? [];
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

/** The most words in any place name: a matcher never needs a longer window. */
export function maxPlaceNameWords(): number {
  return getIndex().maxWords;
}

/**
 * The most words (split at spaces and hyphens) of any place name that starts with `word`
 * ("New" -> 4 for "New South Wales"-like names), or 0 when no name starts with it.
 */
export function placeNameWordsFrom(word: string): number {
  return getIndex().wordsAfter.get(word) ?? 0;
}
