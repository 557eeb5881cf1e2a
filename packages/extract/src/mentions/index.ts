import { AGENT_VERBS, AUXILIARIES } from '../model/agency.ts';
import { isSportsReport, MATCH_WORDS_BEFORE } from '../model/sports.ts';
import type { Sentence } from '../types.ts';
import { buildUnits, type Unit } from './01-units.ts';
import { type Chunk, findChunks } from './02-chunks.ts';
import { classifyChunk, type SentenceContext } from './03-classify.ts';
import { findDescriptions, findPronouns } from './04-references.ts';
import { findAgency } from './05-agency.ts';
import { findCountryInstitutions } from './06-institutions.ts';
import type { PlaceLookup } from './places.ts';
import type { Candidate } from './types.ts';

export { newCandidate } from './candidate.ts';
export type { PlaceFacts, PlaceLookup } from './places.ts';
export { NO_PLACES } from './places.ts';
export type { Affiliation, Candidate, CandidateRole } from './types.ts';

const SHORT_WORDS = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|as|by|with|from|into|over|after|is|are|was|be)$/i;

// Hoisted: the TypeScript transform turns a /\p{…}/u literal into a `new RegExp` at every call.
const LONGER_WORD = /^\p{L}{3,}/u;
const CAPITALISED = /^\p{Lu}/u;

/** "Israel Strikes Targets In Gaza As Talks Stall": most longer words capitalised, no closing stop. */
function isTitleCase(units: Unit[]): boolean {
  const words = units.filter((u) => LONGER_WORD.test(u.text) && !SHORT_WORDS.test(u.text));
  if (words.length < 4 || units.at(-1)?.text === '.') return false;
  return words.filter((u) => CAPITALISED.test(u.text)).length >= 0.75 * words.length;
}

/** Prepositions of place that, with "the", make the next word a place ("in the Amazon"). */
const LOCATIVES = new Set(['in', 'across', 'throughout', 'inside', 'within', 'near', 'into', 'through', 'around']);

const locatedAfterThe = (units: Unit[], first: number): boolean =>
  units[first - 1]?.lower === 'the' && LOCATIVES.has(units[first - 2]?.lower ?? '');

/** ", which paid ...": a relative clause for a thing, whose verb acts. */
function actsThroughWhich(units: Unit[], last: number): boolean {
  if (units[last + 1]?.lower !== ',' || units[last + 2]?.lower !== 'which') return false;
  let j = last + 3;
  let passive = false;
  while (AUXILIARIES.has(units[j]?.lower ?? ''))
    passive ||= /^(?:is|are|was|were|be|been)$/.test(units[j++]?.lower ?? '');
  const verb = units[j];
  return Boolean(verb && (AGENT_VERBS.has(verb.lower) || (verb.pos === 'VERB' && !passive)));
}

/**
 * "Okemo Tarbat won his third title": an unknown two-word name that the next he/his of its
 * sentence refers to (no other name between) is a person's.
 */
function markPronounAntecedents(found: Candidate[], from: number, pronouns: Candidate[]): void {
  const names = found.slice(from).sort((a, b) => a.start - b.start);
  let k = -1;
  for (const pronoun of pronouns) {
    while (k + 1 < names.length && (names[k + 1] as Candidate).start < pronoun.start) k++;
    const nearest = names[k];
    if (nearest?.role === 'NAME' && nearest.kind === null && nearest.nameWords.length >= 2 && !nearest.inQuote) {
      nearest.kind = 'PERSON';
      nearest.personEvidence = true;
      nearest.gender ??= pronoun.gender;
    }
  }
}

/** Verbs that open what a body says about itself: "said it would", "announced its". */
const SAYING = new Set(['said', 'says', 'added', 'announced', 'reported', 'stated', 'confirmed', 'warned', 'told']);
const IT_VERBS = new Set(['would', 'will', 'had', 'has', 'plans', 'planned', 'expects', 'expected', 'intends', 'aims']);

/**
 * "Goldman Sachs said its profit rose", "... said it would cut jobs": an unknown name of two or
 * more words that the next "its" (or "it" as the subject of a plan) of its sentence refers to is
 * a body, not a person (people are "he" and "she"). "It would be hard" says nothing.
 */
function markNeuterAntecedents(found: Candidate[], from: number, units: Unit[]): void {
  const names = found.slice(from).filter((c) => c.role === 'NAME' || c.role === 'PLACE');
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.inQuote) continue;
    const next = units[i + 1]?.lower ?? '';
    const neuter =
      unit.lower === 'its' ||
      (unit.lower === 'it' && IT_VERBS.has(next) && !/^(?:be|been)$/.test(units[i + 2]?.lower ?? ''));
    if (!neuter) continue;
    // Only the clause a speaker opens: "X said (on Monday) it would", not "X praised its staff".
    if (!units.slice(Math.max(0, i - 5), i).some((u) => SAYING.has(u.lower))) continue;
    const nearest = names.filter((c) => c.end <= unit.start).at(-1);
    if (
      nearest?.role === 'NAME' &&
      nearest.kind === null &&
      nearest.speaks &&
      nearest.nameWords.length >= 2 &&
      !nearest.inQuote
    ) {
      nearest.kind = 'ORGANIZATION';
      nearest.agentive = true;
    }
  }
}

