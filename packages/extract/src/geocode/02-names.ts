import { MONTHS, NEVER_NAMES, WEEKDAYS } from '../model/common-words.ts';
import { givenName } from '../model/given-names.ts';
import { ORG_HEAD_NOUNS, ORG_SUFFIXES } from '../model/organizations.ts';
import {
  AREA_MODIFIERS,
  GEOGRAPHIC_NOUNS,
  LOCATIVE_PREPOSITIONS,
  LOCATIVE_SUFFIXES,
  REGION_NOUNS,
} from '../model/place-context.ts';
import { countryOfArea, placeNameWordsFrom, placesNamed } from '../model/places.ts';
import { HONORIFICS, ROLE_HEADS } from '../model/titles.ts';
import type { Sentence, Token } from '../types.ts';
import { firstWordIndex, isCapitalized, joined, lower } from './tokens.ts';
import type { Candidate } from './types.ts';

// Hoisted: the TypeScript transform turns a /\p{…}/u literal into a `new RegExp` at every call.
const LETTER = /\p{L}/u;
/** A lower-case particle joined to a capitalised word: "d'Ivoire", "al-Sharaa". */
const PARTICLE_NAME = /^\p{Ll}{1,3}['’-]\p{Lu}/u;

/** Function words a sentence start capitalizes: "In Moscow", "The Hague". */
const OPENER_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'PRON', 'AUX', 'PART', 'INTJ', 'NUM', 'VERB']);

/**
 * Gazetteer names in a sentence, longest first, outside `taken` token indices. A name inside a
 * longer capitalized name ("The Moscow Times", "Michael Jordan", "Bank of America") is not
 * taken; `ownerNames` collects the place names the text gives a person or a company.
 */
export function findNames(
  text: string,
  sentence: Sentence,
  taken: ReadonlySet<number>,
  ownerNames: Set<string>,
): Candidate[] {
  const { tokens } = sentence;
  const found: Candidate[] = [];
  const opener = firstWordIndex(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || taken.has(i) || !isCapitalized(token)) continue;
    const maxWords =
      placeNameWordsFrom(token.text) || (isShouted(token.text) ? placeNameWordsFrom(titleCase(token.text)) : 0);
    if (maxWords === 0) continue;
    const match = longestName(text, tokens, i, maxWords, taken);
    if (!match) continue;
    const { last, name } = match;
    const places = placesNamed(name);
    const best = places[0];
    if (
      !best ||
      MONTHS.has(name.toLowerCase()) ||
      WEEKDAYS.has(name.toLowerCase()) ||
      NEVER_NAMES.has(name.toLowerCase())
    )
      continue;
    i = last;
    const prev = tokens[match.first - 1];
    const next = tokens[last + 1];
    const prevInName =
      prev !== undefined &&
      isCapitalized(prev) &&
      joined(text, prev, token) &&
      !AREA_MODIFIERS.has(lower(prev)) &&
      !(match.first - 1 === opener && OPENER_POS.has(prev.pos));
    const nextInName =
      next !== undefined &&
      isCapitalized(next) &&
      LETTER.test(next.text) &&
      joined(text, tokens[last] ?? token, next) &&
      !ROLE_HEADS.has(lower(next)) &&
      countryOfArea(next.text) === undefined;
    // "Michael Jordan", "Victoria Beckham", "President Lincoln": the text uses the name for a person.
    if (best.homonym === 'NAME' && ((prevInName && prev.pos === 'PROPN') || nextInName)) ownerNames.add(name);
    if (prev && joined(text, prev, token) && (isTitle(prev) || (prevInName && givenName(prev.text))))
      ownerNames.add(name);
    if (lower(next) === 'family') ownerNames.add(name);
    // "Joaquim Tavares da Cunha", "Ludwig van Beethoven": a surname after a name particle.
    const particle = tokens[match.first - 1];
    const named = tokens[match.first - 2];
    if (
      particle &&
      named &&
      NAME_PARTICLES.has(particle.text) &&
      isCapitalized(named) &&
      joined(text, named, particle) &&
      joined(text, particle, token)
    ) {
      ownerNames.add(name);
      continue;
    }
    // "Toyota Motor Corp", "Hitachi Ltd": the name is a company's.
    if (nextInName && next && COMPANY_WORDS.has(lower(next).replace(/\.$/, ''))) ownerNames.add(name);
    if (prevInName || nextInName || insideOrganization(tokens, match.first)) continue;
    // "the University of Chicago", "a Union": an English word used as a common noun.
    if (
      best.homonym === 'WORD' &&
      (ARTICLES.has(lower(prev)) || (lower(next) === 'of' && isCapitalizedAt(tokens, last + 2)))
    )
      continue;
    const end = tokens[last]?.end ?? token.end;
    // "in Leeds and Selby": the preposition before the first name of a list serves them all.
    const listed = found.at(-1);
    const inList = listed !== undefined && listed.last === match.first - 2 && LIST_JOINERS.has(lower(prev));
    found.push({
      start: token.start,
      end,
      sentence,
      first: match.first,
      last,
      via: 'NAME',
      places,
      locative: isLocative(text, tokens, match.first, last) || (inList && listed.locative),
      region: isRegion(tokens, match.first, last),
      apposition: appositionCountry(tokens, last),
    });
  }
  return found;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Lower-case particles inside people's names (Portuguese, Spanish, Dutch, German, Italian, Arabic). */
