import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../pipeline.ts';
import { GoldFormatError, parseGold } from './gold.ts';
import { type Gold, type Score, type Summary, scoreExtraction } from './score.ts';

/** The annotated articles that ship with the package. */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

export interface ArticleScore extends Score {
  name: string;
  goldPath: string;
}

/** Gold files under the given paths: a gold.json itself, or a folder holding one or holding such folders. */
export function findGoldFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (abs.endsWith('.json')) out.push(abs);
    else if (existsSync(join(abs, 'gold.json'))) out.push(join(abs, 'gold.json'));
    else if (existsSync(abs)) {
      for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory() && existsSync(join(abs, entry.name, 'gold.json')))
          out.push(join(abs, entry.name, 'gold.json'));
      }
    }
  }
  return out;
}

/** Runs extract() on the article a gold file names and scores it. */
export function evaluateGold(goldPath: string): ArticleScore {
  let gold: Gold;
  try {
    gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')));
  } catch (e) {
    throw new GoldFormatError(`${goldPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = readFileSync(resolve(dirname(goldPath), gold.article), 'utf8');
  return { name: basename(dirname(goldPath)), goldPath, ...scoreExtraction(text, gold, extract(text)) };
}

export type Figure = 'actorsF1' | 'locationsF1' | 'geo161' | 'statementsF1' | 'appeal' | 'chrome';

/** A summary figure as a number (appeal as 1 or 0), or null where the article has nothing to measure. */
export function figure(summary: Summary, key: Figure): number | null {
  const v = summary[key];
  if (v === null) return null;
  return typeof v === 'boolean' ? Number(v) : v;
}

/** The mean of each figure over the articles that have it. */
export function macroAverage(scores: readonly Score[]): Record<Figure, number | null> {
  const keys: Figure[] = ['actorsF1', 'locationsF1', 'geo161', 'statementsF1', 'appeal', 'chrome'];
  const out = {} as Record<Figure, number | null>;
  for (const key of keys) {
    const values = scores.map((s) => figure(s.summary, key)).filter((v): v is number => v !== null);
    out[key] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return out;
}
