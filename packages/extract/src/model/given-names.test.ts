import { describe, expect, it } from 'vitest';
import { givenName } from './given-names.ts';

describe('givenName', () => {
  it.each([
    ['Jürgen', 'MALE'],
    ['Łukasz', 'MALE'],
    ['Søren', 'MALE'],
    ['Inácio', 'MALE'],
    ['José', 'MALE'],
    ['Zoë', 'FEMALE'],
  ])('knows %s, accents and all', (word, gender) => {
    expect(givenName(word)).toEqual({ gender });
  });

  it.each([['Parliament'], ['Budget'], ['Ünlü'], ['Red'], ['Royal'], ['Prince']])('knows no %s', (word) => {
    expect(givenName(word)).toBeNull();
  });
});
