import { describe, expect, it } from 'vitest';
import { findQuotes, splitParagraphs } from './01-find-quotes.ts';

const quotesOf = (text: string) =>
  findQuotes(text, splitParagraphs(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    runsOn: q.runsOn,
    continued: q.continued,
  }));

describe('findQuotes', () => {
  it.each([
    ['straight marks', 'He said "we agreed," and left.', ['we agreed,']],
    ['curly marks', 'He said “we agreed,” and left.', ['we agreed,']],
    ['straight open, curly close', '"We agreed,” he said.', ['We agreed,']],
    ['curly open, straight close', '“We agreed," he said.', ['We agreed,']],
    ['split by the attribution', '"One," he said. "Two."', ['One,', 'Two.']],
    ['an apostrophe inside', '"It\'s been two days," she said.', ["It's been two days,"]],
    ['a scare quote', 'They trained "militants" there.', ['militants']],
    ['no marks', 'Nothing quoted here.', []],
    ['single curly marks', '‘We won,’ she said.', ['We won,']],
    ['apostrophes inside single marks', '‘It’s ours, and it’s staying,’ he said.', ['It’s ours, and it’s staying,']],
    ['apostrophes outside any quote', 'The players’ union and Brewbot’s staff met.', []],
    [
      'single marks inside double marks',
      '"He told me ‘never again’ last year," she said.',
      ['He told me ‘never again’ last year,'],
    ],
    ['double marks inside single marks', '‘She called it "a joke",’ he said.', ['She called it "a joke",']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual(expected);
  });

  it('ignores a stray mark instead of swallowing the rest of the paragraph', () => {
    const text = 'He said 5" of rain fell. Then "it stopped," she said.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['it stopped,']);
  });

  it('does not carry an unclosed mark into the next paragraph', () => {
    const text = 'He said "this never ends.\nThe next paragraph is prose. "Closed," she said.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Closed,']);
  });

  it.each([
    ['after a colon', 'Holloway said: "We need help now.\nCrews worked on.', ['We need help now.']],
    [
      'after a closed quote and its attribution',
      '"It was awful," said Baker. "The water rose fast.\nHe left.',
      ['It was awful,', 'The water rose fast.'],
    ],
    ['a title never closed', 'The film "The Crown\nwas popular.', []],
    ['a clause with no sentence end', 'She said: "never again\nThey left.', []],
  ])('ends a quote that lost its closing mark with its paragraph: %s', (_name, text, expected) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual(expected);
  });

  it('runs a quote on into a next paragraph that reopens it', () => {
    const text = '"First part of the quote.\n"Second part," he said.';
    expect(quotesOf(text)).toEqual([
      { text: 'First part of the quote.', runsOn: true, continued: false },
      { text: 'Second part,', runsOn: false, continued: true },
    ]);
  });

  // Growth, not wall-clock time, so a loaded machine cannot fail it: eight times the marks in well
  // under the 64 times a quadratic scan would take. Runs alternate and the best of each counts, so
  // one garbage collection or a busy neighbour cannot tip it.
  it('stays linear on a long run of unbalanced marks', { timeout: 60_000 }, () => {
    const texts = [12_500, 100_000].map((n) => `${'a " b '.repeat(n)}\n"ok," he said.`);
    const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let run = 0; run < 5; run++) {
      texts.forEach((text, i) => {
        const t0 = performance.now();
        const quotes = quotesOf(text);
        best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
        expect(quotes.at(-1)?.text).toBe('ok,');
      });
    }
    const [small = 0, large = 0] = best;
    expect(large / Math.max(small, 2)).toBeLessThan(32);
  });
});
