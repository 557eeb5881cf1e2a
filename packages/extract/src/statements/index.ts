import type { Actor, Sentence, Statement } from '../types.ts';
import { findQuotes, type Quote } from './01-find-quotes.ts';
import { Doc } from './02-document.ts';
import { type Memory, sentenceSubject } from './03-speaker.ts';
import { type Draft, newState } from './04-state.ts';
import { classifyQuote, readDirectQuote } from './05-direct.ts';
import { type Fence, readReported } from './06-reported.ts';

/**
 * A partial quote speaks for whoever the reported statement around it (or its sentence) is attributed
 * to, else for the person its sentence opens with ("X called the findings "encouraging"").
 */
function partialSpeaker(doc: Doc, byAnchor: Map<number, Draft[]>, q: Quote, memory: Memory): string | null {
  const sentence = doc.sentenceAt(q.open);
  if (!sentence) return null;
  const drafts = byAnchor.get(sentence.start) ?? [];
  const around = drafts.find((d) => d.kind === 'INDIRECT' && d.start <= q.open && q.close <= d.end + 1);
  if (around) return around.speakerId;
  const here = drafts.find((d) => d.speakerId);
  if (here) return here.speakerId;
  const subject = sentenceSubject(doc, sentence.start, q.open, memory);
  if (!subject?.actorId) return null;
  // "Acme rejected the plan, calling it "a ploy"": whoever the sentence opens with names it so, an
  // organisation too; elsewhere a quote after an organisation may be the writer's own scare quote.
  const naming = NAMING.test(doc.text.slice(Math.max(sentence.start, q.open - 60), q.open));
  return naming || doc.actorKind.get(subject.actorId) === 'PERSON' ? subject.actorId : null;
}

/** A verb of naming right before a quote: "calling it ", "described the deal as ", "branded them ". */
const NAMING =
  /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|branded|branding|labell?(?:ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?$/;

/**
 * Direct quotes, reported statements and partial quotes of the news body, each with its speaker
 * (resolved through the actors' mentions), cue, source and addressee; ids "s1", "s2", ... in text order.
 * The title line reports nothing (it summarises); a quote over several paragraphs is one statement.
 */
export function findStatements(text: string, sentences: Sentence[], actors: Actor[]): Statement[] {
  const doc = new Doc(text, sentences, actors);
  const isPerson = (id: string) => doc.actorKind.get(id) === 'PERSON';
  const quotes = findQuotes(text, doc.paragraphs).filter((q) => doc.isBody(q.start) && !doc.inHeadline(q.start));
  const kinds = quotes.map((q, i) => classifyQuote(doc, q, quotes[i - 1]));
  const fences: Fence[] = quotes.map((q, i) => ({ open: q.open, close: q.close, direct: kinds[i] === 'DIRECT' }));
  const state = newState();

  // One pass in text order, so that "he said" and "the minister said" can lean on who spoke last.
  let qi = 0;
  const readQuotesUpTo = (limit: number) => {
    for (; qi < quotes.length; qi++) {
      const q = quotes[qi];
      if (!q || q.close >= limit) break;
      const next = quotes[qi + 1];
      const nextOpen = next && next.paragraph === q.paragraph ? next.open : text.length;
      if (kinds[qi] === 'DIRECT') readDirectQuote(doc, q, quotes[qi - 1], nextOpen, state, isPerson);
    }
  };
  for (const sentence of doc.bodySentences()) {
    readQuotesUpTo(sentence.end);
    if (doc.inHeadline(sentence.start)) continue;
    readReported(doc, sentence, fences, state, isPerson);
  }
  readQuotesUpTo(Number.POSITIVE_INFINITY);

  const byAnchor = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    const list = byAnchor.get(d.anchor);
    if (list) list.push(d);
    else byAnchor.set(d.anchor, [d]);
  }
  const partials: Draft[] = [];
  quotes.forEach((q, i) => {
    if (kinds[i] !== 'PARTIAL') return;
    partials.push({
      kind: 'PARTIAL',
      start: q.start,
      end: q.end,
      cue: null,
      speakerId: partialSpeaker(doc, byAnchor, q, state.memory),
      sourceId: null,
      addresseeId: null,
      anchor: q.open,
      paragraph: q.paragraph,
    });
  });

  const seen = new Set<string>();
  return [...state.drafts, ...partials]
    .filter((d) => d.end > d.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((d) => {
      const key = `${d.kind}:${d.start}:${d.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((d, i) => ({
      id: `s${i + 1}`,
      kind: d.kind,
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      cue: d.cue,
      speakerId: d.speakerId,
      sourceId: d.sourceId,
      addresseeId: d.addresseeId,
    }));
}