/** The body's words in order; an array, as a generator costs more than it saves in a match report. */
function bodyWords(perSentence: Unit[][], sentences: Sentence[]): string[] {
  const words: string[] = [];
  for (const [i, units] of perSentence.entries()) {
    if (sentences[i]?.sectionKind === 'BODY') for (const unit of units) words.push(unit.lower);
  }
  return words;
}

/**
 * Candidate actor mentions in text order: names (with titles and affiliations), places that
 * may act as states, pronouns and descriptions of people.
 */
export function findMentions(text: string, sentences: Sentence[], places: PlaceLookup): Candidate[] {
  const perSentence = buildUnits(text, sentences);
  const headlines = perSentence.map(isTitleCase);
  // Words capitalised inside ordinary sentences: names, whatever their POS at a sentence start.
  const namesInText = new Map<string, number>();
  perSentence.forEach((units, sentence) => {
    if (headlines[sentence]) return;
    for (const unit of units) {
      if (unit.capitalized && !unit.sentenceInitial) namesInText.set(unit.text, (namesInText.get(unit.text) ?? 0) + 1);
    }
  });
  // "Leeds, who host Bristol": in a match report a town after a match verb is the club, which acts.
  const sports = isSportsReport(bodyWords(perSentence, sentences));
  const found: Candidate[] = [];
  perSentence.forEach((units, sentence) => {
    const sentenceStart = found.length;
    const chunks = findChunks(units, places, namesInText, headlines[sentence]);
    const chunkAt = new Map<number, Chunk>();
    const chunkEndingAt = new Map<number, Chunk>();
    for (const chunk of chunks) {
      chunkAt.set(chunk.first, chunk);
      chunkEndingAt.set(chunk.last, chunk);
    }
    const ctx: SentenceContext = { text, units, sentence, places, chunkEndingAt, chunkAt, namesInText };
    const headline = headlines[sentence] ?? false;
    const institutions = findCountryInstitutions(chunks, ctx);
    // "Brazil's central bank": the country names the owner of an institution, it does not act itself.
    const owners = new Set(institutions.map((c) => c.start));
    for (const chunk of chunks) {
      const agency = findAgency(chunk, units, chunkAt, chunkEndingAt);
      const owner = owners.has((chunk.units[0] as Unit).start);
      const located = chunk.units.length === 1 && locatedAfterThe(units, chunk.first);
      for (const candidate of classifyChunk(chunk, ctx)) {
        if (owner && candidate.role === 'PLACE') continue;
        candidate.located = located;
        // "In the United States, the FDA said": a state's formal name after a preposition of place
        // says where, and acts only if its clause makes it.
        if (candidate.kind === 'STATE' && candidate.place && locatedAfterThe(units, chunk.first)) {
          candidate.agentive = false;
        }
        // "sponsored by Streamberg, which paid a record fee": "which" is no person, and it acts.
        if (candidate.role === 'NAME' && candidate.kind === null && actsThroughWhich(units, chunk.last)) {
          candidate.kind = 'ORGANIZATION';
          candidate.agentive = true;
        }
        candidate.subject ||= agency.subject;
        candidate.agentive ||= agency.agentive;
        candidate.speaks ||= agency.speaks;
        // "Portugal will start rationing water": a country doing something acts as its state.
        if (candidate.place?.kind === 'COUNTRY' && agency.doing && !candidate.inQuote) candidate.agentive = true;
        if (sports && candidate.place?.kind === 'CITY' && MATCH_WORDS_BEFORE.has(units[chunk.first - 1]?.lower ?? '')) {
          candidate.agentive = true;
        }
        // "the Red Crescent said": people take no article; a name after "the" that acts is a body.
        if (
          candidate.role === 'NAME' &&
          !candidate.title &&
          candidate.nameWords.length >= 2 &&
          candidate.start === (chunk.units[0] as Unit).start &&
          units[chunk.first - 1]?.lower === 'the' &&
          (candidate.speaks || candidate.agentive)
        ) {
          candidate.kind = 'ORGANIZATION';
          candidate.personEvidence = false;
        }
        candidate.headline = headline;
        found.push(candidate);
      }
    }
    for (const institution of institutions) {
      institution.headline = headline;
      // "France's civil aviation authority, the DGAC,": the name in apposition is the institution's own.
      const next = units.findIndex((u) => u.start >= institution.end);
      if (units[next]?.lower !== ',') continue;
      const named = chunkAt.get(units[next + 1]?.lower === 'the' ? next + 2 : next + 1);
      if (named) institution.name = text.slice((named.units[0] as Unit).start, (named.units.at(-1) as Unit).end);
    }
    const pronouns = findPronouns(ctx);
    markPronounAntecedents(found, sentenceStart, pronouns);
    markNeuterAntecedents(found, sentenceStart, units);
    found.push(...institutions, ...pronouns, ...findDescriptions(ctx));
  });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
