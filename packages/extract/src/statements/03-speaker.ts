import { CUE_ADVERBS, cueFor, ORG_NOUNS, PERSON_ROLES, SPEAKER_NOUNS, SUBJECT_PRONOUNS } from '../model/cue-verbs.ts';
import type { ActorKind } from '../types.ts';
import type { Doc, SpeakerMention, Word } from './02-document.ts';

/** The subject of a cue: where it is and, when it is an extracted actor, which one. */
export interface Subject {
  start: number;
  end: number;
  actorId: string | null;
  /** A capitalised word no actor holds ("said Jürgen Kerner" before the actor stage knows him). */
  unknownName?: boolean;
  /** A relative pronoun ("X, who said ..."): what it says ends with its clause, at the next comma. */
  relative?: boolean;
}

/** What the stage remembers while it reads: the last person who spoke, for "he said" and "the minister said". */
export interface Memory {
  lastPersonSpeaker: string | null;
  lastPersonSpeakerAt: number;
  /** End of the last attribution to a name no actor holds: "he" after it is nobody we know. */
  unknownNameAt: number;
}

// Capitalised words that start a sentence without naming anyone.
const NOT_NAMES = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'there',
  'here',
  'a',
  'an',
  'but',
  'and',
  'or',
  'so',
  'as',
  'in',
  'on',
  'at',
  'if',
  'when',
  'what',
  'who',
  'which',
  'while',
  'after',
  'before',
  'since',
  'then',
  'also',
  'however',
  'meanwhile',
]);

const PERSON_PRONOUNS = new Set(['he', 'she']);
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/i;
/** An age that stands for a person just named: "the 45-year-old said". */
const AGE = /^\d+-year-old$/;
/** Organisation nouns that as often stand for a country's government: "Spain will ..., the government said". */
const GOVERNMENT_NOUNS = new Set(['government', 'administration']);
/**
 * Heads that name a kind of institution, which "the ministry said" stands for only when it is named
 * so ("the Ministry of Health", "the health ministry"), never any organisation nearby.
 */
const INSTITUTION_HEADS = new Set([
  'authority',
  'service',
  'ministry',
  'department',
  'office',
  'embassy',
  'police',
  'parliament',
  'army',
  'military',
  'navy',
  'court',
  'council',
  'committee',
  'commission',
]);
/** Heads that any organisation of the kind may be called, not one described so: "the company", "the group". */
const GENERIC_HEADS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'business', 'corporation']);
/** An organisation "the government" may stand for: "the regional government of Catalonia", "the Cabinet Office". */
const GOVERNMENT_NAME =
  /\b(?:[Gg]overnment|[Aa]dministration|[Cc]abinet|[Ee]xecutive|[Mm]inistry|[Cc]ouncil|[Kk]remlin|White House)\b/;
const SPOKESPERSONS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Documents that speak for whoever issued them: "Acme's statement said". */
const DOCUMENTS = new Set(['statement', 'report', 'letter', 'filing', 'memo', 'release', 'announcement']);
/** A court's documents, which speak for the judge or court that issued them. */
const RULINGS = new Set(['ruling', 'judgment', 'judgement', 'verdict', 'opinion', 'order']);
/** A judge's title before a name, or a court's name. */
const JUDGE_TITLE = /\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\s+$/;
const COURT_NAME = /\b(?:[Cc]ourt|[Tt]ribunal)\b/;
/** How far back (characters) "the ruling" may reach for its judge or court. */
const RULING_REACH = 2000;

/** The judge (a person once titled so) or court named last before pos. */
function lastJudge(doc: Doc, pos: number, kind: ActorKind | undefined): string | undefined {
  const mentions = doc.mentionsIn(Math.max(0, pos - RULING_REACH), pos).filter((m) => !kind || m.kind === kind);
  const judges = new Set<string>();
  for (const m of mentions) {
    const named = doc.text.slice(m.start, m.end);
    const judge =
      m.kind === 'PERSON'
        ? JUDGE_TITLE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) || /^(?:Judge|Justice)\s/.test(named)
        : COURT_NAME.test(named);
    if (judge) judges.add(m.actorId);
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const id = mentions[i]?.actorId;
    if (id && judges.has(id)) return id;
  }
  return undefined;
}

/** How far back (characters) "he" or "the minister" may reach for the last speaker. */
const PRONOUN_REACH = 1500;

const skipSpaces = (doc: Doc, p: number, end: number): number => {
  let q = p;
  while (q < end && /\s/.test(doc.text[q] ?? '')) q++;
  return q;
};

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** How far back (characters) the nearest person mention counts as the antecedent of "he" or "the minister". */
const NEAR_REACH = 300;

/**
 * A pronoun or description that the actor stage left unresolved: the actor a description was set
 * beside earlier; else the nearest person just mentioned (the last speaker when "he" follows a
 * statement), else the last person who spoke; "the company" or "it" the nearest organization.
 */
