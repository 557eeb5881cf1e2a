import { AGENT_VERBS, AUXILIARIES } from '../model/agency.ts';
import { GENDERED_HONORIFICS } from '../model/common-words.ts';
import { givenName, worldGivenName } from '../model/given-names.ts';
import {
  ACRONYMS,
  CORPORATE_POSSESSIONS,
  FACILITY_SUFFIXES,
  GROUP_NOUNS,
  INSTITUTIONS,
  NAMED_EVENTS,
  ORG_HEAD_MODIFIERS,
  ORG_HEAD_NOUNS,
  ORG_REFERENCE_NOUNS,
  ORG_SUFFIXES,
  STATE_FORM_WORDS,
} from '../model/organizations.ts';
import {
  MEETING_WORDS,
  PERSON_OBJECT_VERBS,
  PERSON_SUBJECT_VERBS,
  PERSONAL_POSSESSIONS,
} from '../model/person-contexts.ts';
import { WORLD_REGIONS } from '../model/regions.ts';
import { HONORIFICS, PERSON_NOUNS, ROLE_HEADS, ROLE_WORDS } from '../model/titles.ts';
import type { Unit } from './01-units.ts';
import { bare, type Chunk, capitalisedElsewhere } from './02-chunks.ts';
import { newCandidate } from './candidate.ts';
import type { PlaceFacts, PlaceLookup } from './places.ts';
import type { Affiliation, Candidate } from './types.ts';

export interface SentenceContext {
  text: string;
  units: Unit[];
  sentence: number;
  places: PlaceLookup;
  /** Chunk ending at a unit index, to find "Kremlin" before "spokesman X". */
  chunkEndingAt: Map<number, Chunk>;
  /** Chunk starting at a unit index, to find "Y" in "an analyst at Y". */
  chunkAt: Map<number, Chunk>;
  /** How often each word is capitalised inside a sentence (names, not sentence openers). */
  namesInText: ReadonlyMap<string, number>;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
/** A member of a party, standing for a person after a place: "the Ohio Republican". */
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'liberal', 'tory', 'socialist']);
/** Words that make a demonym before them a state: "the German government", "the Philippine side". */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'cabinet', 'side']);
/** Links inside an organisation's name after its institution word. */
const ORG_LINKS = new Set(['of', 'for', 'on', 'de', 'do', 'da', 'del', 'des', 'du', 'di', 'für']);
const MARKET_WORDS = new Set(['market', 'industry', 'sector', 'segment']);
/** "the Welshman": a nationality noun after "the" stands for a person named before, not a name. */
const DEMONYM_MAN = /^(\p{Lu}\p{Ll}+?)(?:man|woman)$/u;
const isNationalityNoun = (word: string, places: PlaceLookup): boolean => {
  const stem = DEMONYM_MAN.exec(word)?.[1];
  return stem ? places.countryOfDemonym(stem) !== null || /^(?:Welsh|Scots|Cornish|Manx)$/.test(stem) : false;
};
const COUNTY = /^(?:Co\.?|County)$/;

/** The place the words after "Co" name, as a region (never a state that acts). */
function countyPlace(units: Unit[], ctx: SentenceContext): PlaceFacts | null {
  const place = ctx.places.lookupPlace(join(units, ctx.text));
  return place && place.kind !== 'COUNTRY' ? { ...place, kind: 'REGION', capitalOf: null } : null;
}

/** Prepositions inside a name that no person's name has (unlike "of" in "Duke of York"). */
const NAME_PREPOSITIONS = new Set(['for', 'on', 'to', 'without', 'against']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'in', 'at', 'with']);
/** Endings of role and portfolio nouns: forecaster, director, environmentalist, historian, housing. */
/** A scholar's or practitioner's noun: "geneticist", "historian" (not "meeting", "dinner"). */
const SCHOLAR_SHAPE = /(?:ist|ian)$/;
const ROLE_NOUN_SHAPE = /(?:er|or|ist|ian|ant|ent|man|woman|ing|ary|ee)$/;

const join = (units: Unit[], text: string): string => {
  const first = units[0];
  const last = units.at(-1);
  return first && last ? text.slice(first.start, last.end) : '';
};

function blank(ctx: SentenceContext, start: number, end: number): Candidate {
  const text = ctx.text.slice(start, end);
  return newCandidate({ start, end, text, sentence: ctx.sentence, inQuote: ctx.units[0]?.inQuote ?? false });
}

/** Country of a run of demonyms ("Belarusian"), or null when any word is not one. */
function demonymCountry(units: Unit[], places: PlaceLookup): string | null {
  let code: string | null = null;
  for (const unit of units) {
    code = places.countryOfDemonym(unit.text);
    if (!code) return null;
  }
  return code;
}

interface TitleSplit {
  /** Words before the role words: an organisation or demonym ("Kremlin", "Belarusian"). */
  prefix: Unit[];
  roles: Unit[];
  /** The role word the title is built on: "Secretary" in "Secretary of State". */
  head: Unit;
  rest: Unit[];
}

const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'la',
  'le',
  'dos',
  'das',
]);
/** "Secretary of State", "Minister for Finance": the link between a title and its portfolio. */
const PORTFOLIO_LINKS = new Set(['of', 'for']);
const isPortfolioTitle = (units: Unit[]): boolean =>
  units[0] !== undefined && isRole(units[0]) && PORTFOLIO_LINKS.has(units[1]?.lower ?? '');
const isRole = (unit: Unit): boolean => ROLE_WORDS.has(bare(unit)) || HONORIFICS.has(bare(unit));

/**
 * Splits the title off the end of a name, reading from the right: "Federal Reserve Chair Jerome
 * Powell" -> prefix [Federal Reserve], roles [Chair], rest [Jerome Powell]; "Secretary of State X".
 */
/**
 * Where the portfolio that starts at `from` ends (exclusive): before the first given name that has
 * a word after it, else before the last two words, which are the person's name.
 */
