import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGold, FIXTURES_DIR, figure, findGoldFiles, macroAverage } from './evaluate.ts';
import { GoldFormatError } from './gold.ts';
import type { Score, Summary } from './score.ts';

const summary = (s: Partial<Summary>): Score => ({
  rows: [],
  misses: [],
  summary: { actorsF1: 1, locationsF1: 1, geo161: 1, statementsF1: 1, appeal: null, chrome: null, ...s },
});

describe('findGoldFiles', () => {
  it('finds a gold file, a folder holding one, and a folder of such folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'gold-'));
    for (const name of ['b', 'a']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'gold.json'), '{}');
    }
    mkdirSync(join(root, 'empty'));
    expect(findGoldFiles([root])).toEqual([join(root, 'a', 'gold.json'), join(root, 'b', 'gold.json')]);
    expect(findGoldFiles([join(root, 'b')])).toEqual([join(root, 'b', 'gold.json')]);
    expect(findGoldFiles([join(root, 'a', 'gold.json')])).toEqual([join(root, 'a', 'gold.json')]);
    expect(findGoldFiles([join(root, 'missing')])).toEqual([]);
  });

  it('ships the seed and at least six more annotated articles', () => {
    const names = findGoldFiles([FIXTURES_DIR]).map((p) => p.split('/').at(-2));
    expect(names).toContain('seed');
    expect(names.length).toBeGreaterThanOrEqual(7);
  });
});

describe('evaluateGold', () => {
  it('scores a fixture against its gold', () => {
    const score = evaluateGold(join(FIXTURES_DIR, 'seed', 'gold.json'));
    expect(score.name).toBe('seed');
    expect(score.rows.length).toBeGreaterThan(10);
  });

  it('names the gold file that is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const path = join(dir, 'gold.json');
    writeFileSync(path, '{"article": 3}');
    expect(() => evaluateGold(path)).toThrow(new GoldFormatError(`${path}: gold.article must be a string`));
  });
});

describe('macroAverage', () => {
  it('averages each figure over the articles that have it', () => {
    const avg = macroAverage([
      summary({ actorsF1: 0.5, appeal: true }),
      summary({ actorsF1: 1, appeal: null, chrome: 0.5 }),
    ]);
    expect(avg).toEqual({ actorsF1: 0.75, locationsF1: 1, geo161: 1, statementsF1: 1, appeal: 1, chrome: 0.5 });
  });

  it('reads the appeal as 1 or 0', () => {
    expect(figure(summary({ appeal: false }).summary, 'appeal')).toBe(0);
    expect(figure(summary({}).summary, 'chrome')).toBeNull();
  });
});
