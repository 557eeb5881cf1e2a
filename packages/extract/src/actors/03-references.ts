import type { Candidate } from '../mentions/index.ts';
import { BUSINESS_NOUNS, INSTITUTION_KIN } from '../model/organizations.ts';
import { HEAD_OF_STATE_ROLES } from '../model/titles.ts';
import type { Cluster } from './01-names.ts';

export interface Resolved {
  candidate: Candidate;
  cluster: Cluster;
}

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 2;
/** How many sentences back "the company" may reach for its organisation. */
const ORGANIZATION_REACH = 8;
/** How many earlier mentions a description looks through: bounded work on very long texts. */
const DESCRIPTION_REACH = 400;

/** The mentions of the last sentences, from `seen` in text order, found by walking back from its end. */
function recent(seen: Resolved[], fromSentence: number): Resolved[] {
  let i = seen.length;
  while (i > 0 && (seen[i - 1] as Resolved).candidate.sentence >= fromSentence) i--;
  return seen.slice(i);
}

const POSSESSIVES = new Set(['his', 'her']);
/** Generic nouns for a business or team, which stand for the organisation in focus ("the company"). */
const FOCUS_NOUNS = new Set([...BUSINESS_NOUNS, 'maker']);

const compatible = (cluster: Cluster, candidate: Candidate): boolean =>
  cluster.kind === 'PERSON' && (!candidate.gender || !cluster.gender || cluster.gender === candidate.gender);

/**
 * The person a pronoun refers to: within its sentence the latest subject before it (else the
 * latest person); otherwise the subject of the nearest earlier sentence that names a person.
 */
export function resolvePronoun(pronoun: Candidate, seen: Resolved[]): Cluster | null {
  const people = recent(seen, pronoun.sentence - PRONOUN_REACH).filter(
    (r) => compatible(r.cluster, pronoun) && !r.candidate.inQuote,
  );
  const same = people.filter((r) => r.candidate.sentence === pronoun.sentence);
  if (same.length) return ([...same].reverse().find((r) => r.candidate.subject) ?? same.at(-1))?.cluster ?? null;
  const latest = people.at(-1);
  if (!latest) return null;
  // "His coach, X, said" opening a sentence: the person the paragraph is about, the latest
  // subject, not whoever was named last in passing.
  if (pronoun.sentenceInitial && POSSESSIVES.has(pronoun.text.toLowerCase())) {
    const topic = [...people].reverse().find((r) => r.candidate.subject);
    if (topic) return topic.cluster;
  }
  const sentence = people.filter((r) => r.candidate.sentence === latest.candidate.sentence);
  return (sentence.find((r) => r.candidate.subject) ?? sentence[0])?.cluster ?? null;
}

const roleOf = (title: string): string => (title.toLowerCase().split(/\s+of\s+/)[0] ?? '').split(/\s+/).at(-1) ?? '';

/** Whether a person with these titles fits a description's role ("leader" fits a president). */
function fitsRole(cluster: Cluster, head: string): boolean {
  return cluster.titles.some((title) => {
    const role = roleOf(title);
    return role === head || (HEAD_OF_STATE_ROLES.has(head) && HEAD_OF_STATE_ROLES.has(role));
  });
}

/** Whether the body's name ends in a word of some other kind than `noun` ("Airways" for "the bank"). */
function otherKind(cluster: Cluster, noun: string): boolean {
  // ("the company", "the group" fit a body of any kind.)
  const own = INSTITUTION_KIN.get(noun);
  if (!own) return false;
  return cluster.names.some((n) => {
    const word = lastWordOf(n);
    return !own.has(word) && [...INSTITUTION_KIN.values()].some((kin) => kin.has(word));
  });
}

const lastWordOf = (name: string): string => name.toLowerCase().split(/\s+/).at(-1) ?? '';

/** The organisation a short form names: its head word ends the name ("the Commission" -> "European Commission"). */
const endsWithWord = (cluster: Cluster, noun: string): boolean =>
  cluster.names.some((n) => n.toLowerCase().split(/\s+/).at(-1) === noun);

