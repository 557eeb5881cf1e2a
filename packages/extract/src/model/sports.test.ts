import { describe, expect, it } from 'vitest';
import { isSportsReport } from './sports.ts';

const words = (text: string) => text.toLowerCase().split(/\s+/);

describe('isSportsReport', () => {
  it.each([
    ['the striker scored a penalty', true],
    ['they won 2-1 after the referee sent off the goalkeeper', true],
    // one word of a match is not enough: "goal" and "season" are common elsewhere
    ['the government missed its goal this season', false],
    ['the goal goal goal', false],
    ['talks on the budget resumed', false],
  ])('%s -> %s', (text, expected) => {
    expect(isSportsReport(words(text))).toBe(expected);
  });
});
