import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGold, FIXTURES_DIR } from '../src/eval/evaluate.ts';
import { extract } from '../src/pipeline.ts';
import { expectAtLeast } from './floors.ts';

// The regression guard: what the extractor reaches on the seed article, rounded down to 0.05.
// Raise these as quality rises; never lower them to make a change pass.
const SEED_FLOORS = { actorsF1: 0.95, locationsF1: 0.95, geo161: 0.9, statementsF1: 1, appeal: 1, chrome: 0.95 };

const goldPath = join(FIXTURES_DIR, 'seed', 'gold.json');

describe('seed article', () => {
  it('scores at or above the floors', () => {
    expectAtLeast(evaluateGold(goldPath), SEED_FLOORS);
  });

  it('gives statement spans that are exact slices of the text', () => {
    const text = readFileSync(join(FIXTURES_DIR, 'seed', 'article.txt'), 'utf8');
    const { statements, actors } = extract(text);
    const ids = new Set(actors.map((a) => a.id));
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const id of [s.speakerId, s.sourceId, s.addresseeId]) if (id) expect(ids).toContain(id);
    }
    expect(statements.map((s) => s.id)).toEqual(statements.map((_, i) => `s${i + 1}`));
  });
});
