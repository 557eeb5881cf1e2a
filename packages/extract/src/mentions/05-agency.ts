import { ACTION_NOUNS, AGENT_VERBS, AUXILIARIES, JOINT_NOUNS, OBJECT_AGENT_VERBS } from '../model/agency.ts';
import { cueFor } from '../model/cue-verbs.ts';
import type { Unit } from './01-units.ts';
import type { Chunk } from './02-chunks.ts';

const COORDINATORS = new Set(['and', ',', 'or']);
const RELATIVES = new Set(['which', 'who', 'whose']);
const APPOSITION_OPENERS = new Set(['the', 'a', 'an']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const LOCATIVES = new Set([
  'in',
  'on',
  'at',
  'near',
  'from',
  'to',
  'into',
  'onto',
  'across',
  'inside',
  'outside',
  'toward',
  'towards',
  'around',
  'through',
  'throughout',
  'over',
  'via',
  'of',
  'off',
  'beyond',
  'within',
  'along',
  // "Flights between London and Paris resumed": the names are not the verb's subject.
  'between',
]);
const BRACKETED_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we', 'them', 'their', 'its', 'his', 'her']);

const isAdverb = (unit: Unit | undefined): boolean =>
  unit !== undefined && !unit.capitalized && (unit.pos === 'ADV' || /^[a-z]{3,}ly$/.test(unit.lower));

/**
 * The units right before and after the chunk and any names coordinated with it ("Minsk and Moscow
 * have", "accusing Washington and Brussels"). Names joined by commas alone are no list: in "In
 * Germany, Siemens said" or "In the United States, the FDA said" a fronted place stands before
 * the subject, so each name keeps its own neighbours.
 */
function coordination(
  chunk: Chunk,
  units: Unit[],
  chunkAt: Map<number, Chunk>,
  chunkEndingAt: Map<number, Chunk>,
): { before: number; after: number } {
  let conjoined = false;
  let after = chunk.last + 1;
  while (COORDINATORS.has(units[after]?.lower ?? '')) {
    // "The NFL and the NBA declined": a determiner may open the next name.
    const next = chunkAt.get(after + 1) ?? (units[after + 1]?.lower === 'the' ? chunkAt.get(after + 2) : undefined);
    if (!next) break;
    conjoined ||= units[after]?.lower !== ',';
    after = next.last + 1;
  }
  let before = chunk.first - 1;
  while (COORDINATORS.has(units[before]?.lower ?? '')) {
    const previous = chunkEndingAt.get(before - 1);
    if (!previous) break;
    conjoined ||= units[before]?.lower !== ',';
    before = previous.first - 1;
  }
  return conjoined ? { before, after } : { before: chunk.first - 1, after: chunk.last + 1 };
}

export interface Agency {
  /** Subject of a verb (a person who acts is a likelier antecedent). */
  subject: boolean;
  /** Acting as a government: subject as above, object of accuse/urge, or "X's invasion". */
  agentive: boolean;
  /** Subject of a speech verb. */
  speaks: boolean;
  /** Subject of a verb of doing, not of having or undergoing ("will start shipping", not "saw rain"). */
  doing?: boolean;
}

/** Verbs whose subject has, undergoes or is something rather than doing it: "Portugal saw record heat". */
const UNDERGOING_VERBS = new Set([
  'see',
  'sees',
  'saw',
  'seen',
  'have',
  'has',
  'had',
  'face',
  'faces',
  'faced',
  'suffer',
  'suffers',
  'suffered',
  'experience',
  'experienced',
  'experiences',
  'record',
  'records',
  'recorded',
  'remain',
  'remains',
  'remained',
  'become',
  'became',
  'becomes',
  'get',
  'gets',
  'got',
  'receive',
  'received',
  'receives',
  'lose',
  'lost',
  'loses',
  'lie',
  'lies',
  'lay',
  'border',
  'borders',
  'bordered',
  'is',
  'was',
  'are',
  'were',
  'be',
]);

/** Whether a name acts in its sentence: needed to tell a country acting from a country as a place. */
export function findAgency(
  chunk: Chunk,
  units: Unit[],
  chunkAt: Map<number, Chunk>,
  chunkEndingAt: Map<number, Chunk>,
): Agency {
  if (chunk.possessive) {
    const noun = units[chunk.last + 2];
    return { subject: false, agentive: Boolean(noun && ACTION_NOUNS.has(noun.lower)), speaks: false };
  }
  const around = coordination(chunk, units, chunkAt, chunkEndingAt);
  let j = around.after;
  if (units[j]?.lower === ']') j++;
  // "Egypt and Qatar, which have mediated ..., said", "Brewbot, founded in 2022 by ..., said": skip the clause.
  const opener = units[j + 1];
  // "Norway and Germany, the largest donors, welcomed": an apposition between subject and verb too.
  const clause =
    opener &&
    (RELATIVES.has(opener.lower) ||
      APPOSITION_OPENERS.has(opener.lower) ||
      (opener.pos === 'VERB' && /(?:ed|en|wn)$/.test(opener.lower)));
  if (units[j]?.lower === ',' && clause) {
    let k = j + 2;
    while (k < units.length && k < j + 30 && units[k]?.lower !== ',') k++;
    if (units[k]?.lower === ',') j = k + 1;
  }
  // "Kiprotich, 31, pulled away": an age between subject and verb.
  if (units[j]?.lower === ',' && units[j + 1]?.pos === 'NUM' && units[j + 2]?.lower === ',') j += 3;
  let sawBe = false;
  // "the DGAC, said": an apposition closing right before the verb.
  if (units[j]?.lower === ',' && AGENT_VERBS.has(units[j + 1]?.lower ?? '')) j++;
  // "Japan also voiced", "Beijing has swiftly rejected": adverbs around the auxiliaries.
  while (AUXILIARIES.has(units[j]?.lower ?? '') || isAdverb(units[j])) {
    sawBe ||= BE.has(units[j]?.lower ?? '');
    j++;
  }
  const verb = units[j];
  // "was planned" is passive: the name is what is acted on; "is planning" acts.
  const passive = sawBe && verb !== undefined && !verb.lower.endsWith('ing');
  let k = around.before;
  // "In the United States, ...": the preposition before the article places the name.
  if (units[k]?.lower === 'the' && LOCATIVES.has(units[k - 1]?.lower ?? '')) k--;
  const before = units[k];
  // "an attack on Minsk was planned": a name after a preposition is a place, not a subject.
  const located = Boolean(before && LOCATIVES.has(before.lower));
  // "Saudi state media": a verb's spelling used as a noun does not act.
  const verbal = Boolean(verb && !verb.capitalized && !/^(?:NOUN|ADJ|PROPN)$/.test(verb.pos));
  const acts = Boolean(verb && verbal && AGENT_VERBS.has(verb.lower) && !passive && !located);
  if (acts) return { subject: true, agentive: true, speaks: cueFor(verb?.lower ?? '') !== undefined };
  const subject = Boolean(verb && !verb.capitalized && verb.pos === 'VERB' && !passive && !located);
  if (before && OBJECT_AGENT_VERBS.has(before.lower)) return { subject, agentive: true, speaks: false };
  // "Talks between Acme and Rival collapsed": both are parties that act together.
  if (before?.lower === 'between' && JOINT_NOUNS.has(units[k - 1]?.lower ?? '')) {
    return { subject, agentive: true, speaks: false };
  }
  // An editor's gloss of a pronoun: "they [Russia] need".
  if (before?.lower === '[' && BRACKETED_PRONOUNS.has(units[k - 1]?.lower ?? '')) {
    return { subject, agentive: true, speaks: false };
  }
  const doing = subject && !UNDERGOING_VERBS.has(verb?.lower ?? '');
  return { subject, agentive: false, speaks: false, doing };
}
