import type { Place } from '../model/places.ts';
import type { Sentence, Span } from '../types.ts';

/** A span of a BODY sentence that may name a place, with what its context says. */
export interface Candidate extends Span {
  sentence: Sentence;
  /** Token indices in the sentence, inclusive. */
  first: number;
  last: number;
  /** What names the place: a gazetteer name, a demonym used for its land, or a facility's name. */
  via: 'NAME' | 'DEMONYM' | 'FACILITY';
  /** Gazetteer candidates, best first (for a facility: the place its name contains, if any). */
  places: readonly Place[];
  /** A locative word or pattern marks it as a place: "in Reading", "the city of Mobile", "Moscow-based". */
  locative: boolean;
  /** "the province of Ontario", "Washington state": the text means a region. */
  region: boolean;
  /** "Paris, France": the country code given right after the name. */
  apposition: string | null;
}