export function resolveReference(doc: Doc, word: string, pos: number, memory: Memory): string | null {
  const lw = word.toLowerCase();
  // A description the text has put beside a name ("Acme, the carmaker, ..." then "the carmaker said").
  const described = SUBJECT_PRONOUNS.has(lw) ? undefined : doc.describedAs(lw, pos);
  const sentence = doc.sentenceAt(pos);
  // A generic head ("the company") set beside one name in an earlier sentence may as well mean another
  // company the sentence before opens with ("Spotify, the streaming company, ..." then "Apple said X.
  // The company said Y."): there the opener wins, as it does over a nearer object.
  const settled =
    described !== undefined && sentence !== undefined && doc.describedAs(lw, sentence.start) === described;
  if (described && !(settled && GENERIC_HEADS.has(lw))) return described;
  const kind = ORG_NOUNS.has(lw) || lw === 'it' ? 'ORGANIZATION' : 'PERSON';
  if (kind === 'PERSON' && !PERSON_PRONOUNS.has(lw) && !PERSON_ROLES.has(lw) && !AGE.test(lw)) return null;
  // The subject of the sentence before ("Smith met Jones. He said ...", "Acme sued Rival. The company
  // said ...") wins over a nearer object.
  const before = sentence && doc.previousSentence(sentence);
  // "the government" is a country or an organisation named as one, never a company.
  const government = kind === 'ORGANIZATION' && GOVERNMENT_NOUNS.has(lw);
  const fits = (m: SpeakerMention) =>
    government
      ? m.kind === 'STATE' || GOVERNMENT_NAME.test(doc.text.slice(m.start, m.end))
      : INSTITUTION_HEADS.has(lw)
        ? doc.text.slice(m.start, m.end).toLowerCase().includes(lw)
        : fitsGender(doc, lw, m.actorId);
  // "X was removed, said Lt. Y. Z was reassigned, he said.": who spoke in the sentence before goes on,
  // over the person that sentence opened with.
  if (kind === 'PERSON' && PERSON_PRONOUNS.has(lw) && before && memory.lastPersonSpeaker) {
    if (
      memory.lastPersonSpeakerAt >= before.start &&
      memory.lastPersonSpeakerAt <= pos &&
      fitsGender(doc, lw, memory.lastPersonSpeaker)
    )
      return memory.lastPersonSpeaker;
  }
  // "Spain will ship water, the government said": the country its own sentence names.
  const state = government && sentence ? stateNamedIn(doc, sentence.start, pos) : undefined;
  if (state) return state;
  // "the government said" may stand for a country as much as for an organization: the nearer wins.
  const kinds: ActorKind[] = government ? [kind, 'STATE'] : [kind];
  const opener =
    before && pos - before.end < NEAR_REACH
      ? kinds.map((k) => actorOpening(doc, before.start, before.end, k, fits)).find((m) => m !== undefined)
      : undefined;
  if (opener) return opener.actorId;
  if (described) return described;
  const near = kinds
    .map((k) => nearestCandidate(doc, pos, k, fits))
    .reduce((a, b) => (b && (!a || b.end > a.end) ? b : a), undefined);
  // With none near, the government is that of the one country the article names as an actor.
  if (government && !near) return onlyState(doc) ?? null;
  if (kind === 'ORGANIZATION') return near?.actorId ?? null;
  // A name nobody extracted spoke last: "he" is that person, not someone named before.
  const unknownLast = memory.unknownNameAt > (near?.end ?? -1) && pos - memory.unknownNameAt < NEAR_REACH;
  if (unknownLast) return null;
  if (near) return near.actorId;
  const last = memory.lastPersonSpeaker;
  if (last && pos - memory.lastPersonSpeakerAt < PRONOUN_REACH && fitsGender(doc, lw, last)) return last;
  return null;
}

/** "he" is nobody the actor stage only ever called "she" (and the other way round). */
function fitsGender(doc: Doc, pronoun: string, actorId: string): boolean {
  return pronoun !== 'he' && pronoun !== 'she' ? true : doc.genderOf(actorId) !== (pronoun === 'he' ? 'F' : 'M');
}

/** The one STATE actor of the article, if there is exactly one. */
function onlyState(doc: Doc): string | undefined {
  let found: string | undefined;
  for (const [id, kind] of doc.actorKind) {
    if (kind !== 'STATE') continue;
    if (found) return undefined;
    found = id;
  }
  return found;
}

/**
 * The country named in [start, pos), nearest first: a STATE mention (no aside in parentheses), else a
 * STATE actor's name the actor stage did not mark there ("Spain will start shipping water ...").
 */
function stateNamedIn(doc: Doc, start: number, pos: number): string | undefined {
  const m = nearestCandidate(doc, pos, 'STATE', (x) => x.start >= start);
  if (m && m.start >= start) return m.actorId;
  const words = doc.words(start, pos);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w || !/^\p{Lu}/u.test(w.text)) continue;
    const named = doc.nameEndingAt(w.end, start);
    if (named?.kind === 'STATE') return named.actorId;
  }
  return undefined;
}

/**
 * The nearest mention of a kind before pos that fits (a pronoun's gender) and is no aside in
 * parentheses: the agency of a dateline ("MADRID (Reuters) - ... , the government said") or an
 * acronym is nobody's antecedent.
 */
function nearestCandidate(
  doc: Doc,
  pos: number,
  kind: ActorKind,
  fits: (m: SpeakerMention) => boolean,
): SpeakerMention | undefined {
  const floor = Math.max(0, pos - NEAR_REACH);
  let m = doc.lastMentionBefore(pos, floor, kind);
  while (m && ((doc.text[m.start - 1] === '(' && doc.text[m.end] === ')') || !fits(m))) {
    m = doc.lastMentionBefore(m.start, floor, kind);
  }
  return m;
}

