import { describe, expect, it } from 'vitest';
import { isSportsReport } from './sports.ts';

const words = (text: string) => text.toLowerCase().split(/\s+/);

describe('isSportsReport', () => {
  it.each([
    ['the striker beat the goalkeeper', true],
    ['they won 2-1 after the referee stepped in', true],
    // one word of a game is not enough, nor words common elsewhere, nor a vote's tally
    ['the referee stepped in', false],
    ['the referee referee referee', false],
    ['a 5-4 ruling this season set a goal for the league, with a penalty for any match', false],
    ['talks on the budget resumed', false],
  ])('%s -> %s', (text, expected) => {
    expect(isSportsReport(words(text))).toBe(expected);
  });
});