function portfolioEnd(units: Unit[], from: number): number {
  for (let p = from + 1; p < units.length - 1; p++) if (givenName((units[p] as Unit).text) !== null) return p;
  return Math.max(from + 1, units.length - 2);
}

/** "Jr.", "Sr.", "III": a generation after a name, part of it but no surname. */
export const isGeneration = (unit: Unit): boolean => /^(?:jr|sr|ii|iii|iv)$/.test(bare(unit));

function splitTitle(all: Unit[]): TitleSplit | null {
  // "Martin Luther King Jr.": the title is looked for before the generation, which stays in the name.
  const generation = all.length > 1 && isGeneration(all.at(-1) as Unit) ? all.slice(-1) : [];
  const units = generation.length ? all.slice(0, -1) : all;
  const split = splitTitleOf(units);
  return split ? { ...split, rest: [...split.rest, ...generation] } : null;
}

function splitTitleOf(units: Unit[]): TitleSplit | null {
  let k = units.length;
  while (k > 0 && !isRole(units[k - 1] as Unit)) k--;
  if (k === 0 || k === units.length) return null;
  let r = k - 1;
  while (r > 0) {
    const before = units[r - 1] as Unit;
    if (isRole(before)) r--;
    else if (PORTFOLIO_LINKS.has(before.lower) && r >= 2 && isRole(units[r - 2] as Unit)) r -= 2;
    else break;
  }
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs X": the portfolio after
  // "of" belongs to the title, and the name is what follows it; the title's head is before "of".
  const of = units.findIndex((u, i) => i > r && i <= k && PORTFOLIO_LINKS.has(u.lower));
  if (of > r) k = Math.max(k, portfolioEnd(units, of + 1));
  const head = units[of > r ? of - 1 : k - 1];
  const roles = units.slice(r, k);
  const rest = units.slice(k);
  const last = rest.at(-1);
  if (!head || !last) return null;
  if (!(ROLE_HEADS.has(bare(head)) || HONORIFICS.has(bare(head)))) return null;
  // Lower-case particles may sit inside a name ("Mohammed bin Salman"), not at its ends.
  if (ORG_SUFFIXES.has(bare(last)) || !rest[0]?.capitalized || !last.capitalized) return null;
  if (rest.some((u) => !u.capitalized && !NAME_PARTICLES.has(u.lower))) return null;
  return { prefix: units.slice(0, r), roles, head, rest };
}

function genderOf(units: Unit[]): Candidate['gender'] {
  for (const unit of units) {
    const gender = GENDERED_HONORIFICS.get(bare(unit));
    if (gender) return gender;
  }
  return null;
}

/**
 * A lower-case role right before the name: "Kremlin spokesman Dmitry Peskov", "Apple chief executive Tim Cook".
 * Returns the role units and the chunk before them (the organisation or demonym), if any.
 */
function lowerCaseTitle(chunk: Chunk, ctx: SentenceContext): { roles: Unit[]; owner: Chunk | null } | null {
  let j = chunk.first - 1;
  while (j >= 0) {
    const unit = ctx.units[j] as Unit;
    if (unit.capitalized || !ROLE_WORDS.has(unit.lower)) break;
    j--;
  }
  const roles = ctx.units.slice(j + 1, chunk.first);
  const head = roles.at(-1);
  if (!head || !ROLE_HEADS.has(head.lower)) return null;
  return { roles, owner: ctx.chunkEndingAt.get(j) ?? null };
}

/** "Belta news agency": a name followed by modifiers and an organisation noun. */
function orgHeadAfter(chunk: Chunk, ctx: SentenceContext): { end: number; head: Unit[] } | null {
  let j = chunk.last + 1;
  const head: Unit[] = [];
  while (j < ctx.units.length && head.length < 3) {
    const unit = ctx.units[j] as Unit;
    if (unit.capitalized) return null;
    if (ORG_HEAD_NOUNS.has(unit.lower)) return { end: unit.end, head: [...head, unit] };
    if (!ORG_HEAD_MODIFIERS.has(unit.lower)) return null;
    head.push(unit);
    j++;
  }
  return null;
}

const MAX_DESCRIPTION_WORDS = 4;
const INDUSTRIES = new Set([
  'oil',
  'energy',
  'mining',
  'pharmaceutical',
  'pharma',
  'drug',
  'chemicals',
  'food',
  'media',
  'tech',
  'steel',
  'gas',
  'shipping',
]);

/**
 * "the environmental agency" before a name: a determiner, a few lower-case modifiers or demonyms,
 * and an organisation noun right before it. Returns the description without its determiner.
 */
function orgNounBefore(chunk: Chunk, ctx: SentenceContext): string | null {
  const noun = ctx.units[chunk.first - 1];
  if (!noun || noun.capitalized) return null;
  // "the French oil major Totalis": "major" after an industry is a company, after "army" a rank.
  const industryMajor = noun.lower === 'major' && INDUSTRIES.has(ctx.units[chunk.first - 2]?.lower ?? '');
  if (!(ORG_REFERENCE_NOUNS.has(noun.lower) || ORG_HEAD_NOUNS.has(noun.lower) || industryMajor)) return null;
  let j = chunk.first - 2;
  while (j >= 0 && chunk.first - 2 - j < MAX_DESCRIPTION_WORDS) {
    const unit = ctx.units[j] as Unit;
    if (DETERMINERS.has(unit.lower) || opensPhrase(unit) || POSSESSIVE_MARKS.has(unit.lower)) break;
    const modifier = unit.capitalized
      ? ctx.places.countryOfDemonym(unit.text) !== null
      : /^(?:ADJ|NOUN|VERB|PROPN)$/.test(unit.pos) || unit.mixedCompound;
    if (!modifier) return null;
    j--;
  }
  const det = ctx.units[j];
  // "told state broadcaster ERT": after a verb or a preposition the phrase may go without "the";
  // "the city's water utility X": after an owner's possessive too.
  if (!det || !(DETERMINERS.has(det.lower) || opensPhrase(det) || POSSESSIVE_MARKS.has(det.lower))) return null;
  return ctx.text.slice((ctx.units[j + 1] as Unit).start, noun.end);
}

