import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let nlp: WinkMethods | undefined;

/** wink-nlp with only sentence breaking and POS tagging; loaded on first use (about 0.2 s). */
export function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export interface RawToken {
  value: string;
  spaces: string;
  pos: string;
}

export interface RawDoc {
  tokens: RawToken[];
  /** Inclusive token index ranges, one per sentence. */
  sentences: Array<[number, number]>;
}

const strings = (values: unknown): string[] =>
  Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : '')) : [];

/** Tokens (with their preceding whitespace and POS) and sentence ranges of one paragraph. */
export function readParagraph(text: string): RawDoc {
  const instance = getNlp();
  const { its } = instance;
  const doc = instance.readDoc(text);
  const tokens = doc.tokens();
  const values = strings(tokens.out(its.value));
  const spaces = strings(tokens.out(its.precedingSpaces));
  const tags = strings(tokens.out(its.pos));
  const sentences: Array<[number, number]> = [];
  // One out() over the collection: a third of the cost of reading each sentence's item.
  const spans: unknown = doc.sentences().out(its.span);
  for (const span of Array.isArray(spans) ? spans : []) {
    if (Array.isArray(span) && typeof span[0] === 'number' && typeof span[1] === 'number') {
      sentences.push([span[0], span[1]]);
    }
  }
  return {
    tokens: values.map((value, i) => ({ value, spaces: spaces[i] ?? '', pos: tags[i] ?? 'X' })),
    sentences,
  };
}