/**
 * "the company", "the German engineering group": the organisation in focus over the last
 * sentences, not merely the nearest. One whose name or title has the noun wins; otherwise the one
 * most often the subject of a verb, then the most mentioned, then the latest. A capitalised short
 * form ("the Commission") names only an organisation whose name ends with it.
 */
export function resolveOrganization(description: Candidate, seen: Resolved[]): Cluster | null {
  const orgs = recent(seen, description.sentence - ORGANIZATION_REACH).filter(
    (r) => r.cluster.kind === 'ORGANIZATION' && !r.candidate.inQuote && r.candidate.start < description.start,
  );
  const noun = description.roleHead ?? '';
  if (/^\p{Lu}/u.test(description.text.split(/\s+/).at(-1) ?? '')) {
    return [...orgs].reverse().find((r) => endsWithWord(r.cluster, noun))?.cluster ?? null;
  }
  // "the fund" is the latest organisation whose name or title has that noun.
  const fitting = [...orgs]
    .reverse()
    .find((r) => [...r.cluster.names, ...r.cluster.titles].some((n) => n.toLowerCase().split(/\s+/).includes(noun)));
  if (fitting) return fitting.cluster;
  // "the carrier" again: the body the same noun named last time, not whoever acted since.
  const again = [...orgs].reverse().find((r) => r.candidate.role === 'DESCRIPTION' && r.candidate.roleHead === noun);
  if (again) return again.cluster;
  // "the agency" after the Food and Drug Administration: a generic word of the same kind of body.
  const kin = INSTITUTION_KIN.get(noun);
  const akin = kin && [...orgs].reverse().find((r) => r.cluster.names.some((n) => kin.has(lastWordOf(n))));
  if (akin) return akin.cluster;
  // "the court", "the government": an institution's noun names only an organisation that has it.
  if (!FOCUS_NOUNS.has(noun)) return null;
  const focus = new Map<Cluster, { subject: number; mentions: number; last: number }>();
  orgs.forEach((r, i) => {
    // "the bank" is no airline: a body whose name says it is of another kind is left out.
    if (otherKind(r.cluster, noun)) return;
    const score = focus.get(r.cluster) ?? { subject: 0, mentions: 0, last: 0 };
    // A name standing for the organisation ("Apple said"), not a description resolved to it.
    if (r.candidate.subject && r.candidate.role !== 'DESCRIPTION') score.subject++;
    score.mentions++;
    score.last = i;
    focus.set(r.cluster, score);
  });
  let best: Cluster | null = null;
  let top = { subject: -1, mentions: -1, last: -1 };
  for (const [cluster, score] of focus) {
    const better = score.subject - top.subject || score.mentions - top.mentions || score.last - top.last;
    if (better > 0) {
      best = cluster;
      top = score;
    }
  }
  return best;
}

/** The known person a description names: matching role and country, most recently mentioned. */
export function resolveDescription(description: Candidate, seen: Resolved[]): Cluster | null {
  const head = description.roleHead;
  if (!head) return null;
  // A nationality alone ("the Dutchman") names the person the story was just about.
  if (head === 'person') return resolvePronoun({ ...description, gender: null }, seen);
  for (let i = seen.length - 1; i >= Math.max(0, seen.length - DESCRIPTION_REACH); i--) {
    const { cluster } = seen[i] as Resolved;
    if (cluster.kind !== 'PERSON' || !fitsRole(cluster, head)) continue;
    if (description.countryCode && cluster.countryCode !== description.countryCode) continue;
    return cluster;
  }
  // "the Swedish manager said" after a quote: a nationality with a role no one holds yet is
  // the untitled person the story was just about, as "the Dutchman" is.
  if (!description.countryCode) return null;
  const latest = resolvePronoun({ ...description, gender: null }, seen);
  const untitled = latest && !latest.titles.length;
  return untitled && (!latest.countryCode || latest.countryCode === description.countryCode) ? latest : null;
}