/** A verb or preposition (not a participle used as a modifier) before a noun phrase: "told", "to". */
const opensPhrase = (unit: Unit): boolean =>
  !unit.capitalized && /^(?:VERB|ADP)$/.test(unit.pos) && !/(?:ed|ing|en)$/.test(unit.lower);

/** "the state" before "Belta news agency": lower-case modifiers and a determiner. */
function modifiersBefore(chunk: Chunk, ctx: SentenceContext): { start: number; words: Unit[] } {
  let j = chunk.first - 1;
  const words: Unit[] = [];
  while (j >= 0 && ORG_HEAD_MODIFIERS.has((ctx.units[j] as Unit).lower) && !(ctx.units[j] as Unit).capitalized) {
    words.unshift(ctx.units[j] as Unit);
    j--;
  }
  const det = ctx.units[j];
  const start = det && DETERMINERS.has(det.lower) ? det.start : (words[0]?.start ?? (chunk.units[0] as Unit).start);
  return { start, words };
}

/**
 * "the regional government of Tuscany": a region's own government is a body of its own (a
 * country's is the state). Returns the article that opens the phrase.
 */
function regionalGovernment(chunk: Chunk, ctx: SentenceContext): Unit | null {
  const { units } = ctx;
  if (units[chunk.first - 1]?.lower !== 'of') return null;
  const noun = units[chunk.first - 2];
  if (!noun || noun.capitalized || !REGIONAL_GOVERNMENTS.has(noun.lower)) return null;
  let j = chunk.first - 3;
  while (j >= 0 && units[j]?.pos === 'ADJ' && !units[j]?.capitalized) j--;
  const article = units[j];
  return article && DETERMINERS.has(article.lower) ? article : null;
}

const REGIONAL_GOVERNMENTS = new Set(['government', 'administration', 'executive']);

