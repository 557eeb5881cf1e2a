import {
  CUE_ADJUNCT,
  type Cue,
  cueFor,
  GENERIC_ADDRESSEES,
  ORG_NOUNS,
  PERSON_ROLES,
  SPEAKER_NOUNS,
  SUBJECT_PRONOUNS,
} from '../model/cue-verbs.ts';
import type { Sentence } from '../types.ts';
import { addresseeAt, type Doc, type Word } from './02-document.ts';
import { resolveReference, type Subject, sentenceSubject, subjectAfter, subjectBefore } from './03-speaker.ts';
import { addDraft, draftsAnchoredAt, type State } from './04-state.ts';

/** Cue lemmas that are also common nouns ("the state", "a report"): their bare and -s forms need a clear subject. */
const NOUN_LIKE = new Set([
  'state',
  'report',
  'note',
  'claim',
  'promise',
  'estimate',
  'stress',
  'tweet',
  'pledge',
  'vow',
  'reply',
  'caution',
  'add',
]);

/** Cues that also describe evidence ("the findings suggest", "polls predict"): they need a speaker-like subject. */
const WEAK_CUES = new Set(['suggest', 'estimate', 'predict', 'hint', 'find', 'conclude', 'reveal']);

/** A subject word that names someone who can speak: "officials", "the minister", "the company", a name. */
function isSpeakerNoun(doc: Doc, subject: Subject): boolean {
  // The head of a phrase: "a new study" is a study.
  const word = doc.words(subject.start, subject.end).at(-1)?.text ?? '';
  const lw = word.toLowerCase();
  return (
    SPEAKER_NOUNS.has(lw) ||
    PERSON_ROLES.has(lw) ||
    ORG_NOUNS.has(lw) ||
    SUBJECT_PRONOUNS.has(lw) ||
    /^\p{Lu}/u.test(word)
  );
}

/** Finite verbs and auxiliaries that show a complement is a clause, when no tagger said so. */
const FINITE =
  /\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|cannot|won't|can't|isn't|wasn't|aren't|weren't|didn't|doesn't|don't|hasn't|haven't|wouldn't|couldn't)\b/i;

/** An ", according to X" or a cue right after a comma ends the clause before it. */
const CLAUSE_BREAK =
  /,\s+(?:according\s+to\b|(?:saying|adding|accusing|claiming|warning|insisting|noting|arguing|stressing|explaining|calling)\b)/;

/**
 * "promised to cut jobs" reports a plan; "complained to Brussels", "complained to the regulator" name
 * an addressee, and what follows is no clause of its own.
 */
const TO_INFINITIVE =
  /^to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|these|those|reporters|journalists)\b)\p{Ll}/u;

/** Quote spans (marks included) that cue words must not be read from. */
export interface Fence {
  open: number;
  close: number;
  direct: boolean;
}

/** Longest stretch (characters) a reported clause is read over, so one run-on sentence stays linear. */
const MAX_CLAUSE = 600;

// Hoisted: the TypeScript transform turns a /\p{…}/u literal into a `new RegExp` at every call.
const LOWER_INITIAL = /^\p{Ll}/u;
const PAST_PARTICIPLE = /^\p{Ll}+ed$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u;

/** The fences (sorted by open) that open inside [start, end), by binary search. */
function fencesIn(fences: readonly Fence[], start: number, end: number): readonly Fence[] {
  let lo = 0;
  let hi = fences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fences[mid]?.open ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < fences.length && (fences[stop]?.open ?? end) < end) stop++;
  return fences.slice(lo, stop);
}

function skipSpace(doc: Doc, p: number, end: number): number {
  let q = p;
  while (q < end && /\s/.test(doc.text[q] ?? '')) q++;
  return q;
}

/** Drops white space and one sentence-final stop (not a closing quote mark) from the end of a span. */
function trimEnd(doc: Doc, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(doc.text[e - 1] ?? '')) e--;
  if (/[.!?;:,]/.test(doc.text[e - 1] ?? '')) e--;
  while (e > start && /\s/.test(doc.text[e - 1] ?? '')) e--;
  return e;
}

