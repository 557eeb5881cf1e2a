import type { Gender } from '../model/common-words.ts';
import type { ActorKind, Span } from '../types.ts';
import type { PlaceFacts } from './places.ts';

/**
 * - NAME: a proper name (person, organisation, state form);
 * - PLACE: a country or city name, an actor only when it acts (see `agentive`);
 * - PRONOUN: he/she and their forms, outside quotes;
 * - DESCRIPTION: "the long-serving Belarusian leader", resolved to a known person.
 */
export type CandidateRole = 'NAME' | 'PLACE' | 'PRONOUN' | 'DESCRIPTION';

/** An actor stated next to a mention: "Kremlin" in "Kremlin spokesman X", "Belarus" in "Belarusian President X". */
export interface Affiliation extends Span {
  name: string;
  kind: ActorKind;
  countryCode: string | null;
  /** "president of", "spokesman of", "ally of". */
  predicate: string;
  /** Mention span of the affiliated actor, when it is a name in the text (not a demonym). */
  mention: Span | null;
}

export interface Candidate extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  role: CandidateRole;
  /** Best guess; null while unknown (a bare capitalised word). */
  kind: ActorKind | null;
  /** Name as it would be the canonical name ("Alexander Lukashenko", "Prosecutor General's Office of Russia"). */
  name: string;
  /** Words of a person's name, for surname matching. */
  nameWords: string[];
  /** Where each of `nameWords` starts, so a short form can be cut from a longer span. */
  wordStarts: number[];
  title: string | null;
  /** Last word of the title or description ("president", "leader"). */
  roleHead: string | null;
  countryCode: string | null;
  gender: Gender | null;
  /** The evidence that a name is a person (title, honorific, apposition, speech verb). */
  personEvidence: boolean;
  /** A country or capital that acts (subject of agree/say, object of accuse, "X's invasion"). */
  agentive: boolean;
  /** Subject of a verb in its clause. */
  subject: boolean;
  /** Subject of a speech verb ("said", "told"): people and organisations speak, places do not. */
  speaks: boolean;
  place: PlaceFacts | null;
  affiliations: Affiliation[];
  sentence: number;
  /** The name opens its sentence (or a headline), where capitals tell less. */
  sentenceInitial: boolean;
  /** In a title-case line (a headline), where every word is capitalised. */
  headline: boolean;
  inQuote: boolean;
  /** One word after a preposition of place and "the" ("clearing in the Amazon"): a place, whatever else it names. */
  located: boolean;
}
