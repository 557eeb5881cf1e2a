/** A span of the article text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type SectionKind = 'BODY' | 'APPEAL' | 'BYLINE' | 'CAPTION' | 'DISCLOSURE' | 'NAVIGATION' | 'CHROME';

export interface Section extends Span {
  kind: SectionKind;
}

/** A word or punctuation token, tagged by the NLP base (Universal POS tags: PROPN, VERB, PRON, ...). */
export interface Token extends Span {
  text: string;
  pos: string;
}

/** A sentence of one section; tokens in text order. */
export interface Sentence extends Span {
  tokens: Token[];
  sectionKind: SectionKind;
}

export interface Mention extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'STATE' | 'GROUP';

export interface Actor {
  /** Local to one extraction ("a1", "a2", ...). */
  id: string;
  /** The fullest form in the text. */
  name: string;
  kind: ActorKind;
  title: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string | null;
  /** Other names used in the text (surname, short forms), without the canonical name. */
  aliases: string[];
  /** In text order. */
  mentions: Mention[];
}

export type LocationKind = 'COUNTRY' | 'CITY' | 'REGION' | 'FACILITY' | 'OTHER';

export interface Location {
  /** Local to one extraction ("l1", "l2", ...). */
  id: string;
  name: string;
  kind: LocationKind;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  geonameId: number | null;
  aliases: string[];
  mentions: Mention[];
}

export type StatementKind = 'DIRECT' | 'INDIRECT' | 'PARTIAL';

export interface Statement extends Span {
  /** Local to one extraction ("s1", "s2", ...). */
  id: string;
  kind: StatementKind;
  /** Exactly `text.slice(start, end)`: the quote without its marks, or the reported clause. */
  text: string;
  cue: string | null;
  speakerId: string | null;
  sourceId: string | null;
  addresseeId: string | null;
}

export interface Relation extends Span {
  id: string;
  subjectId: string;
  /** A short phrase: "ally of", "spokesman of", "president of". */
  predicate: string;
  objectId: string;
}

/** The JSON document `pnpm extract` prints (see ../shared/eval/README.md). */
export interface Extraction {
  sections: Section[];
  actors: Actor[];
  locations: Location[];
  statements: Statement[];
  relations: Relation[];
}

export interface ExtractOptions {
  /** The publisher's name, when known: it becomes an ORGANIZATION actor and helps find its appeal. */
  publisher?: string;
}