/** Turns one capitalised chunk into candidates (none for a bare demonym or an unknown word). */
export function classifyChunk(chunk: Chunk, ctx: SentenceContext): Candidate[] {
  const { places, text } = ctx;
  let units = chunk.units;
  let hasThe = false;
  const first = units[0];
  if (!first) return [];
  if (DETERMINERS.has(first.lower)) {
    hasThe = first.text === 'The' && !first.sentenceInitial;
    units = units.slice(1);
  }
  const nameStart = units[0]?.start ?? first.start;
  const end = (units.at(-1) ?? first).end;
  const whole = text.slice(nameStart, end);
  // "The Moscow Times": a capitalised "The" is part of the name and of the mention.
  const start = hasThe ? first.start : nameStart;
  const lower = whole.toLowerCase();
  if (!whole) return [];
  const candidate = { ...blank(ctx, start, end), name: whole };
  candidate.inQuote = first.inQuote;
  candidate.sentenceInitial = first.sentenceInitial;

  // A continent or world region is a place, never an actor.
  if (WORLD_REGIONS.has(lower)) return [];
  // "the Vermont Democrat said": a place and a party's member after "the" describe a person.
  const member = units.at(-1);
  const article = first !== units[0] ? first : ctx.units[chunk.first - 1];
  if (
    article?.lower === 'the' &&
    member &&
    units.length >= 2 &&
    PARTY_MEMBERS.has(member.lower) &&
    places.lookupPlace(join(units.slice(0, -1), text))
  ) {
    return [
      {
        ...blank(ctx, article.start, end),
        name: '',
        role: 'DESCRIPTION',
        kind: 'PERSON',
        roleHead: 'person',
        title: whole,
        sentenceInitial: article.sentenceInitial,
        inQuote: article.inQuote,
      },
    ];
  }
  if (units.length === 1 && ctx.units[chunk.first - 1]?.lower === 'the' && isNationalityNoun(whole, places)) return [];
  // "The Minister for Housing, Local Government and Heritage, X,": the portfolio's list goes on.
  const listedAfter = ctx.chunkEndingAt.get(chunk.first - 2);
  if (ctx.units[chunk.first - 1]?.lower === ',' && listedAfter && isPortfolioTitle(listedAfter.units)) return [];

  // Formal names of states: "the Russian Federation", "the Republic of Belarus".
  if (units.length >= 2 && units.some((u) => STATE_FORM_WORDS.has(u.lower))) {
    const place = places.lookupPlace(whole);
    if (place?.kind === 'COUNTRY' && place.countryCode) {
      return [
        {
          ...candidate,
          kind: 'STATE',
          name: places.countryName(place.countryCode) ?? whole,
          countryCode: place.countryCode,
          place,
          agentive: true,
        },
      ];
    }
  }

  const institution = INSTITUTIONS.get(lower);
  if (institution) {
    return [{ ...candidate, kind: 'ORGANIZATION', name: institution.name, countryCode: institution.countryCode }];
  }
  const acronym = ACRONYMS.get(whole);
  if (acronym) return [{ ...candidate, kind: 'ORGANIZATION', name: acronym }];
  // "Procter & Gamble", "Marks & Spencer": no person's name holds an ampersand.
  if (units.length >= 3 && units.some((u) => u.text === '&')) return [{ ...candidate, kind: 'ORGANIZATION' }];
  // A title without a name ("President", "CEO") or a named event ("Storm Elena") is no actor.
  const lastUnit = units.at(-1) as Unit;
  if (
    units.every((u) => isRole(u) || u.lower === 'of') &&
    (ROLE_HEADS.has(bare(lastUnit)) || HONORIFICS.has(bare(lastUnit)))
  ) {
    return [];
  }
  if (units.length >= 2 && NAMED_EVENTS.has(bare(units[0] as Unit))) return [];

  const last = units.at(-1) as Unit;
  // Named things ("James Webb Space Telescope", "Crimean Bridge") are places or objects, not actors.
  // ("John Park", "President Ellen Park" are people: a given name right before the last word.)
  const givenAndOne = units.length >= 2 && givenName((units.at(-2) as Unit).text) !== null;
  // (A country so named, "Ivory Coast", is still a state.)
  if (
    units.length >= 2 &&
    FACILITY_SUFFIXES.has(bare(last)) &&
    !givenAndOne &&
    places.lookupPlace(whole)?.kind !== 'COUNTRY'
  ) {
    return [];
  }
  // "University of Oxford", "Bank of England": an organisation word before "of".
  // "Centre for Disease Prevention and Control", "Commission on Human Rights" likewise.
  const orgOf = units.some(
    (u, i) => ORG_LINKS.has(u.lower) && i > 0 && units.slice(0, i).some((w) => ORG_SUFFIXES.has(bare(w))),
  );
  // ("West Bank", "Gold Coast": a place whose last word ends organisations' names too.)
  const namedPlace = places.lookupPlace(whole);
  const placeNotBody = namedPlace !== null && namedPlace.kind !== 'CITY' && !orgOf;
  if (((ORG_SUFFIXES.has(bare(last)) && (units.length >= 2 || hasThe)) || orgOf) && !placeNotBody) {
    const owner = chunk.possessor ? join(chunk.possessor.units, text) : null;
    const ownerPlace = owner ? places.lookupPlace(owner) : null;
    const ownerCode = ownerPlace?.kind === 'COUNTRY' ? ownerPlace.countryCode : null;
    const ownerName = ownerCode ? (places.countryName(ownerCode) ?? owner) : null;
    const name = `${hasThe ? 'The ' : ''}${whole}${ownerName ? ` of ${ownerName}` : ''}`;
    const withOwner = ownerCode && chunk.possessor ? (chunk.possessor.units[0] as Unit).start : start;
    return [
      {
        ...candidate,
        start: withOwner,
        text: text.slice(withOwner, end),
        kind: 'ORGANIZATION',
        name,
        countryCode: ownerCode ?? demonymCountry(units.slice(0, 1), places),
      },
    ];
  }

  // "The Norwegian government said": a demonym with a word for its government is the state.
  const governed = demonymCountry(units, places);
  const government = ctx.units[chunk.last + 1];
  if (governed && government && !government.capitalized && GOVERNMENT_NOUNS.has(government.lower)) {
    return [
      {
        ...candidate,
        end: government.end,
        text: text.slice(start, government.end),
        kind: 'STATE',
        name: places.countryName(governed) ?? whole,
        countryCode: governed,
        agentive: true,
      },
    ];
  }
  // "the farm lobby group Aprosoja", "the Japanese automaker Toyota": a description names it first.
  const described = units.length <= 4 && !givenAndOne ? orgNounBefore(chunk, ctx) : null;
  if (described && !places.lookupPlace(whole)) return [{ ...candidate, kind: 'ORGANIZATION', title: described }];

  const orgHead = orgHeadAfter(chunk, ctx);
  // A demonym alone ("Japanese" in "the Japanese automaker") names no organisation.
  // Nor does a title word ("Former airline executive X").
  if (orgHead && !places.lookupPlace(whole) && !demonymCountry(units, places) && !units.every(isRole)) {
    const before = modifiersBefore(chunk, ctx);
    const words = [...before.words, ...orgHead.head].map((u) => u.lower);
    return [
      {
        ...candidate,
        start: before.start,
        end: orgHead.end,
        text: text.slice(before.start, orgHead.end),
        kind: 'ORGANIZATION',
        name: whole,
        title: words.join(' '),
      },
    ];
  }

  const split = splitTitle(units);
  if (split) {
    const person = personWithTitle(candidate, split, ctx);
    const owner = person.affiliations[0];
    // "Federal Reserve Chair Jerome Powell": the organisation before the title is named too.
    if (owner?.mention && owner.kind === 'ORGANIZATION') {
      const org: Candidate = {
        ...blank(ctx, owner.mention.start, owner.mention.end),
        kind: 'ORGANIZATION',
        name: owner.name,
        countryCode: owner.countryCode,
        sentenceInitial: candidate.sentenceInitial,
        inQuote: candidate.inQuote,
      };
      return [org, person];
    }
    // "Dr Laura Revell, an associate professor who ...": an honorific is no title; the apposition gives one.
    return [person.title === null ? withApposition(person, chunk, ctx) : person];
  }
  // "the Minister for Housing" with no name after it is a title, no actor.
  if (isPortfolioTitle(units)) return [];

  if (demonymCountry(units, places)) return [];
  const place = places.lookupPlace(whole);
  const regional = place?.kind === 'REGION' ? regionalGovernment(chunk, ctx) : null;
  if (regional) {
    const body = { ...blank(ctx, regional.start, end), sentenceInitial: regional.sentenceInitial };
    return [{ ...body, kind: 'ORGANIZATION', name: `Government of ${whole}` }];
  }
  if (place) return [{ ...candidate, role: 'PLACE', place, countryCode: place.countryCode }];
  // "Co Cork", "County Kerry": an Irish or British county by its town's name is a place.
  const county = units.length >= 2 && COUNTY.test(units[0]?.text ?? '') ? countyPlace(units.slice(1), ctx) : null;
  if (county) return [{ ...candidate, role: 'PLACE', place: county, countryCode: county.countryCode }];

  // "Committee to Protect Journalists", "Doctors Without Borders": people's names hold no preposition.
  // A capitalised "Of" or "The" inside ("Friends Of The Earth") is a name's title case, never a person's.
  const inner = units.slice(1, -1);
  if (inner.some((u) => NAME_PREPOSITIONS.has(u.lower) || (u.capitalized && FUNCTION_WORDS.has(u.lower)))) {
    return [{ ...candidate, kind: 'ORGANIZATION' }];
  }
  // "Goldman Sachs analysts said": a name that owns a group of people is an organisation.
  const next = ctx.units[chunk.last + 1];
  // ("Climate scientists say": a capitalised opener is no name unless it is one elsewhere too.)
  const commonOpener =
    units.length === 1 &&
    (units[0] as Unit).sentenceInitial &&
    !capitalisedElsewhere(units[0] as Unit, ctx.namesInText);
  if (next && !next.capitalized && GROUP_NOUNS.has(next.lower) && !places.lookupPlace(whole) && !commonOpener) {
    return [{ ...candidate, kind: 'ORGANIZATION' }];
  }
  // People have no article: "The Daily Planet" inside a sentence is an organisation.
  if (hasThe) return [{ ...candidate, kind: 'ORGANIZATION', name: `The ${whole}` }];
  // "the committee, known as Copom", "analysts at Banco Horizonte": what the words before make it.
  const before = ctx.units[chunk.first - 1];
  const beforeThat = ctx.units[chunk.first - 2];
  const known = before?.lower === 'as' && beforeThat?.lower === 'known';
  const headBefore = known ? ctx.units[chunk.first - 4] : undefined;
  if (headBefore && ctx.units[chunk.first - 3]?.lower === ',' && isOrgNoun(headBefore)) {
    return [{ ...candidate, kind: 'ORGANIZATION', title: headBefore.lower }];
  }
  if (
    (before?.lower === 'at' || before?.lower === 'from') &&
    beforeThat &&
    (GROUP_NOUNS.has(beforeThat.lower) || (!beforeThat.capitalized && ROLE_HEADS.has(beforeThat.lower))) &&
    !places.lookupPlace(whole)
  ) {
    return [{ ...candidate, kind: 'ORGANIZATION' }];
  }
  // "a palaeontologist at the Coastal Fossil Museum": a person's occupation at a name of several words.
  const occupation = ctx.units[chunk.first - 3];
  if (
    before?.lower === 'the' &&
    beforeThat?.lower === 'at' &&
    occupation &&
    !occupation.capitalized &&
    occupation.pos === 'NOUN' &&
    (ROLE_HEADS.has(occupation.lower) || PERSON_NOUNS.has(occupation.lower) || SCHOLAR_SHAPE.test(occupation.lower)) &&
    units.length >= 2 &&
    !places.lookupPlace(whole)
  ) {
    return [{ ...candidate, kind: 'ORGANIZATION' }];
  }
  // "(PMC)" right after a name: the organisation's abbreviation.
  if (/^[A-Z]{2,6}$/.test(whole) && ctx.units[chunk.first - 1]?.text === '(') {
    return [{ ...candidate, kind: 'ORGANIZATION' }];
  }
  // "Irish Ferries has cancelled": a demonym opens no person's name; it is a body that acts, or nothing.
  if (units.length >= 2 && places.countryOfDemonym((units[0] as Unit).text)) {
    return actsNext(chunk, ctx) ? [{ ...candidate, kind: 'ORGANIZATION' }] : [];
  }
  // "Forecaster Aoife Nolan", "for Housing Declan Burke": a first word never capitalised elsewhere is a title.
  let body = units;
  let lead: Unit[] = [];
  const opener = body[0] as Unit;
  if (
    body.length >= 3 &&
    ROLE_NOUN_SHAPE.test(opener.text) &&
    !givenName(opener.text) &&
    !capitalisedElsewhere(opener, ctx.namesInText)
  ) {
    lead = body.slice(0, 1);
    body = body.slice(1);
  }
  const words = body.filter((u) => u.capitalized && !isGeneration(u));
  const nameWords = words.map((u) => u.text);
  const wordStarts = words.map((u) => u.start);
  const given = nameWords.length >= 2 ? givenName(nameWords[0] ?? '') : null;
  const bodyStart = (body[0] as Unit).start;
  const trimmed: Candidate = lead.length
    ? {
        ...candidate,
        start: bodyStart,
        text: text.slice(bodyStart, end),
        name: text.slice(bodyStart, end),
        title: join(lead, text),
        personEvidence: true,
        kind: 'PERSON',
      }
    : candidate;
  const person: Candidate = given
    ? { ...trimmed, nameWords, wordStarts, kind: 'PERSON', personEvidence: true, gender: given.gender }
    : { ...trimmed, nameWords, wordStarts };
  // "market leader Nvidia", "industry leader X": a firm that leads a market, not a person's title.
  const leader = ctx.units[chunk.first - 1];
  if (leader?.lower === 'leader' && MARKET_WORDS.has(ctx.units[chunk.first - 2]?.lower ?? '')) {
    return [{ ...person, kind: 'ORGANIZATION', title: `${ctx.units[chunk.first - 2]?.lower} leader` }];
  }
  const lowerTitle = lowerCaseTitle(chunk, ctx);
  if (lowerTitle) return withLowerCaseTitle(person, lowerTitle, ctx);
  const apposed = ownsLikeACompany(withApposition(person, chunk, ctx), chunk, ctx);
  return [
    apposed.kind === null && inPersonContext(apposed, chunk, ctx)
      ? { ...apposed, kind: 'PERSON', personEvidence: true }
      : apposed,
  ];
}

