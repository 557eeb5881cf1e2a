import { cueFor } from '../model/cue-verbs.ts';
import type { Sentence } from '../types.ts';
import type { Quote } from './01-find-quotes.ts';
import { addresseeAt, type Doc, type Word } from './02-document.ts';
import { type Subject, sentenceSubject, subjectAfter, subjectBefore } from './03-speaker.ts';
import { addDraft, type Draft, draftsAnchoredAt, type State } from './04-state.ts';

/** Characters before a quote read for its lead-in ("Smith said:"), so a run-on sentence stays linear. */
const MAX_LEAD = 300;
// Hoisted: the TypeScript transform turns a /\p{…}/u literal into a `new RegExp` at every call.
const LOWER_INITIAL = /^\p{Ll}/u;

/** Words a trailing attribution may run to before its cue: `," the long-serving Belarusian leader said`. */
const MAX_SUBJECT_WORDS = 10;

interface Attribution {
  subject: Subject;
  cue: Word;
  anchor: number;
}

/** Where the text before a quote starts: its sentence, or the end of an earlier quote in that sentence. */
function leadStart(doc: Doc, q: Quote, previous: Quote | undefined): number {
  const sentence = doc.sentenceAt(q.open);
  const para = doc.paragraphs[q.paragraph];
  let start = Math.max(sentence?.start ?? 0, para?.start ?? 0);
  if (sentence && sentence.start === q.open) {
    // A sentence splitter may cut before the quote's attribution lead ("He said: | "...").
    start = q.open;
  }
  if (previous && previous.paragraph === q.paragraph && previous.close + 1 > start) start = previous.close + 1;
  return Math.max(start, q.open - MAX_LEAD);
}

/** True when a cue word sits among the last words of s (`Smith said,`, `As the minister put it,`). */
function endsWithCue(doc: Doc, from: number, to: number): boolean {
  const words = doc.words(from, to).slice(-8);
  return words.some((w, i) => cueFor(w.text) !== undefined || (w.text === 'put' && words[i + 1]?.text === 'it'));
}

/** Marks around a name in Title Case inside prose (the film "The Crown", a plan dubbed "Project Eagle") quote nobody. */
function isTitle(doc: Doc, q: Quote): boolean {
  const words = doc.words(q.start, q.end);
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text));
}

/**
 * A quote is DIRECT when it stands as the speaker's own sentence (at a sentence start, after a colon,
 * or after "X said,"); inside prose it is a PARTIAL quote (`accused them of seeking to "aggravate"`),
 * or a TITLE that quotes nobody.
 */
export function classifyQuote(doc: Doc, q: Quote, previous: Quote | undefined): 'DIRECT' | 'PARTIAL' | 'TITLE' {
  if (q.continued) return 'DIRECT';
  const from = leadStart(doc, q, previous);
  const lead = doc.text.slice(from, q.open).trim();
  const lastWord = doc.wordBefore(q.open, from);
  const opensClause =
    lead === '' ||
    /[.!?:]$/.test(lead) ||
    (/[,—–-]$/.test(lead) && endsWithCue(doc, from, q.open)) ||
    // `Smith said "We won."`: a cue with no comma, before a quote that opens with a capital.
    (lastWord !== undefined &&
      lead.endsWith(lastWord.text) &&
      !!cueFor(lastWord.text) &&
      /^\p{Lu}/u.test(doc.text[q.start] ?? ''));
  if (!opensClause) return isTitle(doc, q) ? 'TITLE' : 'PARTIAL';
  // `"Undesirable" groups were banned`: marks around a few words that the sentence goes on from.
  const last = doc.text[q.end - 1] ?? '';
  if (!q.runsOn && /[\p{L}\p{N}]/u.test(last)) {
    const next = doc.wordAfter(q.close + 1, doc.text.length);
    const gap = doc.text.slice(q.close + 1, next?.start ?? q.close + 1);
    if (
      next &&
      /^\s+$/.test(gap) &&
      LOWER_INITIAL.test(next.text) &&
      !cueFor(next.text) &&
      !/^(?:he|she|they|we|it|i)$/.test(next.text)
    ) {
      // At a sentence start one capital says nothing; "The Crown" returns, "Undesirable" groups do not.
      return isTitle(doc, q) && doc.words(q.start, q.end).length > 1 ? 'TITLE' : 'PARTIAL';
    }
  }
  return 'DIRECT';
}

