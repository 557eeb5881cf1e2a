import { describe, expect, it } from 'vitest';
import { findSections } from '../sections/index.ts';
import { splitSentences } from './index.ts';

const split = (text: string) => splitSentences(text, findSections(text));

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith met Dr. Jones. He left.', ['Mr. Smith met Dr. Jones.', 'He left.']],
    ['“We agreed,” he said. Talks resume Monday.', ['“We agreed,” he said.', 'Talks resume Monday.']],
    ['First line without stop\nSecond line.', ['First line without stop', 'Second line.']],
  ])('%s', (text, expected) => {
    expect(split(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('abbreviated titles and ranks end no sentence', () => {
  it.each([
    ['It sank. Cmdr. Jane Ortiz was relieved.', ['It sank.', 'Cmdr. Jane Ortiz was relieved.']],
    ['"No," said Lt. Cmdr. Paul Whitaker. He left.', ['"No," said Lt. Cmdr. Paul Whitaker.', 'He left.']],
    ['Vice Adm. Robert Lang and Maj. Gen. Amy Fox met.', ['Vice Adm. Robert Lang and Maj. Gen. Amy Fox met.']],
    [
      'Det. Insp. Sam Lee, Supt. Kay Ng and Sgt. Maj. Ray Orr spoke.',
      ['Det. Insp. Sam Lee, Supt. Kay Ng and Sgt. Maj. Ray Orr spoke.'],
    ],
    [
      'Pvt. Al Cruz, Cpl. Bo Li and Atty. Gen. Dee Moss agreed.',
      ['Pvt. Al Cruz, Cpl. Bo Li and Atty. Gen. Dee Moss agreed.'],
    ],
    ['He is the No. 2 official. Amb. Eve Hart said so.', ['He is the No. 2 official.', 'Amb. Eve Hart said so.']],
    // A title word written out, or a number sign with no figure after it, still ends its sentence.
    ['They met the President. Smith said so.', ['They met the President.', 'Smith said so.']],
    ['She said No. Then she left.', ['She said No.', 'Then she left.']],
    // A stop the next words show to be no sentence end: a comma or a lower-case word follows.
    [
      'Sen. Jo Ray (D-Wash.), who wrote it, spoke. It passed.',
      ['Sen. Jo Ray (D-Wash.), who wrote it, spoke.', 'It passed.'],
    ],
    ['Rep. Tom Cole (R-Okla.) said no.', ['Rep. Tom Cole (R-Okla.) said no.']],
    ['"Why now?" she asked. “We must!” he said.', ['"Why now?" she asked.', '“We must!” he said.']],
  ])('%s', (text, expected) => {
    expect(split(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('gives every token its exact span and a POS tag', () => {
    const text = '  Russia’s “aggravations” — 1,000 people\u00a0left. It’s pro-Western.';
    for (const sentence of split(text)) {
      for (const token of sentence.tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.pos).toMatch(/^[A-Z]+$/);
      }
    }
    expect(split(text).flatMap((s) => s.tokens.map((t) => t.text))).toContain('aggravations');
  });

  it('reads a very long line in pieces cut between sentences, with exact spans', () => {
    const sentence = 'The committee met again on Tuesday and said the talks would go on. ';
    const text = sentence.repeat(1000).trim();
    const found = split(text);
    expect(found).toHaveLength(1000);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(sentence.trim());
  });

  it('marks the section kind of each sentence', () => {
    const text = 'Prices rose.\nRead more: Inflation explained';
    expect(split(text).map((s) => s.sectionKind)).toEqual(['BODY', 'NAVIGATION']);
  });
});

describe('words with letters the tagger splits', () => {
  it.each([['Łukasz'], ['Šimić'], ['Đoković'], ['Ōsaka'], ['İstanbul']])('%s stays one token', (word) => {
    const text = `Then ${word} spoke. They didn't stay.`;
    const tokens = split(text).flatMap((s) => s.tokens.map((t) => t.text));
    expect(tokens).toContain(word);
    expect(tokens).toContain("n't");
  });
});