const NAME_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
]);
/** Words after a place name that make it a company's name. */
const COMPANY_WORDS = new Set([
  'corp',
  'corporation',
  'inc',
  'ltd',
  'llc',
  'plc',
  'ag',
  'gmbh',
  'co',
  'group',
  'holdings',
  'motor',
  'motors',
  'industries',
  'electric',
  'airlines',
  'airways',
]);

/** A dateline or headline word in capitals, longer than an abbreviation: "PARIS", "MEDELLÍN". */
function isShouted(name: string): boolean {
  const second = name.charAt(1);
  return (
    name.length >= 4 && second !== second.toLowerCase() && name === name.toUpperCase() && name !== name.toLowerCase()
  );
}
const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
const LIST_JOINERS = new Set([',', 'and', 'or']);

/** "the province of Ontario", "Washington state", "the Kharkiv region". */
function isRegion(tokens: readonly Token[], first: number, last: number): boolean {
  const before = lower(tokens[first - 1]) === 'of' ? lower(tokens[first - 2]) : '';
  const after = tokens[last + 1];
  return REGION_NOUNS.has(before) || (after !== undefined && !isCapitalized(after) && REGION_NOUNS.has(lower(after)));
}

function isCapitalizedAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && isCapitalized(token);
}

function isTitle(token: Token): boolean {
  const word = lower(token).replace(/\.$/, '');
  return HONORIFICS.has(word) || ROLE_HEADS.has(word);
}

/** The longest gazetteer name starting at token `first`, over untaken tokens joined by spaces or hyphens. */
function longestName(
  text: string,
  tokens: readonly Token[],
  first: number,
  maxWords: number,
  taken: ReadonlySet<number>,
): { first: number; last: number; name: string } | undefined {
  const start = tokens[first];
  if (!start) return undefined;
  let best: { first: number; last: number; name: string } | undefined;
  let words = 0;
  for (let last = first; last < tokens.length && !taken.has(last); last++) {
    const token = tokens[last];
    const prev = tokens[last - 1];
    if (!token) break;
    if (last > first && prev && /[\r\n]/.test(text.slice(prev.end, token.start))) break;
    if (LETTER.test(token.text)) words++;
    if (words > maxWords) break;
    // A name ends on a capitalized word, or on a particle joined to one ("Côte d'Ivoire").
    if (!isCapitalized(token) && !PARTICLE_NAME.test(token.text)) continue;
    // The gazetteer writes straight apostrophes: "Côte d'Ivoire".
    const name = text.slice(start.start, token.end).replace(/\s+/g, ' ').replace(/’/g, "'");
    if (placesNamed(name).length) best = { first, last, name };
    else if (isShouted(name) && placesNamed(titleCase(name)).length) best = { first, last, name: titleCase(name) };
  }
  return best;
}

/** "Bank of America", "University of Chicago": the name ends an organization's name. */
function insideOrganization(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1];
  const head = tokens[first - 2];
  return (
    lower(of) === 'of' &&
    head !== undefined &&
    isCapitalized(head) &&
    (ORG_SUFFIXES.has(lower(head)) || ORG_HEAD_NOUNS.has(lower(head)))
  );
}

/** "in Reading", "the city of Mobile", "Moscow-based". */
function isLocative(_text: string, tokens: readonly Token[], first: number, last: number): boolean {
  let before = first - 1;
  if (lower(tokens[before]) === 'the') before--;
  const prev = lower(tokens[before]);
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  if (prev === 'of' && GEOGRAPHIC_NOUNS.has(lower(tokens[before - 1]))) return true;
  const dash = tokens[last + 1];
  const suffix = tokens[last + 2];
  const end = tokens[last];
  return (
    dash !== undefined &&
    suffix !== undefined &&
    end !== undefined &&
    /^[-‐–]$/.test(dash.text) &&
    dash.start === end.end &&
    LOCATIVE_SUFFIXES.has(lower(suffix))
  );
}

/** "Paris, France", "Paris, Texas" or "Paris (France)": the country of the area named right after. */
function appositionCountry(tokens: readonly Token[], last: number): string | null {
  const mark = tokens[last + 1]?.text;
  if (mark !== ',' && mark !== '(') return null;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(last + 2, last + 2 + n);
    if (words.length < n || !words.every(isCapitalized)) continue;
    const code = countryOfArea(words.map((w) => w.text).join(' '));
    if (code) return code;
  }
  return null;
}