/** Words that open a description of someone: the article or a possessive pronoun ("Its chief economist"). */
const DESCRIPTION_DETERMINER = /^(?:the|its|their|his|her)$/i;
/** Prepositions that end a description's head: "the world's largest carmaker by sales". */
const POST_HEAD = /^(?:by|in|of|on|at|for|from|with|outside|across)$/;
/** Words no description holds: verbs and clause words mean the words before the cue are a clause. */
const NOT_IN_DESCRIPTION =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did|who|which|that|and|but|or|said|says)$/i;

/**
 * A description in subject position with no name in it: "The world's second-largest container carrier
 * by capacity said", "Its chief economist said". Its head (the last word before a preposition) names
 * what it stands for; a known organisation or role word resolves like "the company" or "the minister".
 */
function describedSubject(doc: Doc, pos: number, floor: number, memory: Memory): Subject | undefined {
  const from = Math.max(floor, pos - 100);
  const words = doc.words(from, pos).slice(-9);
  // The determiner must open the phrase: at the floor, or after a comma, colon, dash or conjunction.
  for (let i = words.length - 2; i >= 0; i--) {
    const det = words[i];
    if (!det || !DESCRIPTION_DETERMINER.test(det.text)) continue;
    const lead = doc.text.slice(Math.max(floor, det.start - 200), det.start);
    const opens =
      (det.start - floor <= 200 && lead.trim() === '') ||
      /[,;:—–(]\s*$/.test(lead) ||
      /\b(?:and|but|while|as)\s+$/i.test(lead);
    if (!opens) return undefined;
    const phrase = words.slice(i + 1);
    if (!phrase.length || phrase.some((w) => NOT_IN_DESCRIPTION.test(w.text) || doc.mentionStartingAt(w.start)))
      return undefined;
    const cut = phrase.findIndex((w, k) => k > 0 && POST_HEAD.test(w.text));
    const head = phrase[(cut < 0 ? phrase.length : cut) - 1];
    // "The Port of Rotterdam said" is a name the actor stage missed, not a description.
    if (!head || !/^[\p{Ll}\p{N}]/u.test(head.text)) return undefined;
    const lh = head.text;
    const known =
      ORG_NOUNS.has(lh) || PERSON_ROLES.has(lh) || AGE.test(lh) || doc.describedAs(lh, det.start) !== undefined;
    if (!known) return undefined;
    // "his office said", "her campaign said": the person the pronoun stands for speaks through them.
    const holder = /^(?:his|her)$/i.test(det.text) && ORG_NOUNS.has(lh) && !PERSON_ROLES.has(lh);
    const actorId = holder
      ? (doc.mentionStartingAt(det.start)?.actorId ??
        resolveReference(doc, /^his$/i.test(det.text) ? 'he' : 'she', det.start, memory))
      : resolveReference(doc, lh, det.start, memory);
    return { start: det.start, end: pos, actorId };
  }
  return undefined;
}

/**
 * "A spokesperson for the port authority said": an unnamed spokesperson speaks for the organization
 * named after "for" (its mention, or the one organization a word of the phrase names).
 */
function spokespersonFor(doc: Doc, pos: number, floor: number): Subject | undefined {
  const from = Math.max(floor, pos - 80);
  const m =
    /\b(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of|at)\s+(?:the\s+)?([^,;:"“”]+?)\s*$/d.exec(
      doc.text.slice(from, pos),
    );
  const span = m?.indices?.[1];
  if (!m || !span) return undefined;
  const start = from + m.index;
  const mention = doc.mentionsIn(from + span[0], pos).find((x) => x.kind !== 'PERSON');
  const named =
    mention?.actorId ??
    doc
      .words(from + span[0], pos)
      .map((w) => doc.organizationNamedBy(w.text))
      .find((id) => id !== undefined);
  return { start, end: pos, actorId: named ?? null };
}

/**
 * "Jane Holloway, who said ...", "the government, which said ...": the relative pronoun's antecedent,
 * a name or a description right before it.
 */
function relativeSubject(doc: Doc, w: Word, floor: number, memory: Memory): Subject {
  let e = w.start;
  while (e > floor && /\s/.test(doc.text[e - 1] ?? '')) e--;
  if (doc.text[e - 1] === ',') e = beforeParenthesis(doc, e - 1, floor);
  const m = doc.mentionEndingAt(e);
  if (m && m.start >= floor) return { start: m.start, end: w.end, actorId: m.actorId, relative: true };
  const head = doc.wordBefore(e, floor)?.text.toLowerCase();
  const described = head && (ORG_NOUNS.has(head) || PERSON_ROLES.has(head));
  return {
    start: w.start,
    end: w.end,
    actorId: described ? resolveReference(doc, head, w.start, memory) : null,
    relative: true,
  };
}

/**
 * People or a group described by a phrase after them, with no actor at its end: "people familiar
 * with the matter", "two sources close to the talks", "residents of the town". Nobody extracted.
 */
const GROUP_PHRASE =
  /(?:\n|[,;:—–(]\s*|\b(?:and|but|while)\s+)((?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Aa]n?|[Oo]ne|[Tt]he)\s+)?(?:[\p{Ll}-]+\s+)??(\p{L}+))\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|at|in|of|from|for|with|inside|within|near)\s+[^,;:"“”()\n]{1,70}$/du;

function groupPhrase(doc: Doc, pos: number, floor: number): Subject | undefined {
  const from = Math.max(floor, pos - 120);
  // At the floor the lead opens with a line break of its own, one character before the text.
  const shift = from === floor ? 1 : 0;
  const m = GROUP_PHRASE.exec(`${shift ? '\n' : ''}${doc.text.slice(from, pos)}`);
  const noun = m?.[2]?.toLowerCase();
  const span = m?.indices?.[1];
  if (!noun || !span) return undefined;
  const group = noun === 'people' || noun === 'person' || (SPEAKER_NOUNS.has(noun) && noun.endsWith('s'));
  return group ? { start: from + span[0] - shift, end: pos, actorId: null } : undefined;
}

/** A subject made of a noun phrase the actor stage did not extract: "police", "the company", "Officials". */
function bareSubject(doc: Doc, pos: number, floor: number, memory: Memory): Subject | undefined {
  const w = doc.wordBefore(pos, floor);
  if (!w) return undefined;
  const lw = w.text.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lw))
    return { start: w.start, end: w.end, actorId: resolveReference(doc, lw, w.start, memory) };
  if (lw === 'who' || lw === 'which') return relativeSubject(doc, w, floor, memory);
  const spokesperson = spokespersonFor(doc, pos, floor);
  if (spokesperson) return spokesperson;
  // "police said", "the council said": the one organization whose name that word heads.
  // "the government" is left to resolveReference, which weighs the country the sentence names.
  const named =
    (ORG_NOUNS.has(lw) || SPEAKER_NOUNS.has(lw)) && !GOVERNMENT_NOUNS.has(lw) ? doc.organizationNamedBy(lw) : undefined;
  if (named) return { start: w.start, end: w.end, actorId: named };
  const group = groupPhrase(doc, pos, floor);
  if (group) return group;
  const described = describedSubject(doc, pos, floor, memory);
  if (described) return described;
  if (SPEAKER_NOUNS.has(lw) || PERSON_ROLES.has(lw) || ORG_NOUNS.has(lw) || lw === 'media') {
    // A definite description ("the long-serving leader") may stand for the last speaker.
    const from = Math.max(floor, w.start - 60);
    const before = doc.text.slice(from, w.start);
    const issued = SPOKESPERSONS.has(lw) || DOCUMENTS.has(lw);
    // "a Google spokesperson said", "the Kremlin's spokesman said", "Acme's statement said": the
    // organization named before the role or the document.
    let e = w.start;
    while (e > floor && /\s/.test(doc.text[e - 1] ?? '')) e--;
    if (/['’]s$/.test(doc.text.slice(e - 2, e))) e -= 2;
    const owner = issued ? (doc.mentionEndingAt(e) ?? doc.nameEndingAt(e, floor)) : undefined;
    if (owner && owner.kind !== 'PERSON' && owner.start >= floor) {
      return { start: owner.start, end: w.end, actorId: owner.actorId };
    }
    // The subject runs from its determiner ("the German engineering group"), so a comma before it is found.
    const definite = /\b(?:the|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.exec(before);
    if (definite)
      return { start: from + definite.index, end: w.end, actorId: resolveReference(doc, lw, w.start, memory) };
    // A document with no author named speaks for nobody ("a statement said").
    if (!SPOKESPERSONS.has(lw)) return { start: w.start, end: w.end, actorId: null };
    // "a spokesman said" speaks for the organization just named; "a company spokeswoman" for the one
    // "the company" would stand for, "a police spokesman" for the one organization named "police".
    const lead = /\b[Aa]n?\s+(?:(\p{Ll}+)\s+)?$/u.exec(before);
    const modifier = lead?.[1];
    let org: string | null | undefined;
    if (lead && !modifier)
      org = doc.lastMentionBefore(w.start, Math.max(0, w.start - NEAR_REACH), 'ORGANIZATION')?.actorId;
    else if (modifier && ORG_NOUNS.has(modifier)) org = resolveReference(doc, modifier, w.start, memory);
    else if (modifier) org = doc.organizationNamedBy(modifier);
    return { start: lead ? from + lead.index : w.start, end: w.end, actorId: org ?? null };
  }
  if (isCapitalised(w.text) && !NOT_NAMES.has(lw)) {
    // A name the actor stage knows but did not mark here ("A statement from Acme said").
    const named = doc.nameEndingAt(w.end, floor);
    if (named) return { start: named.start, end: w.end, actorId: named.actorId };
    const person = doc.personWithSurname(w.text);
    return person
      ? { start: w.start, end: w.end, actorId: person }
      : { start: unknownNameStart(doc, w, floor), end: w.end, actorId: null, unknownName: true };
  }
  // "The ruling said", "the judgment found": the judge or court the story last named.
  const owner = RULINGS.has(lw)
    ? /\b(the|its|his|her)\s+$/i.exec(doc.text.slice(Math.max(floor, w.start - 5), w.start))
    : null;
  if (owner?.[1]) {
    // "its verdict" is a court's, "her ruling" a judge's.
    const det = owner[1].toLowerCase();
    const kind = det === 'the' ? undefined : det === 'its' ? 'ORGANIZATION' : 'PERSON';
    return { start: w.start, end: w.end, actorId: lastJudge(doc, w.start, kind) ?? null };
  }
  // Any other noun after a determiner ("the committee said", "its operator said"): a speaker nobody extracted.
  const tag = doc.posOf(w.start);
  // In subject position only: "Nurses who fought the pandemic write" has no speaker "the pandemic".
  const from = Math.max(floor, w.start - 60);
  const lead = `${from === floor ? '\n' : ''}${doc.text.slice(from, w.start)}`;
  const determined =
    /(?:\n\s*|[,;:—(]\s*|\b(?:and|but|while|as|after|because|when|although|that)\s+)(?:the|its|their|his|her|a|an|one|another|some|many|several)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      lead,
    );
  if (determined && /^\p{Ll}+$/u.test(w.text) && (tag === undefined || tag === 'NOUN')) {
    return { start: w.start, end: w.end, actorId: null };
  }
  return undefined;
}

/** Lower-case particles inside names: "Aguas del Norte", "Ludwig van Beethoven", "Banco do Brasil". */
const NAME_PARTICLES = /^(?:de|del|della|der|den|di|da|do|dos|das|du|van|von|la|le|al|el|bin|ibn|y)$/;

/** Where an unknown name that ends with word w starts: back over capitalised words and particles inside it. */
function unknownNameStart(doc: Doc, w: Word, floor: number): number {
  let start = w.start;
  for (let i = 0; i < 5; i++) {
    const prev = doc.wordBefore(start, floor);
    if (!prev || !/^\s+$/.test(doc.text.slice(prev.end, start))) break;
    const capital = isCapitalised(prev.text) && !NOT_NAMES.has(prev.text.toLowerCase());
    // A particle counts only with a capitalised word before it.
    const particle = NAME_PARTICLES.test(prev.text) && isCapitalised(doc.wordBefore(prev.start, floor)?.text ?? '');
    if (!capital && !particle) break;
    start = prev.start;
  }
  return start;
}

/** A study or report and the journal it appeared in, before the journal's name. */
const PUBLISHED_IN =
  /\b(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(study|report|paper|survey|analysis|article|review|research)\s+(?:published|appearing|printed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:the\s+(?:journal\s+)?|journal\s+)?$/du;

/** A description's head: "the Norwegian lender" -> "lender". */
const DESCRIPTION_MENTION = /^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}\p{N}'’.-]+,?\s+){0,5}(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * The actor a subject mention stands for. A description the actor stage gave to the agency of the
 * dateline ("OSLO (Reuters) - X will close branches, the Norwegian lender said") is resolved again
 * here, where a dateline's agency is nobody's antecedent; else the actor stage's reading stands.
 */
function describedActor(doc: Doc, m: SpeakerMention, memory: Memory): string | null {
  const head = DESCRIPTION_MENTION.exec(doc.text.slice(m.start, m.end))?.[1];
  if (!head) return m.actorId;
  // "Apple said it would appeal. The California-based company said ...": a generic head means the
  // organisation the sentence before opens with, whatever company was described so earlier.
  if (GENERIC_HEADS.has(head)) {
    const sentence = doc.sentenceAt(m.start);
    const before = sentence && doc.previousSentence(sentence);
    const opener = before && actorOpening(doc, before.start, before.end, 'ORGANIZATION');
    if (opener && opener.start === skipSpaces(doc, before.start, before.end)) return opener.actorId;
  }
  if (!isDatelineAgency(doc, m.actorId)) return m.actorId;
  // The agency's other descriptions lead back to it: nobody then.
  const id = ORG_NOUNS.has(head) || PERSON_ROLES.has(head) ? resolveReference(doc, head, m.start, memory) : null;
  return id === m.actorId ? null : id;
}

/** True when the actor is named in parentheses in a dateline: "OSLO, May 3 (Reuters) -". */
function isDatelineAgency(doc: Doc, actorId: string): boolean {
  // The dateline opens the first sentence after the title line.
  return doc
    .bodySentences()
    .slice(0, 2)
    .some((s) =>
      doc
        .mentionsIn(s.start, Math.min(s.end, s.start + 80))
        .some((x) => x.actorId === actorId && doc.text[x.start - 1] === '(' && doc.text[x.end] === ')'),
    );
}

/** The subject that ends right before a cue: "Peskov said", "Jane Doe, the CEO, said", "he has also said". */
/** Time adjuncts between a subject and its cue: "Beijing on Friday accused", "Smith last week said". */
const TIME_BEFORE_CUE =
  /(?:\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)))+\s*$/;

