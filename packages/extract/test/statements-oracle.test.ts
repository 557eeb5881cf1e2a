import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, findGoldFiles } from '../src/eval/evaluate.ts';
import { scoreExtraction } from '../src/eval/score.ts';
import { findStatements } from '../src/statements/index.ts';
import { oracleInput } from './oracle.ts';

// The statement stage alone, fed the annotation's own sections and actor mentions: what attribution
// reaches when the upstream stages are perfect. A drop here is the statement stage's own regression.
const FLOOR = 0.95;

describe('statements with gold actors', () => {
  it.each(findGoldFiles([FIXTURES_DIR]).map((path) => [path.split('/').at(-2) ?? path, path]))('%s', (_name, path) => {
    const { text, gold, sentences, actors } = oracleInput(path);
    const statements = findStatements(text, sentences, actors);
    for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
    const score = scoreExtraction(text, gold, { actors, statements });
    const misses = score.misses.filter((m) => m.includes('statement') || m.startsWith('missed'));
    expect(score.summary.statementsF1, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