/** Skips adjuncts between a cue and its clause: "said on Monday in a statement that". */
function skipAdjuncts(doc: Doc, p: number, end: number): number {
  let q = p;
  for (let i = 0; i < 4; i++) {
    q = skipSpace(doc, q, end);
    const m = CUE_ADJUNCT.exec(doc.text.slice(q, Math.min(end, q + 120)));
    if (!m?.[0]) break;
    q += m[0].length;
  }
  q = skipSpace(doc, q, end);
  if (doc.text[q] === ',') q = skipSpace(doc, q + 1, end);
  return q;
}

/**
 * A second attribution that closes the sentence, naming where the report came from: "X said Minsk
 * agreed ..., state media reported Monday." It is the statement's source, not part of what was said.
 */
const CLOSING_REPORT =
  /,\s+(?:[\p{L}'’-]+\s+){1,4}(?:reported|reports|said|says|wrote)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|late|later|last\s+\p{L}+|this\s+\p{L}+)){0,2}\s*[.!?]?\s*$/u;

/** Where a reported clause ends: the sentence end, or an ", according to" / ", saying" that starts another. */
function clauseEnd(doc: Doc, from: number, sentenceEnd: number, fences: readonly Fence[]): number {
  const tail = doc.text.slice(from, sentenceEnd);
  const m = CLAUSE_BREAK.exec(tail) ?? CLOSING_REPORT.exec(tail);
  let end = m ? from + m.index : sentenceEnd;
  // "... and said ...", "... but accepted that ...": a second cue of the same speaker starts a new statement.
  const words = doc.words(from, end);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const conj = words[i - 1];
    if (
      w &&
      conj &&
      /^(?:and|but)$/.test(conj.text) &&
      cueFor(w.text) &&
      LOWER_INITIAL.test(w.text) &&
      !w.text.endsWith('ing')
    ) {
      end = conj.start;
      break;
    }
  }
  const direct = fencesIn(fences, from, end).find((f) => f.direct);
  if (direct) end = direct.open;
  return trimEnd(doc, from, end);
}

/**
 * "wrote on his Truth Social account that ...": a "that" a few words on, with no verb or comma before
 * it, starts the clause; the words before it are one more adjunct.
 */
function skipToThat(doc: Doc, p: number, end: number): number {
  const words = doc.words(p, Math.min(end, p + 80)).slice(0, 8);
  const i = words.findIndex((w) => w.text === 'that');
  const that = words[i];
  if (i <= 0 || !that || doc.text.slice(p, that.start).includes(',') || hasVerb(doc, p, that.start)) return p;
  // Only a prepositional phrase is skipped: "announced a new phone that costs $999" reports nothing.
  return /^(?:on|in|at|during|via|through|over|to|with|from|after|before)$/i.test(words[0]?.text ?? '')
    ? that.start
    : p;
}

/** A finite verb in [start, end): an infinitive ("plans to cut jobs") or a gerund makes no clause. */
function hasVerb(doc: Doc, start: number, end: number): boolean {
  const words = doc.words(start, end);
  const finite = words.some((w, i) => {
    const tag = doc.posOf(w.start);
    return (tag === 'VERB' || tag === 'AUX') && words[i - 1]?.text !== 'to' && !w.text.endsWith('ing');
  });
  if (finite) return true;
  return FINITE.test(doc.text.slice(start, end)) || words.slice(1).some((w) => PAST_PARTICIPLE.test(w.text));
}

interface Pending {
  cue: string;
  speakerId: string | null;
  addresseeId: string | null;
}

/** "told his defense minister that" / "told reporters" / "told the BBC": the addressee and where the clause starts. */
function readAddressee(
  doc: Doc,
  p: number,
  end: number,
  speakerId: string | null,
): { addresseeId: string | null; next: number } {
  const q = skipSpace(doc, p, end);
  // The addressee's phrase may run on to a "that" ("told the BBC's Today programme that").
  const toThat = (from: number): number => {
    const words = doc.words(from, Math.min(end, from + 80)).slice(0, 6);
    const that = words.find((w) => w.text === 'that');
    // "warned of a slowdown that would ..." is a warning about something, not a that-clause.
    const preposition = /^(?:of|about|against|on|over|for|in|at|to)$/i.test(words[0]?.text ?? '');
    return that && !preposition && !doc.text.slice(from, that.start).includes(',') ? that.start : from;
  };
  const addresseeId = addresseeAt(doc, q, speakerId);
  const m = addresseeId ? doc.mentionsIn(q, end).find((x) => x.actorId === addresseeId) : undefined;
  if (m && addresseeId) return { addresseeId, next: toThat(m.end) };
  const generic = GENERIC_ADDRESSEES.exec(doc.text.slice(q, end));
  if (generic) return { addresseeId: null, next: q + generic[0].length };
  return { addresseeId: null, next: toThat(q) };
}

/** A dateline that opens a story's first sentence: a place in capitals, an optional date and agency, a dash or colon. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]*\p{Lu}(?:,\s*[^\n—–:()]{1,30}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–-]+|:)\s+/u;

/**
 * The clause before an attribution that closes its sentence, `CLAUSE, Lukashenko said.`: from the
 * sentence start to the comma (or dash) at cut.
 */
function clauseBefore(doc: Doc, sentence: Sentence, cut: number, fences: readonly Fence[]): [number, number] | null {
  let start = skipSpace(doc, sentence.start, cut);
  // A wire dateline is no part of what was said: "FRANKFURT, Nov 24 (Reuters) - ", "PUNE: ".
  const dateline = DATELINE.exec(doc.text.slice(start, Math.min(cut, start + 80)));
  if (dateline) start += dateline[0].length;
  // A comma inside a closing quote mark keeps the mark: `Sales would recover "within a year,"`.
  const end = /["”’]/.test(doc.text[cut + 1] ?? '') ? cut + 2 : trimEnd(doc, start, cut + 1);
  if (fencesIn(fences, start, end).some((f) => f.direct)) return null;
  if (fencesIn(fences, Math.max(0, start - MAX_CLAUSE), start).some((f) => f.direct && f.close >= start)) return null;
  return doc.words(start, end).length >= 3 ? [start, end] : null;
}

/**
 * A participle phrase that closes a sentence after its attribution ("..., the group said, blaming weak
 * demand"): it describes the speaker's act and leaves the clause before the attribution as the statement.
 */
const TRAILING_PARTICIPLE = /^(?:(?:also|again|while)\s+)?(?!(?:no|some|any|every)thing\b)\p{Ll}+ing\b/u;

/**
 * A subordinate clause or phrase after a comma that sets the attribution in its time or cause ("...,
 * the bank said on Wednesday, as customers move online", ", amid a slump in demand"): no clause said.
 */
const TRAILING_ADJUNCT =
  /^(?:as|while|amid|amidst|after|because|despite|following|ahead\s+of|in\s+a\s+(?:move|sign|blow|bid))\s/;

/** True when only adjuncts, punctuation or a closing participle phrase after a comma follow p in the sentence. */
function nothingAfter(doc: Doc, p: number, end: number): boolean {
  const q = skipAdjuncts(doc, p, end);
  const rest = doc.text.slice(q, end);
  if (/^[\s.,;:!?"”'’)]*$/.test(rest) || /^according\s+to\b/.test(rest)) return true;
  return (
    /,\s*$/.test(doc.text.slice(Math.max(0, q - 4), q)) &&
    (TRAILING_PARTICIPLE.test(rest) || (TRAILING_ADJUNCT.test(rest) && !/,\s*that\s/.test(rest)))
  );
}

/** An appositive that closes the sentence after an inverted subject: "..., said X, a spokesman for Y." */
function appositiveToEnd(doc: Doc, p: number, end: number): boolean {
  return /^,\s+(?:a|an|the|his|her|its|their|one|who)\s[^"“”;:]*$/.test(doc.text.slice(p, end));
}

interface Context {
  doc: Doc;
  sentence: Sentence;
  fences: readonly Fence[];
  state: State;
  isPerson: (actorId: string) => boolean;
}

function record(
  ctx: Context,
  start: number,
  end: number,
  cue: string,
  speakerId: string | null,
  addresseeId: string | null,
): void {
  addDraft(
    ctx.state,
    {
      kind: 'INDIRECT',
      start,
      end,
      cue,
      speakerId,
      sourceId: null,
      addresseeId,
      anchor: ctx.sentence.start,
      paragraph: ctx.doc.paragraphAt(start),
    },
    ctx.isPerson,
  );
}

/** `CLAUSE, X said.` after statements already anchored here makes X their source; alone, X the clause's speaker. */
function readClosingAttribution(ctx: Context, subject: Subject, cue: string, cutBefore: number): void {
  const { doc, sentence } = ctx;
  if (cutBefore < 0) return;
  const existing = draftsAnchoredAt(ctx.state, sentence.start);
  if (existing.length) {
    for (const d of existing) {
      // `"...," according to Smith.`: a quote with no speaker of its own gets one; otherwise a source.
      if (d.speakerId === null && d.cue === null) {
        d.speakerId = subject.actorId;
        d.cue = cue;
      } else if (subject.actorId && !d.sourceId && d.speakerId !== subject.actorId) d.sourceId = subject.actorId;
      if (d.kind === 'INDIRECT' && d.end > cutBefore && cutBefore > d.start) d.end = trimEnd(doc, d.start, cutBefore);
    }
    return;
  }
  const clause = clauseBefore(doc, sentence, cutBefore, ctx.fences);
  if (clause) record(ctx, clause[0], clause[1], cue, subject.actorId, null);
}

/**
 * The comma (or dash) right before pos that opens a closing attribution (`CLAUSE, X said.`), or -1:
 * "said the United States would respond" has none, so "respond" there attributes nothing.
 */
function commaBefore(doc: Doc, sentence: Sentence, pos: number): number {
  let i = pos;
  // A closing quote mark may sit between (`"...," according to Smith.`), and lower-case words the
  // subject's mention leaves out (`..., the Statistics Office said`, `..., municipal commissioner X said`,
  // `..., the city's water utility X said`).
  for (let words = 0; words <= 5; words++) {
    while (i > sentence.start && /[\s"”’]/.test(doc.text[i - 1] ?? '')) i--;
    if (/[,—–]/.test(doc.text[i - 1] ?? '')) return i - 1;
    const w = doc.wordBefore(i, sentence.start);
    // A cue's base form that is also a noun ("state news agency X") is a modifier here.
    if (!w || !LOWER_WORD.test(w.text) || (cueFor(w.text) && !NOUN_LIKE.has(w.text))) break;
    i = w.start;
  }
  return -1;
}

/**
 * "She added that ...": a pronoun before "added" (or "continued") goes on with the statement just
 * made, even when the speaker was an unnamed spokeswoman who is no actor of her own.
 */
function continuingSpeaker(doc: Doc, subject: Subject | undefined, cue: Cue, state: State): Subject | undefined {
  if (!subject || (cue.lemma !== 'add' && cue.lemma !== 'continue')) return undefined;
  if (!SUBJECT_PRONOUNS.has(doc.text.slice(subject.start, subject.end).toLowerCase())) return undefined;
  const last = state.drafts[state.drafts.length - 1];
  if (!last || subject.start - last.end > 300) return undefined;
  return { ...subject, actorId: last.speakerId };
}

function readCue(ctx: Context, w: Word, cue: Cue, pending: Pending | null): Pending | null {
  const { doc, sentence, state } = ctx;
  const lw = w.text.toLowerCase();
  const end = Math.min(sentence.end, w.end + MAX_CLAUSE);
  const pos = doc.posOf(w.start);
  // A tagger's noun reading loses to a following "that" ("The WHO estimates that ...").
  const thatFollows = /^\s+that\b/.test(doc.text.slice(w.end, w.end + 6));
  // A tagger's noun or adjective reading ("the state", "alleged") stands unless an actor is the subject
  // ("municipal commissioner Rajesh Kulkarni informed", which a tagger may read as an adjective).
  const taggedOther = (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ') && !thatFollows;
  const participle = lw.endsWith('ing');
  const nounLike = NOUN_LIKE.has(cue.lemma) && (lw === cue.lemma || lw === `${cue.lemma}s` || lw === `${cue.lemma}es`);
  let subject: Subject | undefined;
  let cueText = lw;
  let addresseeId: string | null = null;
  // The comma may sit inside a closing quote mark: `was removed "due to ...," said Lt. Cmdr. X`.
  const commaFirst = /,["”’]?$/.test(doc.text.slice(Math.max(sentence.start, w.start - 4), w.start).trimEnd());
  const conjunct = /^(?:and|but)$/i.test(doc.wordBefore(w.start, sentence.start)?.text ?? '');
  // A cue inside a clause already reported ("He said the council had promised ...") belongs to that
  // statement; only a closing attribution ("..., state media reported") is read from there.
  const nested = draftsAnchoredAt(state, sentence.start).some(
    (d) => d.kind === 'INDIRECT' && d.start <= w.start && w.end <= d.end,
  );
  if (nested && !nothingAfter(doc, w.end, end)) return pending;
  if (taggedOther && (participle || conjunct)) return pending;
  if ((participle && commaFirst) || conjunct) {
    // ", accusing ...", "... and said ...": the main clause's speaker goes on speaking.
    const here = draftsAnchoredAt(state, sentence.start);
    const last = here[here.length - 1];
    if (last) subject = { start: w.start, end: w.start, actorId: last.speakerId };
    else if (pending) {
      subject = { start: w.start, end: w.start, actorId: pending.speakerId };
      cueText = participle ? pending.cue : cueText;
      addresseeId = pending.addresseeId;
    } else {
      const m = doc.mentionEndingAt(trimEnd(doc, sentence.start, w.start));
      subject = m
        ? { start: m.start, end: m.end, actorId: m.actorId }
        : sentenceSubject(doc, sentence.start, w.start, state.memory);
      if (!subject) return pending;
    }
  } else if (participle) {
    // "X was quoted as saying ...": the subject stands before the passive.
    const quoted = /\s(?:was|were|is|are|has been|had been|being)\s+(?:widely\s+|later\s+)?quoted\s+as\s+$/.exec(
      doc.text.slice(Math.max(sentence.start, w.start - 60), w.start),
    );
    if (!quoted) return pending;
    subject = subjectBefore(doc, w.start - quoted[0].length, sentence.start, state.memory);
    if (!subject) return pending;
  } else {
    subject = subjectBefore(doc, w.start, sentence.start, state.memory);
    if (taggedOther && (!subject?.actorId || nounLike)) return pending;
    subject = continuingSpeaker(doc, subject, cue, state) ?? subject;
    if (subject && nounLike && subject.actorId === null && pos !== 'VERB') return pending;
    if (subject && WEAK_CUES.has(cue.lemma) && subject.actorId === null && !isSpeakerNoun(doc, subject)) return pending;
    if (!subject && commaFirst) {
      // Inverted closing attribution: "CLAUSE, said Peskov."
      const after = subjectAfter(doc, w.end, end, state.memory);
      if (
        after &&
        (nothingAfter(doc, after.end, end) || appositiveToEnd(doc, after.end, end)) &&
        cue.role !== 'ACCUSE'
      ) {
        readClosingAttribution(ctx, after, lw, commaBefore(doc, sentence, w.start));
      }
      return pending;
    }
    if (!subject) return pending;
  }
  let p = w.end;
  if (cue.role === 'TELL') {
    const a = readAddressee(doc, p, end, subject.actorId);
    addresseeId = a.addresseeId ?? addresseeId;
    p = a.next;
  }
  p = skipAdjuncts(doc, p, end);
  p = skipToThat(doc, p, end);
  // The complement clause keeps its "that", so a reference key quoted with or without it is inside.
  const clauseStart = p;
  const afterThat = /^that\b/.test(doc.text.slice(p, p + 5));
  if (afterThat) p = skipSpace(doc, p + 4, end);
  const fence = fencesIn(ctx.fences, p, p + 1)[0];
  if (fence?.direct) return null;
  if (subject.unknownName) state.memory.unknownNameAt = subject.end;
  if (!participle && nothingAfter(doc, p, end)) {
    if (cue.role !== 'ACCUSE') readClosingAttribution(ctx, subject, lw, commaBefore(doc, sentence, subject.start));
    return pending;
  }
  // "a house said to be haunted": "said to" reports hearsay, nobody speaking.
  if (cue.lemma === 'say' && /^to\s/.test(doc.text.slice(p, p + 3))) return pending;
  const clauseStop = clauseEnd(doc, p, end, ctx.fences);
  // "X, who said she was delighted, declined to ...": the relative clause ends at its comma.
  const comma = subject.relative ? nextCommaOutsideQuotes(doc, p, clauseStop, ctx.fences) : -1;
  const stop = comma > p ? trimEnd(doc, p, comma) : clauseStop;
  if (doc.words(p, stop).length < 2) return pending;
  const complement = doc.text.slice(p, stop);
  // A participle reports only a clause: ", adding that ..." does, ", adding up to two weeks" does not
  // (where the tagger has read the words, a clause needs a verb).
  const tagged = doc.posOf(doc.wordAfter(p, stop)?.start ?? p) !== undefined;
  const isClause =
    (participle &&
      !/^up\s/.test(complement) &&
      (cue.role === 'ACCUSE' || !tagged || hasVerb(doc, p, stop) || /\bto\s+\p{Ll}/u.test(complement))) ||
    afterThat ||
    /^(?:he|she|it|they|we|i|you)\s/i.test(complement) ||
    (cue.role === 'ACCUSE' ? /\bof\b/.test(complement) : TO_INFINITIVE.test(complement) || hasVerb(doc, p, stop));
  // "warned of a slowdown that could ...": a prepositional object is a topic, not a reported clause.
  const topic = cue.role !== 'ACCUSE' && !afterThat && /^(?:of|against|about(?!\s+[\d$£€]))\s/i.test(complement);
  if (!isClause || topic || (cue.role === 'THAT_ONLY' && !afterThat)) {
    return { cue: lw, speakerId: subject.actorId, addresseeId };
  }
  record(ctx, clauseStart, stop, cueText, subject.actorId, addresseeId);
  return null;
}

/**
 * The name in an apposition that closes the sentence after an according-to phrase with none: "...,
 * according to the regional regulator, the Northern Water Authority."
 */
function appositiveSource(doc: Doc, comma: number, end: number): string | undefined {
  if (comma < 0 || !/^,\s+(?:the\s+)?\p{Lu}[^,;:]*$/u.test(doc.text.slice(comma, end))) return undefined;
  return doc.mentionsIn(comma, end)[0]?.actorId;
}

/** The first comma in [from, to) that no quote mark encloses, or -1. */
function nextCommaOutsideQuotes(doc: Doc, from: number, to: number, fences: readonly Fence[]): number {
  for (let i = doc.text.indexOf(',', from); i >= 0 && i < to; i = doc.text.indexOf(',', i + 1)) {
    if (!fences.some((f) => f.open < i && i < f.close)) return i;
  }
  return -1;
}

/** "according to the company": a definite description resolves as "the company said" would. */
function describedSource(ctx: Context, start: number, end: number): string | null {
  const words = ctx.doc.words(start, end);
  const head = words.at(-1);
  if (!head || words.length > 4 || !/^(?:the|its)$/i.test(words[0]?.text ?? '')) return null;
  const lh = head.text.toLowerCase();
  if (!ORG_NOUNS.has(lh) && !PERSON_ROLES.has(lh)) return null;
  return resolveReference(ctx.doc, lh, head.start, ctx.state.memory);
}

/** "According to X, CLAUSE." reports X; "..., according to X." after a statement names its source. */
function readAccordingTo(ctx: Context, w: Word): void {
  const { doc, sentence } = ctx;
  const end = Math.min(sentence.end, w.end + MAX_CLAUSE);
  const to = doc.wordAfter(w.end, end);
  if (!to) return;
  const npStart = skipSpace(doc, to.end, end);
  const rel = doc.text.slice(npStart, end).indexOf(',');
  const comma = rel < 0 ? -1 : npStart + rel;
  let npEnd = trimEnd(doc, npStart, comma >= 0 ? comma : end);
  // "according to a study published in Neurology": the source is the study, not the journal
  // ("a statement from the ministry", "a report by Amnesty" do name their authors).
  const qualifier = /\s(?:published|released|issued|conducted|carried|commissioned|in|at|on)\s/.exec(
    doc.text.slice(npStart, npEnd),
  );
  if (qualifier) npEnd = npStart + qualifier.index;
  const opensSentence = doc.words(sentence.start, w.start).length === 0;
  // "according to a police statement": the one organization a speaker word of the phrase names.
  const source =
    doc.mentionsIn(npStart, npEnd)[0]?.actorId ??
    doc
      .words(npStart, npEnd)
      .map((x) => (SPEAKER_NOUNS.has(x.text.toLowerCase()) ? doc.organizationNamedBy(x.text) : undefined))
      .find((id) => id !== undefined) ??
    (opensSentence ? undefined : appositiveSource(doc, comma, end)) ??
    describedSource(ctx, npStart, npEnd);
  if (opensSentence) {
    if (comma < 0) return;
    let start = skipSpace(doc, comma + 1, end);
    // "According to Baker, who voted against the plan, the stadium ...": the relative clause is no part of it.
    const relative = /^(?:who|which)\s[^,]*,\s*/.exec(doc.text.slice(start, end));
    if (relative) start += relative[0].length;
    const stop = clauseEnd(doc, start, Math.min(sentence.end, start + MAX_CLAUSE), ctx.fences);
    if (doc.words(start, stop).length >= 3) record(ctx, start, stop, 'according to', source, null);
    return;
  }
  const cut = commaBefore(doc, sentence, w.start);
  // "The company, according to two people familiar with the plan, will cut 1,000 jobs": the subject
  // before and the predicate after the aside are one statement.
  const subjectOnly = cut >= 0 && doc.words(sentence.start, cut).length < 3;
  if (subjectOnly && comma >= 0 && !draftsAnchoredAt(ctx.state, sentence.start).length) {
    const stop = clauseEnd(doc, skipSpace(doc, comma + 1, end), end, ctx.fences);
    const start = skipSpace(doc, sentence.start, cut);
    if (doc.words(comma, stop).length >= 2 && !fencesIn(ctx.fences, start, stop).some((f) => f.direct)) {
      record(ctx, start, stop, 'according to', source, null);
      return;
    }
  }
  readClosingAttribution(ctx, { start: npStart, end: npEnd, actorId: source }, 'according to', cut);
}

/** Reported statements of one body sentence: each cue with a subject and a clause after it (or before it). */
export function readReported(
  doc: Doc,
  sentence: Sentence,
  fences: readonly Fence[],
  state: State,
  isPerson: (actorId: string) => boolean,
): void {
  const local = fencesIn(fences, Math.max(0, sentence.start - MAX_CLAUSE * 4), sentence.end);
  const ctx: Context = { doc, sentence, fences: local, state, isPerson };
  // Words outside quote marks, in one merge of two sorted lists.
  let f = 0;
  const words = doc.cueWords(sentence.start, sentence.end).filter((w) => {
    while (f < local.length && (local[f]?.close ?? 0) < w.end) f++;
    const fence = local[f];
    return !(fence && fence.open < w.start && w.end <= fence.close);
  });
  let pending: Pending | null = null;
  const according: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (/^according$/i.test(w.text) && words[i + 1]?.text.toLowerCase() === 'to') {
      according.push(w);
      continue;
    }
    if (!LOWER_INITIAL.test(w.text) || state.consumed.has(w.start)) continue;
    const cue = cueFor(w.text);
    if (!cue || cue.role === 'QUOTE_ONLY') continue;
    pending = readCue(ctx, w, cue, pending);
  }
  for (const w of according) readAccordingTo(ctx, w);
}
