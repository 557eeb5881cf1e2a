import type { Sentence, Token } from '../types.ts';

/** A word, or a hyphenated compound glued from several tokens ("Jean-Luc", "Moscow-built"). */
export interface Unit {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  /** Starts with a capital letter (every part of a compound does). */
  capitalized: boolean;
  /** A compound with a lower-case part ("Moscow-built", "pro-Western"): an adjective, never a name. */
  mixedCompound: boolean;
  /** First word of its sentence (after any opening quote or bracket). */
  sentenceInitial: boolean;
  inQuote: boolean;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);
const CAPITAL = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const OPENS = /[\p{N}\p{S}]/u;
const PARTICLE = /^(?:al|el|bin|ibn|de|da|van)$/i;
/** Second parts that make a compound an adjective ("Moscow-built", "Kremlin-backed", "Covid-era", "US-wide"). */
const ADJECTIVE_PART =
  /(?:ed|en|ing)$|^(?:based|built|led|run|born|made|bound|style|era|wide|free|like|type|class|level|friendly|related|linked|owned|backed|funded|sized|speaking|specific|only|centric|focused|heavy|rich|proof|ready|long|old|year|day|week|month|time|term|scale|area|side|plus|ish)$|^\p{Ll}{7,}$|^[\p{Lu}\d]/u;

/**
 * Groups tokens into units and marks those inside quotation marks. Quote state carries over
 * between sentences of one line and resets at each line, as quotes reopen per paragraph.
 */
export function buildUnits(text: string, sentences: Sentence[]): Unit[][] {
  const result: Unit[][] = [];
  let inQuote = false;
  let previousEnd = -1;
  for (const sentence of sentences) {
    if (previousEnd < 0 || /[\r\n]/.test(text.slice(previousEnd, sentence.start))) inQuote = false;
    previousEnd = sentence.end;
    const units: Unit[] = [];
    const tokens = sentence.tokens;
    let sawWord = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (QUOTE_MARKS.has(token.text)) {
        inQuote = !inQuote;
        continue;
      }
      let end = i;
      // Glue "A-B-C" when the hyphens touch both neighbours.
      while (true) {
        const dash = tokens[end + 1];
        const next = tokens[end + 2];
        const here = tokens[end] as Token;
        if (!dash || !next || dash.text !== '-' || dash.start !== here.end || next.start !== dash.end) break;
        if (!LETTER.test(next.text)) break;
        end += 2;
      }
      const last = tokens[end] as Token;
      const isWord = LETTER.test(token.text);
      // "al-Sharaa", "el-Sisi": a particle glued to a capitalised name is part of a name.
      const particleName = end > i && PARTICLE.test(token.text) && CAPITAL.test(tokens[i + 2]?.text ?? '');
      let capitalized = isWord && (CAPITAL.test(token.text) || particleName);
      let mixed = false;
      if (end > i) {
        // Compounds only: a lower-case part makes it an adjective ("Moscow-built", "pro-Western").
        const parts = tokens.slice(i, end + 1).filter((t) => t.text !== '-');
        // "Seo-yeon", "Jong-un": a capitalised name with lower-case syllables after it is a name.
        const syllables = CAPITAL.test(token.text) && parts.slice(1).every((t) => !ADJECTIVE_PART.test(t.text));
        mixed = !syllables && !parts.every((t) => CAPITAL.test(t.text) || PARTICLE.test(t.text));
        capitalized &&= parts.some((t) => LETTER.test(t.text));
      }
      const unitText = text.slice(token.start, last.end);
      units.push({
        start: token.start,
        end: last.end,
        text: unitText,
        lower: unitText.toLowerCase(),
        pos: token.pos,
        capitalized: capitalized && !mixed,
        mixedCompound: mixed,
        sentenceInitial: !sawWord && isWord,
        inQuote,
      });
      // A number or symbol before it ("© 2025 The Daily Ledger") means the word does not open the sentence.
      if (isWord || OPENS.test(token.text)) sawWord = true;
      i = end;
    }
    result.push(units);
  }
  return result;
}
