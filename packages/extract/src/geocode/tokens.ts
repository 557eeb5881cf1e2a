import type { Sentence, Token } from '../types.ts';

/** Starts with a capital letter: "Moscow", "U.S.", "EU", "Échirolles". */
export function isCapitalized(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Only spaces (no line break, no punctuation) separate the two tokens. */
export function joined(text: string, left: Token, right: Token): boolean {
  return /^[ \t\u00a0]*$/.test(text.slice(left.end, right.start));
}

/** The first word of the sentence, after any opening quote or bracket. */
export function firstWordIndex(sentence: Sentence): number {
  const i = sentence.tokens.findIndex((t) => /\p{L}/u.test(t.text));
  return Math.max(i, 0);
}

export const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';
