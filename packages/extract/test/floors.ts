import { expect } from 'vitest';
import { type Figure, figure } from '../src/eval/evaluate.ts';
import type { Score } from '../src/eval/score.ts';

export type Floors = Partial<Record<Figure, number>>;

/** Fails with every figure under its floor named, and the scorer's misses, so a drop says what dropped. */
export function expectAtLeast(score: Score, floors: Floors): void {
  const below = Object.entries(floors).flatMap(([key, floor]) => {
    const value = figure(score.summary, key as Figure);
    return value === null || value < floor ? [`${key} ${value} < ${floor}`] : [];
  });
  expect(below, [...below, ...score.misses].join('\n')).toEqual([]);
}