/**
 * "Toyota's shares fell", "Vantex's chief executive said": a name owning what only a company has
 * acts as an organisation (a single word still yields to a person whose surname it is).
 */
function ownsLikeACompany(candidate: Candidate, chunk: Chunk, ctx: SentenceContext): Candidate {
  if (!chunk.possessive || candidate.kind !== null || candidate.inQuote) return candidate;
  let j = chunk.last + 2;
  // One modifier may come first: "quarterly profit", "chief executive", "net sales".
  if (ctx.units[j]?.pos === 'ADJ' && !ctx.units[j]?.capitalized) j++;
  const noun = ctx.units[j];
  if (!noun || noun.capitalized || !CORPORATE_POSSESSIONS.has(noun.lower)) return candidate;
  return candidate.nameWords.length >= 2
    ? { ...candidate, kind: 'ORGANIZATION', agentive: true }
    : { ...candidate, agentive: true };
}

/**
 * Endings of family names across Slavic, Georgian, Armenian, Greek, Turkish, Nordic and Iberian
 * naming ("-ović", "-enko", "-shvili", "-yan", "-opoulos", "-oğlu", "-sson", "-ez").
 */
const SURNAME_SHAPE =
  /\p{L}{2}(?:ović|ovic|evic|ević|ić|enko|chuk|czuk|shvili|adze|idze|yan|ian|opoulos|poulos|akis|idis|oğlu|oglu|sson|ez|ski|ska|sky|skyi|vili|ov|ova|ev|eva|escu|eanu)$/u;