/** A plural group noun and its preposition right before a mention: "Economists at ", "lawyers for the ". */
const GROUP_LEAD = /(?:^|[^\p{L}])(\p{L}+s)\s+(at|of|from|for|in|with|close\s+to)\s+(?:the\s+)?$/iu;

/** Words ending in s that are no plural noun. */
const NOT_GROUPS =
  /^(?:\p{L}*(?:ss|us|is)|was|has|does|its|his|hers|this|thus|always|perhaps|as|yes|towards|afterwards|works|years|days|weeks|months)$/iu;

/**
 * A group that speaks around an actor (policy, one for all groups): people "at", "of" or "from" an
 * organization speak for it ("Economists at Commerzbank said" -> Commerzbank, as an unnamed spokesman
 * does); a group "for", "in" or "close to" an actor, or around a person or place ("lawyers for Smith",
 * "officials in Berlin", "supporters of Smith"), is nobody extracted, so the speaker stays null
 * rather than the wrong actor. Undefined when no group noun stands before the mention.
 */
function groupSubject(doc: Doc, m: SpeakerMention, floor: number): Subject | undefined {
  const from = Math.max(floor, m.start - 40);
  const g = GROUP_LEAD.exec(doc.text.slice(from, m.start));
  const noun = g?.[1];
  if (!g || !noun || NOT_GROUPS.test(noun)) return undefined;
  const start = from + g.index + g[0].indexOf(noun);
  // "Acme Systems at ...": a noun that ends a name is no group (a group actor's own mention is).
  const named = doc.mentionEndingAt(start + noun.length);
  if (named && named.kind !== 'GROUP') return undefined;
  const speaks = /^(?:at|of|from)$/i.test(g[2] ?? '') && m.kind === 'ORGANIZATION';
  return { start, end: m.end, actorId: speaks ? m.actorId : null };
}