/** The sentence that holds a quote's closing mark, run on into a next sentence split off in error. */
function trailEnd(doc: Doc, q: Quote, sentence: Sentence, nextOpen: number): number {
  let end = sentence.end;
  const next = doc.nextSentence(sentence);
  const para = doc.paragraphs[q.paragraph];
  if (next && para && next.start < para.end && /^\s*\p{Ll}/u.test(doc.text.slice(next.start, next.start + 3))) {
    end = next.end;
  }
  return Math.min(end, nextOpen, para?.end ?? end, q.close + MAX_LEAD);
}

/** `"...," Peskov said.` / `"...," said Peskov.` / `Peskov said: "..."` */
function attributionAround(
  doc: Doc,
  q: Quote,
  previous: Quote | undefined,
  nextOpen: number,
  state: State,
): Attribution | null {
  if (!q.runsOn) {
    const sentence = doc.sentenceAt(q.close) ?? doc.sentenceAt(q.close - 1);
    if (sentence) {
      const end = trailEnd(doc, q, sentence, nextOpen);
      let p = q.close + 1;
      while (p < end && /[\s,.!?;:—–-]/.test(doc.text[p] ?? '')) p++;
      const words = doc.cueWords(p, end).slice(0, MAX_SUBJECT_WORDS + 1);
      const first = words[0];
      if (first && LOWER_INITIAL.test(first.text) && cueFor(first.text)) {
        const subject = subjectAfter(doc, first.end, end, state.memory);
        if (subject) return { subject, cue: first, anchor: sentence.start };
      }
      for (const w of words) {
        if (!LOWER_INITIAL.test(w.text) || !cueFor(w.text)) continue;
        const subject = subjectBefore(doc, w.start, p, state.memory);
        if (subject && subject.start >= p) return { subject, cue: w, anchor: sentence.start };
        break;
      }
    }
  }
  const from = leadStart(doc, q, previous);
  const lead = doc.text.slice(from, q.open).trimEnd();
  const leadWord = doc.wordBefore(q.open, from);
  if (/[,:—–-]$/.test(lead) || (leadWord && lead.endsWith(leadWord.text) && cueFor(leadWord.text))) {
    const words = doc.cueWords(from, q.open);
    for (let i = words.length - 1; i >= 0 && i >= words.length - 8; i--) {
      const w = words[i];
      if (!w || !cueFor(w.text)) continue;
      const subject = subjectBefore(doc, w.start, from, state.memory) ?? subjectAfter(doc, w.end, q.open, state.memory);
      if (subject) return { subject, cue: w, anchor: doc.sentenceAt(w.start)?.start ?? from };
    }
  }
  return null;
}

/** The speaker a sentence plainly gives: its statement's speaker, a cue's subject before a colon, or its subject. */
function speakerOfSentence(doc: Doc, sentence: Sentence, state: State): string | null {
  const said = draftsAnchoredAt(state, sentence.start).find((d) => d.speakerId);
  if (said) return said.speakerId;
  const subject = sentenceSubject(doc, sentence.start, sentence.end, state.memory);
  if (subject?.actorId && doc.actorKind.get(subject.actorId) === 'PERSON') return subject.actorId;
  if (doc.text.slice(sentence.start, sentence.end).trimEnd().endsWith(':')) {
    return doc.mentionsIn(sentence.start, sentence.end).find((m) => m.kind === 'PERSON')?.actorId ?? null;
  }
  return null;
}

interface Context {
  speakerId: string | null;
  /** The cue of the attribution the quote shares (`"A," he said. "B."`), if it shares one. */
  cue: string | null;
}

