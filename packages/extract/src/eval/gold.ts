import type { Gold, GoldActor, GoldLocation, GoldSection, GoldStatement } from './score.ts';

/** A gold file that does not have the shape the scorer reads. */
export class GoldFormatError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function list(v: unknown, where: string): Json[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isObject)) throw new GoldFormatError(`${where} must be a list of objects`);
  return v;
}

function str(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new GoldFormatError(`${where}.${key} must be a string`);
  return v;
}

function optStr(o: Json, key: string, where: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new GoldFormatError(`${where}.${key} must be a string or null`);
  return v;
}

function optNum(o: Json, key: string, where: string): number | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number') throw new GoldFormatError(`${where}.${key} must be a number or null`);
  return v;
}

function strings(o: Json, key: string, where: string): string[] | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new GoldFormatError(`${where}.${key} must be a list of strings`);
  }
  return v;
}

const KINDS = new Set(['DIRECT', 'INDIRECT', 'PARTIAL']);

/** Checks a parsed gold.json and returns it typed; throws GoldFormatError naming the first bad field. */
export function parseGold(json: unknown): Gold {
  if (!isObject(json)) throw new GoldFormatError('gold must be an object');
  const sections: GoldSection[] = list(json.sections, 'sections').map((s, i) => ({
    kind: str(s, 'kind', `sections[${i}]`),
    firstLine: str(s, 'firstLine', `sections[${i}]`),
    lastLine: str(s, 'lastLine', `sections[${i}]`),
  }));
  const actors: GoldActor[] = list(json.actors, 'actors').map((a, i) => ({
    name: str(a, 'name', `actors[${i}]`),
    kind: str(a, 'kind', `actors[${i}]`),
    required: a.required === true,
    mentions: strings(a, 'mentions', `actors[${i}]`),
  }));
  const locations: GoldLocation[] = list(json.locations, 'locations').map((l, i) => ({
    name: str(l, 'name', `locations[${i}]`),
    kind: str(l, 'kind', `locations[${i}]`),
    countryCode: optStr(l, 'countryCode', `locations[${i}]`),
    lat: optNum(l, 'lat', `locations[${i}]`),
    lng: optNum(l, 'lng', `locations[${i}]`),
    required: l.required === true,
    mentions: strings(l, 'mentions', `locations[${i}]`),
  }));
  const statements: GoldStatement[] = list(json.statements, 'statements').map((s, i) => {
    const where = `statements[${i}]`;
    const kind = str(s, 'kind', where);
    if (!KINDS.has(kind)) throw new GoldFormatError(`${where}.kind must be DIRECT, INDIRECT or PARTIAL`);
    const quote = optStr(s, 'quote', where);
    const key = optStr(s, 'key', where);
    if (quote === null && key === null) throw new GoldFormatError(`${where} needs a quote or a key`);
    return {
      kind: kind as GoldStatement['kind'],
      speaker: optStr(s, 'speaker', where),
      ...(quote !== null ? { quote } : {}),
      ...(key !== null ? { key } : {}),
      required: s.required === true,
    };
  });
  return { article: str(json, 'article', 'gold'), sections, actors, locations, statements };
}