/** "of Norway", "from the Acme Institute": a capitalised place or employer after a person's name. */
const OF_NAME = /\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/** A person named right before a mention of a place or employer: "Søren Lindqvist of Norway said". */
function personBefore(doc: Doc, m: SpeakerMention, floor: number): Subject | undefined {
  if (m.kind === 'PERSON') return undefined;
  const from = Math.max(floor, m.start - 12);
  const of = /\s+(?:of|from)\s+(?:the\s+)?$/.exec(doc.text.slice(from, m.start));
  const person = of ? doc.mentionEndingAt(from + of.index) : undefined;
  return person && person.kind === 'PERSON' && person.start >= floor
    ? { start: person.start, end: m.end, actorId: person.actorId }
    : undefined;
}

/** A person named right before "of X" ("Søren Lindqvist of Norway said"), when X is no actor of its own. */
function personOf(doc: Doc, e: number, floor: number): Subject | undefined {
  const from = Math.max(floor, e - 80);
  const m = OF_NAME.exec(doc.text.slice(from, e));
  const person = m ? doc.mentionEndingAt(from + m.index) : undefined;
  return person && person.kind === 'PERSON' && person.start >= floor
    ? { start: person.start, end: e, actorId: person.actorId }
    : undefined;
}

/**
 * What may stand before the name in an appositive that is the name itself: no "of X", which names an
 * employer, and no relative clause ("Joan Caball, who leads the farmers' union, said" is Caball).
 */
