import { ORG_HEAD_NOUNS, ORG_REFERENCE_NOUNS } from './organizations.ts';
import { PERSON_NOUNS, ROLE_HEADS } from './titles.ts';

/**
 * Speech cues: the verbs (and "according to") that attribute words to a speaker.
 * General English reporting vocabulary, nothing keyed to one article.
 */

/** How a cue takes its complement. */
export type CueRole =
  /** "X said (that) CLAUSE" */
  | 'SAY'
  /** "X told Y (that) CLAUSE": the first noun phrase is the addressee */
  | 'TELL'
  /** "X accused Y of ...": the accused and the accusation are the reported content */
  | 'ACCUSE'
  /** only attributes a direct quote ("asked", "joked"): never a reported statement on its own */
  | 'QUOTE_ONLY'
  /** reports only a that-clause: "the study found that ..." */
  | 'THAT_ONLY';

export interface Cue {
  lemma: string;
  role: CueRole;
}

// [lemma, role, irregular forms (3sg, past, participle -ing)]
const LEXICON: ReadonlyArray<readonly [string, CueRole, (readonly string[])?]> = [
  ['say', 'SAY', ['says', 'said', 'saying']],
  ['tell', 'TELL', ['tells', 'told', 'telling']],
  ['add', 'SAY'],
  ['claim', 'SAY'],
  ['accuse', 'ACCUSE'],
  ['warn', 'TELL'],
  ['remind', 'TELL'],
  ['insist', 'SAY'],
  ['deny', 'SAY', ['denies', 'denied', 'denying']],
  ['confirm', 'SAY'],
  ['announce', 'SAY'],
  ['explain', 'SAY'],
  ['note', 'SAY'],
  ['argue', 'SAY'],
  ['stress', 'SAY', ['stresses', 'stressed', 'stressing']],
  ['state', 'SAY'],
  ['declare', 'SAY'],
  ['reply', 'SAY', ['replies', 'replied', 'replying']],
  ['respond', 'SAY'],
  ['write', 'SAY', ['writes', 'wrote', 'writing']],
  ['tweet', 'SAY'],
  ['acknowledge', 'SAY'],
  ['admit', 'SAY', ['admits', 'admitted', 'admitting']],
  ['suggest', 'SAY'],
  ['predict', 'SAY'],
  ['allege', 'SAY'],
  ['maintain', 'SAY'],
  ['vow', 'SAY'],
  ['pledge', 'SAY'],
  ['promise', 'SAY'],
  ['concede', 'SAY'],
  ['contend', 'SAY'],
  ['assert', 'SAY'],
  ['reiterate', 'SAY'],
  ['emphasize', 'SAY'],
  ['emphasise', 'SAY'],
  ['complain', 'SAY'],
  ['estimate', 'SAY'],
  ['conclude', 'SAY'],
  ['caution', 'SAY'],
  ['report', 'SAY'],
  ['reveal', 'SAY'],
  ['disclose', 'SAY'],
  ['accept', 'SAY'],
  ['find', 'THAT_ONLY', ['finds', 'found', 'finding']],
  ['inform', 'TELL'],
  ['assure', 'TELL'],
  ['opine', 'SAY'],
  ['urge', 'SAY'],
  ['hint', 'SAY'],
  ['boast', 'SAY'],
  ['lament', 'SAY'],
  ['recall', 'QUOTE_ONLY'],
  ['ask', 'QUOTE_ONLY'],
  ['joke', 'QUOTE_ONLY'],
  ['quip', 'QUOTE_ONLY', ['quips', 'quipped', 'quipping']],
  ['shout', 'QUOTE_ONLY'],
  ['exclaim', 'QUOTE_ONLY'],
  ['continue', 'QUOTE_ONLY'],
  ['remark', 'QUOTE_ONLY'],
  ['observe', 'QUOTE_ONLY'],
  ['testify', 'SAY', ['testifies', 'testified', 'testifying']],
  ['counter', 'SAY'],
  ['comment', 'THAT_ONLY'],
  ['underline', 'THAT_ONLY'],
  ['underscore', 'THAT_ONLY'],
  ['highlight', 'THAT_ONLY'],
  ['post', 'THAT_ONLY'],
  ['retort', 'QUOTE_ONLY'],
  ['answer', 'QUOTE_ONLY'],
  ['laugh', 'QUOTE_ONLY'],
  ['sigh', 'QUOTE_ONLY'],
  ['muse', 'QUOTE_ONLY'],
  ['whisper', 'QUOTE_ONLY'],
  ['echo', 'QUOTE_ONLY', ['echoes', 'echoed', 'echoing']],
  // Phrasal cues, read as one word: `"...," she went on.`, "He pointed out that ..."
  ['go on', 'QUOTE_ONLY', ['goes on', 'went on', 'going on']],
  ['carry on', 'QUOTE_ONLY', ['carries on', 'carried on', 'carrying on']],
  ['point out', 'SAY', ['points out', 'pointed out', 'pointing out']],
];

