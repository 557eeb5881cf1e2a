import type { Section, Sentence, Token } from '../types.ts';
import { readParagraph } from './01-nlp.ts';

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

/** Sentences with POS-tagged tokens; every line of every section is read on its own. */
export function splitSentences(text: string, sections: Section[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const section of sections) {
    const lines = /[^\r\n]+/g;
    lines.lastIndex = section.start;
    for (let match = lines.exec(text); match && match.index < section.end; match = lines.exec(text)) {
      const start = match.index;
      const end = Math.min(start + match[0].length, section.end);
      if (!match[0].trim()) continue;
      const raw = readParagraph(text.slice(start, end));
      const tokens = placeTokens(text, start, end, raw);
      for (const [first, last] of raw.sentences) {
        const own = tokens.slice(first, last + 1).filter((t): t is Token => t !== null);
        const head = own[0];
        const tail = own.at(-1);
        if (!head || !tail) continue;
        sentences.push({ start: head.start, end: tail.end, tokens: own, sectionKind: section.kind });
      }
    }
  }
  return sentences;
}
