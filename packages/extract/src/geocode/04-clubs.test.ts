import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/index.ts';
import { findLocations } from './index.ts';

const places = (text: string) =>
  findLocations(text, splitSentences(text, [{ kind: 'BODY', start: 0, end: text.length }])).map((l) => l.name);

// A few words of a match report around each case, as in a real one.
const REPORT = 'The striker scored from the penalty spot before the goalkeeper could move.';

describe('dropClubs', () => {
  it.each([
    // sentence (after REPORT), places kept
    ['Leeds beat Everton 3-0 at home.', []],
    ['Everton 1-2 Leeds, a result that lifts Leeds.', []],
    ['Chelsea, who play Leicester on Saturday, are second.', []],
    ['Bristol manager Jane Doe said her side deserved it.', []],
    ['It was a first win at Burnley since 2019.', []],
    ['Burnley moved three points clear at the top.', []],
    ['Leeds are unbeaten since March.', []],
    ['Leeds host Everton on Tuesday and travel to Bristol next week.', ['Bristol']],
    ['Leeds head coach Jane Doe praised her side.', []],
    // one mention as a club makes every mention of the name the club
    ['Leeds beat Everton. Leeds are top.', []],
    // "in" keeps the town; a place never named as a club stays
    ['Leeds beat Everton 3-0 in Leeds before a crowd from Manchester.', ['Leeds', 'Manchester']],
    // county sides
    ['Essex beat Surrey by five wickets at home.', []],
    // national sides are their country
    ['France beat Spain 2-1 in Paris.', ['France', 'Spain', 'Paris']],
  ])('%s', (sentence, expected) => {
    expect(places(`${REPORT} ${sentence}`)).toEqual(expected);
  });

  it('leaves towns alone outside a sports report', () => {
    expect(
      places('In a 5-4 ruling this season, the league set a penalty for the match, and sanctions against Moscow.'),
    ).toEqual(['Moscow']);
    expect(places('Officials in Leeds said the bypass would beat Everton Road traffic.')).toEqual(['Leeds']);
    expect(places('Protesters from Leeds marched against Manchester council plans.')).toEqual(['Leeds', 'Manchester']);
  });
});
