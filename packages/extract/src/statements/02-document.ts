import { isPhrasalCue } from '../model/cue-verbs.ts';
import type { Actor, ActorKind, Sentence } from '../types.ts';
import { type Paragraph, splitParagraphs } from './01-find-quotes.ts';

/** One actor mention, as the statement stage looks it up. */
export interface SpeakerMention {
  start: number;
  end: number;
  actorId: string;
  kind: ActorKind;
}

/** A word of the text with its offsets. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The first index in a sorted list whose key is >= value. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The words of `piece`, which starts at `offset` in the text. */
function matchWords(piece: string, offset: number): Word[] {
  const out: Word[] = [];
  // exec, not matchAll: no iterator results to allocate for every word of the text.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(piece); m; m = WORD.exec(piece)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Longest title line, in words; a longer first line is a lead sentence that lost its full stop. */
const HEADLINE_WORDS = 20;

/**
 * The first body line when it reads as a title: a line of its own, short, with no final stop (a
 * closing quote mark after a stop counts as one), followed by a longer paragraph. "WHO warns of rising
 * measles cases" and "Leader vows to protect forests" summarise the story; nobody says them.
 */
function findHeadline(text: string, first: Sentence | undefined): { start: number; end: number } | null {
  if (!first) return null;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== '') return null;
  const nl = text.indexOf('\n', first.start);
  if (nl < 0) return null;
  const line = text.slice(first.start, nl).trim();
  if (!line || line.split(/\s+/).length > HEADLINE_WORDS || /[.!?;:,…]["”’']?$/.test(line)) return null;
  const rest = text.slice(nl + 1, nl + 1 + 4 * line.length + 2000);
  const next = rest.split('\n').find((l) => l.trim() !== '');
  return next && next.trim().length > line.length ? { start: first.start, end: first.start + line.length } : null;
}

/**
 * An apposition right after a name, up to its head noun: ", the largest supplier in the region,",
 * ", Europe's third-largest carrier,". The head is the last word before a comma, stop or preposition.
 */
const APPOSITION_AFTER =
  /^,\s+(?:the|a|an|its|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*)(?=\s*[,.;)]|\s+(?:of|in|by|for|at|with|from|on|and)\s)/du;

/** A description right before a name: "the regional regulator, the ", "German rival ", "the campaign group ". */
const APPOSITION_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)(?:,\s+(?:the\s+)?|\s+)$/du;

/**
 * The text with its sentences, paragraphs and actor mentions indexed by offset, so that every
 * look-up the attribution rules make is a binary search or a map hit.
 */
export class Doc {
  readonly paragraphs: Paragraph[];
  private readonly sentences: Sentence[];
  private readonly mentions: SpeakerMention[];
  private readonly byStart = new Map<number, SpeakerMention>();
  private readonly byEnd = new Map<number, SpeakerMention>();
  readonly actorKind = new Map<string, ActorKind>();
  /** Organizations by the words of their names: "police" finds "Avon and Somerset Police". */
  private readonly orgsByWord = new Map<string, Set<string>>();
  private headlineSpan: { start: number; end: number } | null | undefined;
  private readonly personNames: Array<[string, string]> = [];
  /** Names and capitalised mention texts with their actor, and the unique ones by text once asked. */
  private readonly nameCandidates: Array<[string, string]> = [];
  private names: Map<string, string | null> | undefined;
  /** Pronoun gender by actor: null once both kinds were resolved to it. */
  private readonly genders = new Map<string, 'M' | 'F' | null>();
  /** Surnames of people: the one person's id, or null when two people share it. */
  private surnames: Map<string, string | null> | undefined;
  /** Head nouns of appositions, each with the actors it described and where: "X, the regional regulator". */
  private descriptions: Map<string, Array<{ actorId: string; at: number }>> | undefined;
  /** Every word of the text, found on the first words() call. */
  private allWords: Word[] | undefined;