const APPOSITIVE_LEAD =
  /^\s*(?:(?!(?:of|at|for|from|in|with|to|on|by|and|who|which|that|whose|where|when)\s)(?:[\p{Ll}-]+|(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lt|Col|Capt|Sgt|Rev)\.?)\s+){0,4}$/u;

/**
 * Where the subject ends before pos: white space skipped, and a short parenthesis after a name
 * ("Sen. Maria Cantwell (D-Wash.)", "Acme (ACME.N)") stepped over.
 */
function beforeParenthesis(doc: Doc, pos: number, floor: number): number {
  let e = pos;
  while (e > floor && /\s/.test(doc.text[e - 1] ?? '')) e--;
  // An aside between dashes: "Jane Holloway — who has led the party since 2010 — said".
  const dash = /(?:—|–|--)$/.exec(doc.text.slice(Math.max(floor, e - 2), e));
  if (dash) {
    const aside = /(?:—|–|--)[^—–"“”]{1,120}$/.exec(doc.text.slice(Math.max(floor, e - 125), e - dash[0].length));
    if (aside) {
      let p = e - dash[0].length - aside[0].length;
      while (p > floor && /\s/.test(doc.text[p - 1] ?? '')) p--;
      if (doc.mentionEndingAt(p)) return p;
    }
    return e;
  }
  if (doc.text[e - 1] !== ')') return e;
  const open = doc.text.lastIndexOf('(', e - 1);
  if (open <= floor || e - open > 40 || /[()]/.test(doc.text.slice(open + 1, e - 1))) return e;
  let p = open;
  while (p > floor && /\s/.test(doc.text[p - 1] ?? '')) p--;
  return doc.mentionEndingAt(p) ? p : e;
}

/** Longest stretch of appositives between a subject and its cue: "X, 62, a retired engineer from Otley, said". */
const MAX_APPOSITIVES = 200;

/**
 * The name that opens the clause and is followed by a comma, when appositives run from there to the
 * comma before the cue: "Jane Holloway, the mayor of Leeds, a city of 800,000 people, said", "Acme,
 * which built trams in Nottingham, Sheffield and Manchester, said". Lists and clauses inside the
 * appositives cannot mislead it.
 */
function openingSubject(doc: Doc, comma: number, floor: number): Subject | undefined {
  const start = skipSpaces(doc, Math.max(floor, comma - MAX_APPOSITIVES), comma);
  if (start !== skipSpaces(doc, floor, comma)) return undefined;
  // A title the mention leaves out may open the clause: "Dr Layla Reed, director of policy at X, which ...".
  const title = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev)\.?\s+/.exec(
    doc.text.slice(start, start + 8),
  );
  const m = doc.mentionStartingAt(start) ?? (title ? doc.mentionStartingAt(start + title[0].length) : undefined);
  if (!m || m.kind === 'GROUP' || m.end >= comma) return undefined;
  // A parenthesis may sit between the name and its comma: "Sen. Maria Cantwell (D-Wash.), who ...".
  let after = m.end;
  const paren = /^\s*\([^()]{1,30}\)/.exec(doc.text.slice(after, after + 34));
  if (paren) after += paren[0].length;
  return doc.text[after] === ',' ? { start: m.start, end: m.end, actorId: m.actorId } : undefined;
}

