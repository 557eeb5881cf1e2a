import { describe, expect, it } from 'vitest';
import { type Span, segmentText, splitParagraphs } from './segments.ts';

const span = (key: string, start: number, end: number): Span => ({ key, start, end });
const flat = (from: number, to: number, spans: Span[]) =>
  segmentText(from, to, spans).map((s) => [s.start, s.end, s.keys.join('+')]);

describe('segmentText', () => {
  it.each([
    ['empty range', 0, 0, [span('a', 0, 3)], []],
    ['no spans', 0, 5, [], [[0, 5, '']]],
    [
      'one span inside',
      0,
      10,
      [span('a', 2, 5)],
      [
        [0, 2, ''],
        [2, 5, 'a'],
        [5, 10, ''],
      ],
    ],
    ['span covering everything', 0, 4, [span('a', 0, 4)], [[0, 4, 'a']]],
    [
      'overlap',
      0,
      10,
      [span('a', 1, 6), span('b', 4, 8)],
      [
        [0, 1, ''],
        [1, 4, 'a'],
        [4, 6, 'a+b'],
        [6, 8, 'b'],
        [8, 10, ''],
      ],
    ],
    [
      'nesting puts the outer span first',
      0,
      10,
      [span('inner', 3, 5), span('outer', 1, 9)],
      [
        [0, 1, ''],
        [1, 3, 'outer'],
        [3, 5, 'outer+inner'],
        [5, 9, 'outer'],
        [9, 10, ''],
      ],
    ],
    [
      'adjacent spans stay apart',
      0,
      6,
      [span('a', 0, 3), span('b', 3, 6)],
      [
        [0, 3, 'a'],
        [3, 6, 'b'],
      ],
    ],
    ['identical spans share a segment', 0, 3, [span('a', 0, 3), span('b', 0, 3)], [[0, 3, 'a+b']]],
    ['empty and inverted spans are dropped', 0, 4, [span('a', 2, 2), span('b', 3, 1)], [[0, 4, '']]],
    [
      'spans are clipped to the range',
      5,
      10,
      [span('a', 0, 7), span('b', 9, 20)],
      [
        [5, 7, 'a'],
        [7, 9, ''],
        [9, 10, 'b'],
      ],
    ],
    ['spans outside the range vanish', 5, 10, [span('a', 0, 5), span('b', 10, 12)], [[5, 10, '']]],
  ])('%s', (_name, from, to, spans, expected) => {
    expect(flat(from, to, spans)).toEqual(expected);
  });

  it('covers the range exactly, in order, whatever the input order', () => {
    const spans = [span('c', 7, 12), span('a', 0, 9), span('b', 2, 3), span('d', 11, 15)];
    const segments = segmentText(0, 20, spans);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(20);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
    for (const segment of segments) {
      const covering = spans.filter((s) => s.start <= segment.start && s.end >= segment.end).map((s) => s.key);
      expect([...segment.keys].sort()).toEqual(covering.sort());
    }
  });
});

describe('splitParagraphs', () => {
  it('returns the offsets of non-blank lines', () => {
    const text = 'One line.\n\nTwo\n  \nThree';
    const ranges = splitParagraphs(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['One line.', 'Two', 'Three']);
  });

  it('handles empty text and a trailing newline', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('a\n')).toEqual([{ start: 0, end: 1 }]);
  });
});
