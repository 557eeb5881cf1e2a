import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.ts';

const paragraph =
  'Chief executive Jane Walker said on Monday that Acme Holdings would cut 300 jobs. "We have no choice," she said. ';

describe('extract on awkward input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t \r\n '],
    ['non-English', 'Президент заявил, что переговоры продолжатся. 会谈将继续。'],
    ['HTML', '<html><body><p>Jane Walker said "no".</p><script>alert(1)</script></body></html>'],
    ['unbalanced quotes', 'He said "this never ends. And “neither does this. Walker said ” so.'],
    ['no named entities', 'it rained all day and nobody went out.'],
    ['only punctuation', '"“”’‘—–-...!?'],
  ])('%s gives a valid extraction', (_name, text) => {
    const result = extract(text);
    for (const actor of result.actors) {
      for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(Array.isArray(result.sections)).toBe(true);
  });

  it('returns no actors for text without names', () => {
    expect(extract('it rained all day and nobody went out.').actors).toEqual([]);
  });

  it('keeps mentions exact and time roughly linear on a large article', () => {
    const small = paragraph.repeat(50);
    const large = paragraph.repeat(1000);
    let t = performance.now();
    extract(small);
    const smallMs = performance.now() - t;
    t = performance.now();
    const result = extract(large);
    const largeMs = performance.now() - t;
    expect(largeMs).toBeLessThan(Math.max(smallMs, 5) * 20 * 3);
    const walker = result.actors.find((a) => a.name === 'Jane Walker');
    expect(walker?.mentions.length).toBeGreaterThanOrEqual(2000);
    for (const m of walker?.mentions ?? []) expect(large.slice(m.start, m.end)).toBe(m.text);
  });
});
