import type { Section, Sentence, Token } from '../types.ts';
import { readParagraph } from './01-nlp.ts';
import { joinAfterTitles } from './02-abbreviations.ts';

/**
 * Places the tokens of `paragraph` (which starts at `offset`) on the text. Offsets are
 * accumulated from the tokenizer's values and whitespace; a token the tokenizer rewrote
 * is re-aligned by skipping forward, so spans stay exact.
 */
function placeTokens(
  text: string,
  offset: number,
  end: number,
  raw: ReturnType<typeof readParagraph>,
): Array<Token | null> {
  const tokens: Array<Token | null> = [];
  let cursor = offset;
  for (const { value, spaces, pos } of raw.tokens) {
    cursor += spaces.length;
    while (cursor < end && !text.startsWith(value, cursor) && /\s/.test(text[cursor] ?? '')) cursor++;
    if (!text.startsWith(value, cursor)) {
      // Rewritten token: take the next run of non-space characters as its text.
      let stop = cursor;
      while (stop < end && !/\s/.test(text[stop] ?? ' ')) stop++;
      tokens.push(stop === cursor ? null : { start: cursor, end: stop, text: text.slice(cursor, stop), pos });
      cursor = stop;
      continue;
    }
    tokens.push({ start: cursor, end: cursor + value.length, text: value, pos });
    cursor += value.length;
  }
  return tokens;
}

/** Longest stretch handed to the tagger at once; a longer line is cut after a sentence end. */
const MAX_PIECE = 20_000;
const SENTENCE_END = /[.!?]["”’)\]]*\s+/g;

/** Cuts [start, end) into pieces of at most about MAX_PIECE characters, each ending after a sentence. */
function pieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_PIECE) {
    SENTENCE_END.lastIndex = from + MAX_PIECE / 2;
    const cut = SENTENCE_END.exec(text);
    const at = cut && cut.index < from + MAX_PIECE ? cut.index + cut[0].length : from + MAX_PIECE;
    // Never cut inside a word: move to the next whitespace.
    let stop = Math.min(at, end);
    while (stop < end && !/\s/.test(text[stop - 1] ?? ' ')) stop++;
    out.push([from, stop]);
    from = stop;
  }
  out.push([from, end]);
  return out;
}

const ENDS_IN_LETTER = /\p{L}$/u;
const ALL_LETTERS = /^\p{L}+$/u;

/**
 * Joins the pieces of a word the tokenizer broke at letters it does not know ("Ł" + "ukasz",
 * "Šimi" + "ć"): touching tokens that are letters on both sides. "n't" keeps its apostrophe apart.
 * Reads tokens[first..last] in place, skipping the nulls, rather than a filtered copy of them.
 */
function glueWords(tokens: ReadonlyArray<Token | null>, first: number, last: number): Token[] {
  const out: Token[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = out.at(-1);
    if (
      previous &&
      previous.end === token.start &&
      ENDS_IN_LETTER.test(previous.text) &&
      ALL_LETTERS.test(token.text)
    ) {
      const text = previous.text + token.text;
      // A capitalised word the tagger could not read is most likely a name.
      const pos = /^\p{Lu}/u.test(text) ? 'PROPN' : token.text.length > previous.text.length ? token.pos : previous.pos;
      out[out.length - 1] = { start: previous.start, end: token.end, text, pos };
    } else out.push(token);
  }
  return out;
}

/** Sentences with POS-tagged tokens; every line of every section is read on its own. */
export function splitSentences(text: string, sections: Section[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const section of sections) {
    const lines = /[^\r\n]+/g;
    lines.lastIndex = section.start;
    for (let match = lines.exec(text); match && match.index < section.end; match = lines.exec(text)) {
      const lineEnd = Math.min(match.index + match[0].length, section.end);
      if (!match[0].trim()) continue;
      for (const [start, end] of pieces(text, match.index, lineEnd)) {
        const raw = readParagraph(text.slice(start, end));
        const tokens = placeTokens(text, start, end, raw);
        for (const [first, last] of joinAfterTitles(raw)) {
          const own = glueWords(tokens, first, last);
          const head = own[0];
          const tail = own.at(-1);
          if (!head || !tail) continue;
          sentences.push({ start: head.start, end: tail.end, tokens: own, sectionKind: section.kind });
        }
      }
    }
  }
  return sentences;
}