/** A quote with no attribution of its own continues a speaker only when the text makes it plain. */
function speakerFromContext(doc: Doc, q: Quote, previous: Draft | undefined, state: State): Context {
  const lastQuote = previous?.kind === 'DIRECT' ? previous : undefined;
  const speaker = (speakerId: string | null): Context => ({ speakerId, cue: null });
  if (q.continued && lastQuote) return { speakerId: lastQuote.speakerId, cue: lastQuote.cue };
  const sentence = doc.sentenceAt(q.open);
  // `Smith put it bluntly: "..."`: a lead-in ending in a colon names the speaker as its subject.
  const para = doc.paragraphs[q.paragraph];
  const from = Math.max(sentence?.start ?? 0, para?.start ?? 0, q.open - 300);
  if (doc.text.slice(from, q.open).trimEnd().endsWith(':')) {
    const subject = sentenceSubject(doc, from, q.open, state.memory);
    if (subject?.actorId) return speaker(subject.actorId);
  }
  const before = sentence ? doc.previousSentence(sentence) : undefined;
  // `"A," he said. "B."`: the sentence before is the last quote's own, or holds it.
  if (lastQuote && lastQuote.paragraph === q.paragraph) {
    const sameSentence = sentence && lastQuote.start >= sentence.start;
    const justBefore = before && (lastQuote.anchor === before.start || lastQuote.end > before.start);
    if (sameSentence || justBefore) return { speakerId: lastQuote.speakerId, cue: lastQuote.cue };
  }
  // A sentence in between names who speaks now: `Jones was less sure. "We'll see."`
  if (before && before.sectionKind === 'BODY' && q.open - before.end < 400) {
    const named = speakerOfSentence(doc, before, state);
    if (named) return speaker(named);
  }
  if (lastQuote?.paragraph === q.paragraph) return speaker(lastQuote.speakerId);
  // A quote paragraph right after a quote paragraph by the same voice.
  const prevPara = doc.paragraphs[q.paragraph - 1];
  if (lastQuote && para?.start === q.open && prevPara && lastQuote.paragraph === q.paragraph - 1) {
    if (doc.text.slice(lastQuote.end, prevPara.end).length < 120) return speaker(lastQuote.speakerId);
  }
  return speaker(null);
}

/** Attributes one direct quote and records it; cue words it uses are not read again as reported speech. */
export function readDirectQuote(
  doc: Doc,
  q: Quote,
  previousQuote: Quote | undefined,
  nextOpen: number,
  state: State,
  isPerson: (actorId: string) => boolean,
): void {
  const found = attributionAround(doc, q, previousQuote, nextOpen, state);
  const lastDirect = state.lastDirect ?? undefined;
  let speakerId = found?.subject.actorId ?? null;
  let cue = found?.cue.text.toLowerCase() ?? null;
  let addresseeId: string | null = null;
  if (found) {
    state.consumed.add(found.cue.start);
    if (found.subject.unknownName) state.memory.unknownNameAt = Math.max(found.subject.end, q.end);
    const lexicon = cueFor(found.cue.text);
    if (lexicon?.role === 'TELL' && found.subject.end <= found.cue.start) {
      let p = found.cue.end;
      while (/\s/.test(doc.text[p] ?? '')) p++;
      addresseeId = addresseeAt(doc, p, speakerId);
    }
  } else {
    ({ speakerId, cue } = speakerFromContext(doc, q, lastDirect, state));
  }
  // A quote over several paragraphs (each reopens, none closes but the last) runs on without an
  // interruption, so it is one statement, as the annotation convention counts "a quote that runs over
  // several sentences without interruption"; its own attribution, wherever it sits, gives the speaker.
  if (q.continued && lastDirect && previousQuote?.runsOn && lastDirect.end === previousQuote.end) {
    lastDirect.end = q.end;
    lastDirect.paragraph = q.paragraph;
    if (found && !lastDirect.attributed) {
      lastDirect.speakerId = speakerId;
      lastDirect.cue = cue;
      lastDirect.addresseeId = addresseeId;
      lastDirect.attributed = true;
    }
    if (lastDirect.speakerId && isPerson(lastDirect.speakerId)) {
      state.memory.lastPersonSpeaker = lastDirect.speakerId;
      state.memory.lastPersonSpeakerAt = lastDirect.end;
    }
    return;
  }
  addDraft(
    state,
    {
      kind: 'DIRECT',
      start: q.start,
      end: q.end,
      cue,
      speakerId,
      sourceId: null,
      addresseeId,
      anchor: found?.anchor ?? doc.sentenceAt(q.close)?.start ?? q.start,
      paragraph: q.paragraph,
      attributed: found !== null,
    },
    isPerson,
  );
}