  constructor(
    readonly text: string,
    sentences: Sentence[],
    actors: Actor[],
  ) {
    this.paragraphs = splitParagraphs(text);
    this.sentences = [...sentences].sort((a, b) => a.start - b.start);
    const mentions: SpeakerMention[] = [];
    for (const actor of actors) {
      this.actorKind.set(actor.id, actor.kind);
      if (actor.kind === 'PERSON') this.personNames.push([actor.id, actor.name]);
      this.nameCandidates.push([actor.name, actor.id]);
      if (actor.kind !== 'PERSON') {
        for (const word of actor.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
          if (word.length > 3) this.orgsByWord.set(word, (this.orgsByWord.get(word) ?? new Set()).add(actor.id));
        }
      }
      for (const m of actor.mentions) {
        mentions.push({ start: m.start, end: m.end, actorId: actor.id, kind: actor.kind });
        const named = text.slice(m.start, m.end);
        if (/^\p{Lu}/u.test(named) && !/^(?:The|A|An|It|He|She|They|We|I|His|Her|Its|Their)\b/.test(named)) {
          this.nameCandidates.push([named, actor.id]);
        }
        const word = text.slice(m.start, m.end).toLowerCase();
        const g = /^(?:he|him|his|himself)$/.test(word)
          ? 'M'
          : /^(?:she|her|hers|herself)$/.test(word)
            ? 'F'
            : undefined;
        if (g && actor.kind === 'PERSON') {
          const known = this.genders.get(actor.id);
          this.genders.set(actor.id, known === undefined || known === g ? g : null);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = mentions;
    // The longest mention wins at a shared start or end ("Kremlin spokesman Dmitry Peskov" over "Kremlin").
    for (const m of mentions) {
      const s = this.byStart.get(m.start);
      if (!s || s.end < m.end) this.byStart.set(m.start, m);
      const e = this.byEnd.get(m.end);
      if (!e || e.start > m.start) this.byEnd.set(m.end, m);
    }
  }

  /** The article's title line, when it has one: a summary, never a statement to report. */
  headline(): { start: number; end: number } | null {
    if (this.headlineSpan === undefined) this.headlineSpan = findHeadline(this.text, this.bodySentences()[0]);
    return this.headlineSpan;
  }

  /** True when pos lies on the title line. */
  inHeadline(pos: number): boolean {
    const h = this.headline();
    return h !== null && h.start <= pos && pos < h.end;
  }

  /**
   * The actor that a description with this head noun last stood in apposition to before pos ("Acme,
   * the world's biggest carmaker," / "the regional regulator, the Water Authority"), so that "the
   * carmaker said" or "the regulator says" later finds it.
   */
  describedAs(head: string, pos: number): string | undefined {
    this.descriptions ??= this.findDescriptions();
    const list = this.descriptions.get(head.toLowerCase());
    let found: string | undefined;
    for (const d of list ?? []) if (d.at < pos) found = d.actorId;
    return found;
  }

  private findDescriptions(): Map<string, Array<{ actorId: string; at: number }>> {
    const out = new Map<string, Array<{ actorId: string; at: number }>>();
    const add = (match: RegExpExecArray | null, offset: number, m: SpeakerMention) => {
      const span = match?.indices?.[1];
      const head = match?.[1];
      if (!span || !head) return;
      const at = offset + span[0];
      const tag = this.posOf(at);
      if (tag !== undefined && tag !== 'NOUN') return;
      const list = out.get(head.toLowerCase()) ?? [];
      list.push({ actorId: m.actorId, at });
      out.set(head.toLowerCase(), list);
    };
    for (const m of this.byStart.values()) {
      // Only names: a pronoun or a description the actor stage resolved describes nothing new.
      if (
        !/^\p{Lu}/u.test(this.text[m.start] ?? '') ||
        /^(?:It|He|She|They|The)\b/.test(this.text.slice(m.start, m.end))
      ) {
        continue;
      }
      add(APPOSITION_AFTER.exec(this.text.slice(m.end, m.end + 120)), m.end, m);
      const from = Math.max(0, m.start - 80);
      add(APPOSITION_BEFORE.exec(this.text.slice(from, m.start)), from, m);
    }
    return out;
  }

  /**
   * The one person whose name ends in this word ("Brace" for "Selina Brace"), when the actor stage
   * did not take the bare surname as a mention (it is also a common word).
   */
  personWithSurname(word: string): string | undefined {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const [id, name] of this.personNames) {
        const last = name.split(/\s+/).at(-1);
        if (!last || last === name) continue;
        this.surnames.set(last, this.surnames.has(last) ? null : id);
      }
    }
    return this.surnames.get(word) ?? undefined;
  }

  /**
   * 'M' or 'F' when the actor stage resolved only "he/him/his" or only "she/her/hers" to an actor, so
   * a pronoun of the other kind cannot be them; undefined when it did neither or both.
   */
  genderOf(actorId: string): 'M' | 'F' | undefined {
    return this.genders.get(actorId) ?? undefined;
  }

  /**
   * The actor whose name (or one of whose named mentions) ends at pos, read off the text itself: the
   * actor stage may leave an occurrence unmentioned ("A statement from Acme said").
   */
  nameEndingAt(pos: number, floor: number): SpeakerMention | undefined {
    if (!this.names) {
      this.names = new Map();
      for (const [text, id] of this.nameCandidates) {
        const known = this.names.get(text);
        this.names.set(text, known === undefined || known === id ? id : null);
      }
    }
    const words = this.words(Math.max(floor, pos - 80), pos);
    for (let i = Math.max(0, words.length - 6); i < words.length; i++) {
      const w = words[i];
      if (!w || !/^\p{Lu}/u.test(w.text)) continue;
      const id = this.names.get(this.text.slice(w.start, pos));
      const kind = id ? this.actorKind.get(id) : undefined;
      if (id && kind) return { start: w.start, end: pos, actorId: id, kind };
    }
    return undefined;
  }

  /** The one organization whose name holds this word ("the council" → "City of York Council"), if only one does. */
  organizationNamedBy(word: string): string | undefined {
    const ids = this.orgsByWord.get(word.toLowerCase());
    return ids?.size === 1 ? [...ids][0] : undefined;
  }

  mentionStartingAt(pos: number): SpeakerMention | undefined {
    return this.byStart.get(pos);
  }

  mentionEndingAt(pos: number): SpeakerMention | undefined {
    return this.byEnd.get(pos);
  }

  /** Mentions lying inside [start, end), in text order. */
  mentionsIn(start: number, end: number): SpeakerMention[] {
    const out: SpeakerMention[] = [];
    for (let i = lowerBound(this.mentions, start, (m) => m.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (!m || m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** The nearest mention of a kind that ends at or before pos, not before floor. */
  lastMentionBefore(pos: number, floor: number, kind: ActorKind): SpeakerMention | undefined {
    for (let i = lowerBound(this.mentions, pos, (m) => m.start) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.start < floor) break;
      if (m.end <= pos && m.kind === kind) return m;
    }
    return undefined;
  }

  /** The part-of-speech tag of the token starting at pos, when the sentence stage gave one. */
  posOf(pos: number): string | undefined {
    // Sentences do not overlap: the token is in the last sentence starting at or before pos.
    const tokens = this.sentences[lowerBound(this.sentences, pos + 1, (s) => s.start) - 1]?.tokens ?? [];
    const token = tokens[lowerBound(tokens, pos, (t) => t.start)];
    return token?.start === pos ? token.pos : undefined;
  }

  /** The sentence that holds pos; with no sentences at all, the whole text is one body sentence. */
  sentenceAt(pos: number): Sentence | undefined {
    if (!this.sentences.length) {
      return { start: 0, end: this.text.length, tokens: [], sectionKind: 'BODY' };
    }
    const i = lowerBound(this.sentences, pos + 1, (s) => s.start) - 1;
    const s = this.sentences[i];
    return s && pos < s.end ? s : undefined;
  }

  /** The sentence after the one holding pos. */
  nextSentence(sentence: Sentence): Sentence | undefined {
    const i = lowerBound(this.sentences, sentence.end, (s) => s.start);
    return this.sentences[i];
  }

  /** The sentence before the one holding pos. */
  previousSentence(sentence: Sentence): Sentence | undefined {
    const i = lowerBound(this.sentences, sentence.start, (s) => s.start) - 1;
    return this.sentences[i];
  }

  /** Body sentences only carry news statements; chrome (appeal, byline, caption) never does. */
  isBody(pos: number): boolean {
    return this.sentenceAt(pos)?.sectionKind === 'BODY';
  }

  bodySentences(): Sentence[] {
    return this.sentences.length
      ? this.sentences.filter((s) => s.sectionKind === 'BODY')
      : [{ start: 0, end: this.text.length, tokens: [], sectionKind: 'BODY' }];
  }

  paragraphAt(pos: number): number {
    return lowerBound(this.paragraphs, pos + 1, (p) => p.start) - 1;
  }

  /**
   * Words of [start, end) with their offsets, as matching WORD on that slice would give them. The
   * attribution rules ask for about twice the text's length in ranges, so the text's words are found
   * once: WORD looks neither behind nor ahead, so only a word cut by start or end is matched again.
   */
  words(start: number, end: number): Word[] {
    this.allWords ??= matchWords(this.text, 0);
    const all = this.allWords;
    const out: Word[] = [];
    let i = lowerBound(all, start + 1, (w) => w.end);
    const first = all[i];
    if (first && first.start < start) {
      out.push(...matchWords(this.text.slice(start, Math.min(first.end, end)), start));
      i++;
    }
    for (; i < all.length; i++) {
      const w = all[i];
      if (!w || w.start >= end) break;
      if (w.end > end) {
        out.push(...matchWords(this.text.slice(w.start, end), w.start));
        break;
      }
      out.push(w);
    }
    return out;
  }

  /** Words of [start, end), a phrasal cue ("went on", "pointed out") as one word. */
  cueWords(start: number, end: number): Word[] {
    const out: Word[] = [];
    for (const w of this.words(start, end)) {
      const last = out.at(-1);
      // The cheap test first: few word pairs are phrasal cues, so the gap between them is rarely sliced.
      if (last && isPhrasalCue(last.text, w.text) && /^\s+$/.test(this.text.slice(last.end, w.start))) {
        out[out.length - 1] = { start: last.start, end: w.end, text: this.text.slice(last.start, w.end) };
      } else out.push(w);
    }
    return out;
  }

  /** The word that ends right before pos (white space skipped), if any. */
  wordBefore(pos: number, floor: number): Word | undefined {
    let e = pos;
    while (e > floor && /\s/.test(this.text[e - 1] ?? '')) e--;
    let s = e;
    while (s > floor && /[\p{L}\p{N}'’.-]/u.test(this.text[s - 1] ?? '')) s--;
    while (s < e && /[.'’-]/.test(this.text[s] ?? '')) s++;
    let end = e;
    while (end > s && /[.'’-]/.test(this.text[end - 1] ?? '')) end--;
    return end > s ? { start: s, end, text: this.text.slice(s, end) } : undefined;
  }

  /** The word that starts at or after pos (white space skipped), if any. */
  wordAfter(pos: number, ceiling: number): Word | undefined {
    let s = pos;
    while (s < ceiling && /\s/.test(this.text[s] ?? '')) s++;
    let e = s;
    while (e < ceiling && /[\p{L}\p{N}'’-]/u.test(this.text[e] ?? '')) e++;
    return e > s ? { start: s, end: e, text: this.text.slice(s, e) } : undefined;
  }
}

/**
 * The actor a "told" names at pos ("told Peskov", "told the BBC"), never the speaker and never a
 * possessive ("told his defense minister" names the minister, not the "his" the actor stage resolved).
 */
export function addresseeAt(doc: Doc, pos: number, speakerId: string | null): string | null {
  // "told the Bristol Post" where the mention leaves out "the".
  const m =
    doc.mentionStartingAt(pos) ??
    (/^the\s/i.test(doc.text.slice(pos, pos + 4)) ? doc.mentionStartingAt(pos + 4) : undefined);
  if (!m || m.actorId === speakerId) return null;
  return /^(?:his|her|its|their|our|my|your)$/i.test(doc.text.slice(m.start, m.end)) ? null : m.actorId;
}