/** Each word shaped like a name ("Adebayo-Smith", "O'Brien"), none an acronym or a number. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]/u;

/**
 * An unknown name of two or three words in a place only a person takes: the object of "arrested"
 * or "hired", after "talks with" or "spoke to", before ", who" or an age (", 34,"), or owning a
 * widow or a lawyer ("X's lawyer"). People's names are the common case there; organisations and
 * places were told apart before (by their words, the gazetteer, their articles).
 */
function inPersonContext(candidate: Candidate, chunk: Chunk, ctx: SentenceContext): boolean {
  const { units } = ctx;
  const words = candidate.nameWords;
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
  // A country or region in it, or a place at its end, makes it a place's name ("Kaltenbrunn
  // Germany"); a town that is also a given name may open a person's ("Elon Musk").
  const placeKind = (u: Unit) => ctx.places.lookupPlace(u.text)?.kind;
  if (chunk.units.some((u) => !u.capitalized || placeKind(u) === 'COUNTRY' || placeKind(u) === 'REGION')) return false;
  if (placeKind(chunk.units.at(-1) as Unit)) return false;
  // "Novak Djokovic", "Stefanos Tsitsipas": a surname of a shape only family names have.
  if (SURNAME_SHAPE.test(words.at(-1) ?? '')) return true;
  // "Lionel Messi scored": a given name on the world's lists before a word that is none, where no
  // word is a place's or names a thing ("Berlin Marathon", "River Ouse"). The lists hold many
  // words ("Apple", "River"), so this is the weakest evidence.
  const [first, second] = chunk.units;
  if (
    words.length === 2 &&
    first &&
    second &&
    !placeKind(first) &&
    // ("Apple Music" where "Apple" stands alone elsewhere: a name of its own, no given name.)
    !capitalisedElsewhere(first, ctx.namesInText) &&
    !chunk.units.some((u) => FACILITY_SUFFIXES.has(bare(u)) || NAMED_EVENTS.has(bare(u))) &&
    worldGivenName(first.text) &&
    !worldGivenName(second.text)
  ) {
    return true;
  }
  const before = units[chunk.first - 1];
  const beforeThat = units[chunk.first - 2];
  if (before && !before.capitalized && PERSON_OBJECT_VERBS.has(before.lower)) return true;
  if (
    (before?.lower === 'with' || before?.lower === 'to') &&
    beforeThat &&
    (!beforeThat.capitalized || beforeThat.sentenceInitial) &&
    MEETING_WORDS.has(beforeThat.lower)
  ) {
    return true;
  }
  let v = chunk.last + 1;
  while (AUXILIARIES.has(units[v]?.lower ?? '') || units[v]?.pos === 'ADV') v++;
  const verb = units[v];
  if (verb && !verb.capitalized && PERSON_SUBJECT_VERBS.has(verb.lower)) return true;
  const next = units[chunk.last + 1];
  const after = units[chunk.last + 2];
  if (next?.lower === ',' && after?.lower === 'who') return true;
  if (
    next?.lower === ',' &&
    after?.pos === 'NUM' &&
    /^\d{1,3}$/.test(after.text) &&
    units[chunk.last + 3]?.lower === ','
  ) {
    return true;
  }
  return chunk.possessive && PERSONAL_POSSESSIONS.has(units[chunk.last + 2]?.lower ?? '');
}

const isOrgNoun = (unit: Unit): boolean =>
  !unit.capitalized && (ORG_SUFFIXES.has(unit.lower) || ORG_HEAD_NOUNS.has(unit.lower));

/** Whether the chunk is followed (past auxiliaries) by a verb of acting. */
function actsNext(chunk: Chunk, ctx: SentenceContext): boolean {
  let j = chunk.last + 1;
  while (AUXILIARIES.has(ctx.units[j]?.lower ?? '')) j++;
  const verb = ctx.units[j];
  return Boolean(verb && !verb.capitalized && AGENT_VERBS.has(verb.lower));
}

const APPOSITION_MODIFIERS = /^(?:ADJ|NOUN|PROPN|VERB|NUM|PART)$/;
const MAX_APPOSITION_WORDS = 6;
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const APPOSITION_LINKS = new Set(['at', 'of', 'for', 'with']);
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which', 'that']);

/**
 * "X, the Oslo-based container line, ..." makes X an organisation; "X, a transport analyst at Y,"
 * and "its director-general, X," a person with a title (and Y the organisation they work for).
 * The last noun of the phrase decides: "the company's chief executive" is a person.
 */