export function subjectBefore(doc: Doc, cueStart: number, floor: number, memory: Memory): Subject | undefined {
  const time = TIME_BEFORE_CUE.exec(doc.text.slice(Math.max(floor, cueStart - 60), cueStart));
  let q = time ? cueStart - time[0].length : cueStart;
  for (let hops = 0; hops < 4; hops++) {
    const w = doc.wordBefore(q, floor);
    if (!w || !CUE_ADVERBS.has(w.text.toLowerCase())) break;
    q = w.start;
  }
  const e = beforeParenthesis(doc, q, floor);
  const m = doc.mentionEndingAt(e);
  if (m && m.start >= floor) {
    // A group actor named with its organization ("Economists at Commerzbank") follows the same policy.
    const inner =
      m.kind === 'GROUP'
        ? doc.mentionsIn(m.start, m.end).find((x) => x.end === m.end && x.kind !== 'GROUP')
        : undefined;
    const group = groupSubject(doc, inner ?? m, floor);
    if (group) return { ...group, start: Math.min(group.start, m.start) };
    // "a new study published in Nature has found": the journal is where it appeared, not who speaks.
    const from = Math.max(floor, m.start - 80);
    const venue = PUBLISHED_IN.exec(doc.text.slice(from, m.start));
    const noun = venue?.indices?.[1];
    if (venue && noun) return { start: from + venue.index, end: from + noun[1], actorId: null };
    return personBefore(doc, m, floor) ?? { start: m.start, end: m.end, actorId: describedActor(doc, m, memory) };
  }
  if (doc.text[e - 1] === ',') {
    const opening = openingSubject(doc, e - 1, floor);
    const om = opening && doc.mentionStartingAt(opening.start);
    if (opening) return om ? { ...opening, actorId: describedActor(doc, om, memory) } : opening;
    let comma = doc.text.lastIndexOf(',', e - 2);
    // A thousands separator ("which employs 31,000 people,") is no appositive's comma.
    while (comma > floor && /\d/.test(doc.text[comma - 1] ?? '') && /\d/.test(doc.text[comma + 1] ?? ''))
      comma = doc.text.lastIndexOf(',', comma - 1);
    if (comma > floor && e - comma < 120) {
      // The appositive is the name itself: "His lawyer, Antoine Ferrand, said", "the regulator, the DGAC, said".
      const named = doc.mentionEndingAt(e - 1);
      const lead = named ? doc.text.slice(comma + 1, named.start) : '';
      // Lower-case role words or a title may precede the name: ", former judge Ana Ruiz,", ", Dr. Katrin Solberg,".
      if (named && APPOSITIVE_LEAD.test(lead)) return { start: named.start, end: named.end, actorId: named.actorId };
      // An appositive after the subject: "Jane Doe, chief executive of Acme, said".
      const e2 = beforeParenthesis(doc, comma, floor);
      const m2 = doc.mentionEndingAt(e2);
      if (m2 && m2.start >= floor)
        return personBefore(doc, m2, floor) ?? { start: m2.start, end: m2.end, actorId: m2.actorId };
      return personOf(doc, e2, floor) ?? bareSubject(doc, e2, floor, memory);
    }
    return undefined;
  }
  return personOf(doc, e, floor) ?? bareSubject(doc, e, floor, memory);
}

/**
 * "said Acme's spokesman, John Doe", "said a spokeswoman for the company, Mary Roe": a role phrase
 * after an inverted cue whose appositive names the person, who is the speaker.
 */
function namedAfterRole(doc: Doc, p: number, ceiling: number): Subject | undefined {
  const role = /^[^,;:"“”]{1,60}?,\s+/.exec(doc.text.slice(p, Math.min(ceiling, p + 70)));
  if (!role) return undefined;
  const person = doc.mentionStartingAt(p + role[0].length);
  if (person?.kind !== 'PERSON' || !/^\s*(?:[,.;:!?)]|$)/.test(doc.text.slice(person.end, person.end + 2))) {
    return undefined;
  }
  const words = doc.words(p, p + role[0].length);
  const isRole = words.some((w) => {
    const lw = w.text.toLowerCase();
    return PERSON_ROLES.has(lw) || SPEAKER_NOUNS.has(lw);
  });
  return isRole && !words.some((w) => cueFor(w.text))
    ? { start: p, end: person.end, actorId: person.actorId }
    : undefined;
}

/** An indefinite person or group after an inverted cue: "one nurse", "a local resident", "another official". */
const INDEFINITE_SPEAKER =
  /^(?:an?|one|another|some|several|many|two|three|other)\s+(?:of\s+the\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?=\s*(?:[,.;]|$|\s+(?:who|in|at|from|of|outside)\b))/u;