/** Regular inflections: "warn" → warns, warned, warning; "note" → notes, noted, noting. */
function inflect(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

const FORMS = new Map<string, Cue>();
for (const [lemma, role, forms] of LEXICON) {
  for (const form of [lemma, ...(forms ?? inflect(lemma))]) FORMS.set(form, { lemma, role });
}

/** True when two words make a phrasal cue ("went" + "on", "pointed" + "out"). */
export function isPhrasalCue(word: string, particle: string): boolean {
  return /^(?:on|out)$/i.test(particle) && FORMS.has(`${word.toLowerCase()} ${particle.toLowerCase()}`);
}

/** The cue a lower-cased word form stands for, if any. */
export function cueFor(word: string): Cue | undefined {
  return FORMS.get(word.toLowerCase());
}

/** Words that may sit between a subject and its cue: "X has also said", "X later told". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'later',
  'has',
  'have',
  'had',
  'again',
  'then',
  'previously',
  'reportedly',
  'publicly',
  'repeatedly',
  'recently',
  'earlier',
  'once',
  'further',
  'simply',
  'flatly',
  'firmly',
  'bluntly',
  'privately',
  'separately',
  'quickly',
  'immediately',
  'frequently',
  'often',
  'would',
  'will',
  'last',
  'week',
  'year',
  'month',
]);

/**
 * Phrases that may follow a cue before its clause, or end an attribution: "said on Monday that",
 * "said in a statement", "told reporters". Matched at the start of the text after the cue.
 */
export const CUE_ADJUNCT =
  /^(?:,\s*)?(?:(?:on|late on|early on|last|this|earlier this|earlier on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|recently|previously|again|also|publicly|privately|repeatedly|in an? (?:(?:joint|written|separate|brief|regulatory|stock exchange|court|blog|social media|televised|emailed|video|radio|television|TV) )?(?:statement|interview|email|e-mail|post|letter|speech|video|press release|news conference|press conference|address|briefing|report|note|memo|message|filing|tweet)(?: (?:on|with|to) (?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}|(?:its |his |her |their )?(?:clients|investors|shareholders|staff|employees|members|customers|supporters|lawmakers|parliament|the court|the board)))?|on (?:its|his|her|their) (?:website|blog|Facebook page|official account)|in (?!January|February|March|April|May|June|July|August|September|October|November|December)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?=[\s,]+(?:that|he|she|it|they|we|the|a|an|his|her|its|their)\b)|at an? (?:news conference|press conference|briefing|meeting|event|rally|hearing|summit)|during an? (?:news conference|press conference|briefing|meeting|visit|speech|interview|call|hearing)|on (?:Twitter|X|Facebook|Telegram|social media|television|state television|Instagram)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))(?=[\s,.;:]|$)/;

/** Addressees named by a common noun: "told reporters", "told the BBC" is an actor mention. */
export const GENERIC_ADDRESSEES =
  /^(?:reporters|journalists|the press|the media|lawmakers|parliament|supporters|the audience|the crowd|students|investors|analysts|viewers|listeners|readers|colleagues|delegates|members|staff|employees|officials|the committee|the court|the jury|the meeting|the conference|the summit|the assembly|the session|the broadcaster|the newspaper|the agency|the station|the magazine|the programme|the program)\b/;

/** Common nouns that can speak without being an extracted actor ("police said", "the company said"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'officials',
  'official',
  'police',
  'authorities',
  'analysts',
  'analyst',
  'experts',
  'expert',
  'researchers',
  'researcher',
  'scientists',
  'scientist',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'statement',
  'report',
  'ministry',
  'company',
  'firm',
  'government',
  'prosecutors',
  'witnesses',
  'residents',
  'critics',
  'sources',
  'source',
  'agency',
  'organizers',
  'organisers',
  'doctors',
  'study',
  'authors',
  'team',
  'club',
  'coach',
  'manager',
  'leader',
  'minister',
  'president',
  'chief',
  'executive',
  'director',
  'chairman',
  'chairwoman',
  'governor',
  'mayor',
  'senator',
  'judge',
  'lawyer',
  'lawyers',
  'diplomats',
  'diplomat',
  'negotiators',
  'observers',
  'economists',
  'economist',
  'investigators',
  'regulator',
  'regulators',
  'bank',
  'group',
]);

/** Pronouns that may be the subject of a cue. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * Role nouns that, in a definite description ("the veteran coach said", "the MP said", "the nurse
 * added"), stand for a person already named: the title stage's role heads and everyday person nouns.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([...ROLE_HEADS, ...PERSON_NOUNS, 'expert']);

/**
 * Nouns that, in a definite description ("the company said", "the world's largest carmaker by sales
 * said"), stand for an organization already named: the organisation stage's reference and head nouns,
 * and heads of descriptions a wire story uses for an organisation instead of its name.
 */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  ...ORG_REFERENCE_NOUNS,
  ...ORG_HEAD_NOUNS,
  'port',
  'utility',
  'supplier',
  'miner',
  'chipmaker',
  'drugmaker',
  'steelmaker',
  'planemaker',
  'shipper',
  'exporter',
  'importer',
  'brewer',
  'office',
  'service',
  // "the governing body", "the industry body"
  'body',
]);