function withApposition(candidate: Candidate, chunk: Chunk, ctx: SentenceContext): Candidate {
  const { units, text, places } = ctx;
  const before = units[chunk.first - 1];
  const role = units[chunk.first - 2];
  // "The Taoiseach, X,": a capitalised role after "the" is a title too.
  const theRole = role?.capitalized && units[chunk.first - 3]?.lower === 'the';
  if (
    before?.lower === ',' &&
    role &&
    (!role.capitalized || theRole) &&
    ROLE_HEADS.has(role.lower) &&
    candidate.nameWords.length >= 2
  ) {
    return roleBeforeName(candidate, chunk.first - 2, ctx);
  }
  if (units[chunk.last + 1]?.lower !== ',') return candidate;
  // "X, Google's vice president for ...": the possessive names the employer.
  const owner = ctx.chunkAt.get(chunk.last + 2);
  const possessor = owner?.possessive ? owner : undefined;
  // "X, deputy project scientist at Y,": a bare role phrase, with no article, may follow too.
  const opener = units[chunk.last + 2];
  const bareRole = !possessor && !!opener && !opener.capitalized && !APPOSITION_OPENERS.has(opener.lower);
  if (!possessor && !bareRole && !APPOSITION_OPENERS.has(opener?.lower ?? '')) return candidate;
  const from = possessor ? possessor.last + 2 : bareRole ? chunk.last + 2 : chunk.last + 3;
  let j = from;
  while (j < units.length && j < from + MAX_APPOSITION_WORDS) {
    const unit = units[j] as Unit;
    if (unit.lower === ',' || APPOSITION_LINKS.has(unit.lower) || RELATIVE_PRONOUNS.has(unit.lower)) break;
    if (!APPOSITION_MODIFIERS.test(unit.pos) && !unit.mixedCompound) return candidate;
    j++;
  }
  const head = units[j - 1];
  const end = units[j];
  if (
    !head ||
    head.capitalized ||
    j === from ||
    (end && end.lower !== ',' && !APPOSITION_LINKS.has(end.lower) && !RELATIVE_PRONOUNS.has(end.lower))
  ) {
    return candidate;
  }
  const title = text.slice((units[from] as Unit).start, head.end);
  if (ORG_HEAD_NOUNS.has(head.lower)) return bareRole ? candidate : { ...candidate, kind: 'ORGANIZATION', title };
  if (bareRole && !ROLE_HEADS.has(head.lower)) return candidate;
  const personal = ROLE_HEADS.has(head.lower) || PERSON_NOUNS.has(head.lower) || ROLE_NOUN_SHAPE.test(head.lower);
  if (!personal || (candidate.kind !== 'PERSON' && candidate.nameWords.length < 2)) return candidate;
  const person: Candidate = { ...candidate, kind: 'PERSON', personEvidence: true, title, roleHead: head.lower };
  const employer = possessor ?? (end && APPOSITION_LINKS.has(end.lower) ? ctx.chunkAt.get(j + 1) : undefined);
  if (employer) {
    const mention = { start: (employer.units[0] as Unit).start, end: (employer.units.at(-1) as Unit).end };
    // "X, Syria's interim president,": a country's possessive makes the title one of that state.
    const place = possessor ? places.lookupPlace(join(employer.units, text)) : null;
    const state = place?.kind === 'COUNTRY' ? place.countryCode : null;
    const country = state ? places.countryName(state) : null;
    if (state && country) {
      return {
        ...person,
        title: `${title} of ${country}`,
        countryCode: state,
        affiliations: [
          {
            name: country,
            kind: 'STATE',
            countryCode: state,
            predicate: `${title.toLowerCase()} of`,
            mention: null,
            start: candidate.start,
            end: head.end,
          },
        ],
      };
    }
    person.affiliations = [
      {
        name: join(employer.units, text),
        kind: 'ORGANIZATION',
        countryCode: null,
        predicate: possessor ? `${title.toLowerCase()} of` : `${head.lower} ${end?.lower}`,
        mention,
        start: Math.min(candidate.start, mention.start),
        end: Math.max(candidate.end, mention.end),
      },
    ];
    return person;
  }
  // "the French president": the demonym tells whose president.
  const demonym = units.slice(from, j).find((u) => u.capitalized && places.countryOfDemonym(u.text));
  const code = demonym ? places.countryOfDemonym(demonym.text) : null;
  const country = code ? places.countryName(code) : null;
  if (!code || !country) return person;
  return {
    ...person,
    title: `${head.lower} of ${country}`,
    countryCode: code,
    affiliations: [
      {
        name: country,
        kind: 'STATE',
        countryCode: code,
        predicate: `${head.lower} of`,
        mention: null,
        start: candidate.start,
        end: head.end,
      },
    ],
  };
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/**
 * "the party's housing spokesperson, X,": the role (with up to two lower-case words before its
 * head) is the person's title, and a possessive name before it is who they speak or work for.
 */
function roleBeforeName(candidate: Candidate, head: number, ctx: SentenceContext): Candidate {
  const { units, text, places } = ctx;
  let r = head;
  while (r > 0 && head - r < 2) {
    const word = units[r - 1] as Unit;
    if (word.capitalized || !(ROLE_WORDS.has(word.lower) || /^(?:NOUN|ADJ)$/.test(word.pos))) break;
    r--;
  }
  const roleHead = units[head] as Unit;
  const title = text.slice((units[r] as Unit).start, roleHead.end);
  const person: Candidate = { ...candidate, kind: 'PERSON', personEvidence: true, title, roleHead: roleHead.lower };
  const owner = POSSESSIVE_MARKS.has(units[r - 1]?.lower ?? '') ? ctx.chunkEndingAt.get(r - 2) : undefined;
  if (!owner) return person;
  const mention = { start: (owner.units[0] as Unit).start, end: (owner.units.at(-1) as Unit).end };
  const name = text.slice(mention.start, mention.end);
  const place = places.lookupPlace(name);
  // "Vermont's governor, X,": a region's office names the region; no body of that name is the employer.
  if (place?.kind === 'REGION') return { ...person, title: `${title} of ${name}` };
  const code = place?.kind === 'COUNTRY' ? place.countryCode : null;
  const predicate = `${title.toLowerCase()} of`;
  const span = { start: mention.start, end: candidate.end };
  if (code) {
    // "Germany's finance minister": the title says of which country, as "the French president" does.
    person.title = `${title} of ${places.countryName(code) ?? name}`;
    person.countryCode = code;
  }
  person.affiliations = [
    code
      ? { name: places.countryName(code) ?? name, kind: 'STATE', countryCode: code, predicate, mention: null, ...span }
      : { name, kind: 'ORGANIZATION', countryCode: null, predicate, mention, ...span },
  ];
  return person;
}

function personWithTitle(candidate: Candidate, split: TitleSplit, ctx: SentenceContext): Candidate {
  const { text, places } = ctx;
  const roleText = join(split.roles, text);
  const headWord = bare(split.head);
  const predicate = `${roleText.toLowerCase()} of`;
  const single = split.rest.length === 1;
  // A bare surname keeps its title in the mention ("President Putin"); a full name stands alone.
  const start = single ? (split.roles[0] as Unit).start : (split.rest[0] as Unit).start;
  const affiliations: Affiliation[] = [];
  // "Mr", "Dr." alone are forms of address, not titles.
  let title: string | null = split.roles.every((u) => HONORIFICS.has(bare(u))) ? null : roleText;
  let countryCode: string | null = null;
  if (split.prefix.length) {
    const prefixText = join(split.prefix, text);
    const prefixPlace = places.lookupPlace(prefixText);
    const demonym =
      demonymCountry(split.prefix, places) ?? (prefixPlace?.kind === 'COUNTRY' ? prefixPlace.countryCode : null);
    if (demonym) {
      countryCode = demonym;
      const country = places.countryName(demonym) ?? prefixText;
      title = `${roleText} of ${country}`;
      affiliations.push({
        name: country,
        kind: 'STATE',
        countryCode: demonym,
        predicate,
        mention: null,
        start: (split.prefix[0] as Unit).start,
        end: candidate.end,
      });
    } else {
      title = split.roles.every((u) => HONORIFICS.has(bare(u))) ? prefixText : `${prefixText} ${roleText}`;
      const institution = INSTITUTIONS.get(prefixText.toLowerCase());
      countryCode = institution?.countryCode ?? prefixPlace?.countryCode ?? null;
      // Only a name that can stand alone as an organisation owns the role; "New York" or
      // "U.S. District" before "Judge" are part of the title.
      // An honorific ("Environmentalist Dr X") has no owner; a lone word owns the role only if it
      // is a name elsewhere too ("Epic CEO X" after "Epic Games").
      const honorificOnly = split.roles.every((u) => HONORIFICS.has(bare(u)));
      const lone = split.prefix.length === 1 && capitalisedElsewhere(split.prefix[0] as Unit, ctx.namesInText);
      const owner =
        !prefixPlace &&
        !honorificOnly &&
        (institution ||
          ACRONYMS.has(prefixText) ||
          lone ||
          (split.prefix.length >= 2 && ORG_SUFFIXES.has(bare(split.prefix.at(-1) as Unit))));
      if (owner)
        affiliations.push({
          name: institution?.name ?? prefixText,
          kind: 'ORGANIZATION',
          countryCode,
          predicate,
          mention: { start: (split.prefix[0] as Unit).start, end: (split.prefix.at(-1) as Unit).end },
          start: (split.prefix[0] as Unit).start,
          end: candidate.end,
        });
    }
  }
  return {
    ...candidate,
    start,
    text: text.slice(start, candidate.end),
    kind: 'PERSON',
    name: join(split.rest, text),
    nameWords: split.rest.filter((u) => !isGeneration(u)).map((u) => u.text),
    title,
    roleHead: headWord,
    countryCode,
    gender:
      genderOf(split.roles) ?? (split.rest.length >= 2 ? (givenName(split.rest[0]?.text ?? '')?.gender ?? null) : null),
    personEvidence: true,
    affiliations,
  };
}

function withLowerCaseTitle(
  person: Candidate,
  found: { roles: Unit[]; owner: Chunk | null },
  ctx: SentenceContext,
): Candidate[] {
  const { text, places } = ctx;
  const roleText = join(found.roles, text);
  const headWord = (found.roles.at(-1) as Unit).lower;
  const predicate = `${roleText.toLowerCase()} of`;
  const result: Candidate = {
    ...person,
    kind: 'PERSON',
    title: roleText,
    roleHead: headWord,
    gender: genderOf(found.roles) ?? person.gender,
    personEvidence: true,
  };
  const owner = found.owner;
  // "Finance director X", "Fire chief X": a capitalised common word opening the sentence is part of the title.
  const opener = owner?.units.length === 1 ? (owner.units[0] as Unit) : undefined;
  const commonOpener =
    opener?.sentenceInitial &&
    !capitalisedElsewhere(opener, ctx.namesInText) &&
    !INSTITUTIONS.has(opener.lower) &&
    !ACRONYMS.has(opener.text) &&
    !places.lookupPlace(opener.text);
  if (owner && (commonOpener || owner.units.every((u) => ROLE_WORDS.has(bare(u))))) {
    result.title = text.slice((owner.units[0] as Unit).start, (found.roles.at(-1) as Unit).end);
    return [result];
  }
  if (!owner) return [result];
  const ownerText = join(owner.units, text);
  const demonym = demonymCountry(owner.units, places);
  if (demonym) {
    const country = places.countryName(demonym) ?? ownerText;
    result.countryCode = demonym;
    result.title = `${roleText} of ${country}`;
    result.affiliations = [
      {
        name: country,
        kind: 'STATE',
        countryCode: demonym,
        predicate,
        mention: null,
        start: owner.units[0]?.start ?? person.start,
        end: person.end,
      },
    ];
    return [result];
  }
  const institution = INSTITUTIONS.get(ownerText.toLowerCase());
  result.title = `${ownerText} ${roleText}`;
  result.countryCode = institution?.countryCode ?? null;
  result.affiliations = [
    {
      name: institution?.name ?? ownerText,
      kind: 'ORGANIZATION',
      countryCode: institution?.countryCode ?? null,
      predicate,
      mention: { start: owner.units[0]?.start ?? person.start, end: owner.units.at(-1)?.end ?? person.start },
      start: owner.units[0]?.start ?? person.start,
      end: person.end,
    },
  ];
  return [result];
}