/** The subject right after an inverted cue: "said Peskov", "said the minister", "said he". */
export function subjectAfter(doc: Doc, cueEnd: number, ceiling: number, memory: Memory): Subject | undefined {
  const p = skipSpaces(doc, cueEnd, ceiling);
  const named = namedAfterRole(doc, p, ceiling);
  if (named) return named;
  // The mention may run past the ceiling when a sentence splitter cut it ("said Dr. | Helen Achterberg").
  const m = doc.mentionStartingAt(p);
  if (m) return { start: m.start, end: m.end, actorId: describedActor(doc, m, memory) };
  // "said lead author Priya Raman", "said Sen. Maria Delgado": a few role words before the name.
  let q = p;
  for (let i = 0; i < 4; i++) {
    const w = doc.wordAfter(q, ceiling);
    if (!w || w.text === 'the' || SUBJECT_PRONOUNS.has(w.text.toLowerCase())) break;
    q = w.end;
    if (doc.text[q] === '.') q++;
    q = skipSpaces(doc, q, ceiling + 40);
    const named = doc.mentionStartingAt(q);
    if (named) {
      const group = groupSubject(doc, named, p);
      return { start: p, end: named.end, actorId: group ? group.actorId : named.actorId };
    }
  }
  const w = doc.wordAfter(p, ceiling);
  if (!w) return undefined;
  const lw = w.text.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lw))
    return { start: w.start, end: w.end, actorId: resolveReference(doc, lw, w.start, memory) };
  // "said one nurse, who asked not to be named", "said a resident": someone nobody extracted.
  const someone = INDEFINITE_SPEAKER.exec(doc.text.slice(w.start, Math.min(ceiling, w.start + 60)));
  if (someone) return { start: w.start, end: w.start + someone[0].length, actorId: null };
  if (lw === 'the') {
    // "said the minister": the head noun ends the phrase.
    let end = w.end;
    for (let i = 0; i < 4; i++) {
      const next = doc.wordAfter(end, ceiling);
      if (!next) break;
      end = next.end;
      const head = next.text.toLowerCase();
      if (SPEAKER_NOUNS.has(head) || PERSON_ROLES.has(head) || ORG_NOUNS.has(head)) {
        return { start: w.start, end, actorId: resolveReference(doc, head, w.start, memory) };
      }
    }
    // "said the talks had failed": no speaker noun, so no inverted subject.
    return undefined;
  }
  if (isCapitalised(w.text) && !NOT_NAMES.has(lw)) {
    const named = doc.nameEndingAt(w.end, p);
    if (named) return { start: named.start, end: w.end, actorId: named.actorId };
    const person = doc.personWithSurname(w.text);
    return person
      ? { start: w.start, end: w.end, actorId: person }
      : { start: w.start, end: w.end, actorId: null, unknownName: true };
  }
  return undefined;
}

/** An actor of a kind named in the first few words of [start, end), not as a possessive ("Holt's daughter"). */
function actorOpening(
  doc: Doc,
  start: number,
  end: number,
  kind: ActorKind,
  fits: (m: SpeakerMention) => boolean = () => true,
): SpeakerMention | undefined {
  for (const m of doc.mentionsIn(start, end)) {
    if (doc.words(start, m.start).length > 5) return undefined;
    // "Holt's daughter", "Her son, Erik,": a possessive is no subject.
    const possessive =
      /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) || POSSESSIVE_PRONOUN.test(doc.text.slice(m.start, m.end));
    // A dateline's agency in parentheses ("OSLO (Reuters) - ...") is no subject either.
    const aside = doc.text[m.start - 1] === '(' && doc.text[m.end] === ')';
    if (m.kind === kind && !possessive && !aside && fits(m)) return m;
  }
  return undefined;
}

/**
 * The subject a sentence opens with, for cues that have none of their own ("She praised the players,
 * saying ...", "... and said ..."): a person named in its first few words (not a possessive), or a pronoun.
 */
export function sentenceSubject(doc: Doc, start: number, before: number, memory: Memory): Subject | undefined {
  // A person among the first words wins over a modifier before it ("Westbrook coach Tomás Ferreira").
  const person = actorOpening(doc, start, before, 'PERSON');
  if (person) return { start: person.start, end: person.end, actorId: person.actorId };
  // "The Kremlin" where the mention leaves out its article.
  const opening =
    doc.mentionStartingAt(start) ??
    (/^The\s/.test(doc.text.slice(start, start + 4)) ? doc.mentionStartingAt(start + 4) : undefined);
  if (opening && opening.end <= before && !/^['’]s\b/.test(doc.text.slice(opening.end, opening.end + 3))) {
    return { start: opening.start, end: opening.end, actorId: opening.actorId };
  }
  const first = doc.wordAfter(start, before);
  if (first && SUBJECT_PRONOUNS.has(first.text.toLowerCase())) {
    return { start: first.start, end: first.end, actorId: resolveReference(doc, first.text, first.start, memory) };
  }
  return describedOpening(doc, start, before, memory);
}

const LOWER_NOUN = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * A description the sentence opens with, up to a head that can speak: "A federal judge blocked the
 * deal, writing that ..." (nobody extracted), "The regulator fined Acme, saying ..." (as "the regulator
 * said" would resolve).
 */
function describedOpening(doc: Doc, start: number, before: number, memory: Memory): Subject | undefined {
  const words = doc.words(start, Math.min(before, start + 80)).slice(0, 5);
  const det = words[0]?.text.toLowerCase();
  if (det !== 'the' && det !== 'a' && det !== 'an') return undefined;
  for (const w of words.slice(1)) {
    const lw = w.text;
    if (!LOWER_NOUN.test(lw) || doc.mentionStartingAt(w.start)) return undefined;
    if (SPEAKER_NOUNS.has(lw) || PERSON_ROLES.has(lw) || ORG_NOUNS.has(lw)) {
      const actorId = det === 'the' ? resolveReference(doc, lw, start, memory) : null;
      return { start, end: w.end, actorId };
    }
  }
  return undefined;
}
