import { describe, expect, it } from 'vitest';
import { GoldFormatError, parseGold } from './gold.ts';
import { type Gold, km, overlapF1, type Scorable, scoreExtraction } from './score.ts';

const TEXT = [
  'Jane Smith said the plant in Leeds would close. "We had no choice," Smith said.',
  'Support our journalism: donate today.',
].join('\n');

const GOLD: Gold = {
  article: 'article.txt',
  sections: [
    { kind: 'BODY', firstLine: 'Jane Smith said', lastLine: 'Smith said.' },
    { kind: 'APPEAL', firstLine: 'Support our journalism', lastLine: 'donate today.' },
  ],
  actors: [
    { name: 'Jane Smith', kind: 'PERSON', required: true, mentions: ['Jane Smith', 'Smith'] },
    { name: 'Acme', kind: 'ORGANIZATION', required: false },
  ],
  locations: [{ name: 'Leeds', kind: 'CITY', countryCode: 'GB', lat: 53.8, lng: -1.55, required: true }],
  statements: [
    { kind: 'INDIRECT', speaker: 'Jane Smith', key: 'the plant in Leeds would close', required: true },
    { kind: 'DIRECT', speaker: 'Jane Smith', quote: 'We had no choice,', required: true },
    { kind: 'PARTIAL', speaker: null, quote: 'donate', required: false },
  ],
};

const smith = { id: 'a1', name: 'Jane Smith', kind: 'PERSON', mentions: [{ start: 0, end: 10 }] };
const perfect: Scorable = {
  sections: [
    { kind: 'BODY', start: 0, end: 78 },
    { kind: 'APPEAL', start: 79, end: TEXT.length },
  ],
  actors: [smith],
  locations: [{ id: 'l1', name: 'Leeds', countryCode: 'GB', latitude: 53.79, longitude: -1.54 }],
  statements: [
    { kind: 'INDIRECT', text: 'the plant in Leeds would close', speakerId: 'a1' },
    { kind: 'DIRECT', text: 'We had no choice', speakerId: 'a1' },
  ],
};

describe('overlapF1 and km', () => {
  it.each([
    ['We had no choice,', 'we had no choice', 1],
    ['“It’s over.”', '"it\'s over"', 1],
    ['x b c d', 'x b', 2 / 3],
    ['a leading article is dropped', 'leading article is dropped', 1],
    ['', 'a', 0],
    ['x y', 'a b', 0],
  ])('%j vs %j', (a, b, f) => {
    expect(overlapF1(a, b)).toBeCloseTo(f);
  });

  it('measures great-circle distance', () => {
    expect(km({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 })).toBeGreaterThan(330);
    expect(km({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 })).toBeLessThan(350);
  });
});

describe('scoreExtraction', () => {
  it('gives full marks to a perfect extraction', () => {
    expect(scoreExtraction(TEXT, GOLD, perfect).summary).toEqual({
      actorsF1: 1,
      locationsF1: 1,
      geo161: 1,
      statementsF1: 1,
      appeal: true,
      chrome: 1,
    });
  });

  it('matches a person by surname and counts an unknown actor as a false positive', () => {
    const out: Scorable = {
      ...perfect,
      actors: [
        { id: 'a1', name: 'Smith', kind: 'PERSON' },
        { id: 'a2', name: 'Bob Stranger', kind: 'PERSON' },
      ],
    };
    // precision 1/2, recall 1/1
    expect(scoreExtraction(TEXT, GOLD, out).summary.actorsF1).toBeCloseTo(2 / 3);
  });

  it('counts a wrong kind against recall', () => {
    const out: Scorable = { ...perfect, actors: [{ ...smith, kind: 'ORGANIZATION' }] };
    expect(scoreExtraction(TEXT, GOLD, out).summary.actorsF1).toBe(0);
  });

  it('checks the country code and the 161 km radius', () => {
    const far = { id: 'l1', name: 'Leeds', countryCode: 'US', latitude: 40, longitude: -80 };
    const score = scoreExtraction(TEXT, GOLD, { ...perfect, locations: [far] });
    expect(score.summary.locationsF1).toBe(0);
    expect(score.summary.geo161).toBe(0);
  });

  it('needs the right speaker, and counts unmatched statements as false positives', () => {
    const out: Scorable = {
      ...perfect,
      statements: [
        { kind: 'INDIRECT', text: 'the plant in Leeds would close', speakerId: null },
        { kind: 'DIRECT', text: 'We had no choice', speakerId: 'a1' },
        { kind: 'DIRECT', text: 'something nobody said', speakerId: 'a1' },
      ],
    };
    const score = scoreExtraction(TEXT, GOLD, out);
    // precision 2/3, recall 1/2
    expect(score.summary.statementsF1).toBeCloseTo(4 / 7);
    expect(score.misses).toContain('missed or misattributed: INDIRECT "the plant in Leeds would close"');
  });

  it('does not count an optional statement as a false positive', () => {
    const out: Scorable = {
      ...perfect,
      statements: [...(perfect.statements ?? []), { kind: 'PARTIAL', text: 'donate' }],
    };
    expect(scoreExtraction(TEXT, GOLD, out).summary.statementsF1).toBe(1);
  });

  it('reads statement text from offsets when no text is given', () => {
    const start = TEXT.indexOf('We had');
    const out: Scorable = {
      ...perfect,
      statements: [
        { kind: 'INDIRECT', text: 'the plant in Leeds would close', speakerId: 'a1' },
        { kind: 'DIRECT', start, end: start + 16, speakerId: 'a1' },
      ],
    };
    expect(scoreExtraction(TEXT, GOLD, out).summary.statementsF1).toBe(1);
  });

  it('needs the appeal as its own section', () => {
    const out: Scorable = { ...perfect, sections: [{ kind: 'BODY', start: 0, end: TEXT.length }] };
    expect(scoreExtraction(TEXT, GOLD, out).summary).toMatchObject({ appeal: false, chrome: 0 });
    const noAppeal: Gold = { ...GOLD, sections: [GOLD.sections[0] ?? { kind: 'BODY', firstLine: '', lastLine: '' }] };
    expect(scoreExtraction(TEXT, noAppeal, out).summary).toMatchObject({ appeal: null, chrome: null });
  });
});

describe('parseGold', () => {
  it('reads a gold file', () => {
    expect(parseGold(JSON.parse(JSON.stringify(GOLD)))).toEqual(GOLD);
  });

  it.each([
    [null, 'gold must be an object'],
    [{ ...GOLD, actors: 'x' }, 'actors must be a list of objects'],
    [{ ...GOLD, statements: [{ kind: 'DIRECT', speaker: null }] }, 'statements[0] needs a quote or a key'],
    [
      { ...GOLD, statements: [{ kind: 'QUOTE', quote: 'x' }] },
      'statements[0].kind must be DIRECT, INDIRECT or PARTIAL',
    ],
    [{ ...GOLD, locations: [{ name: 'X', kind: 'CITY', lat: '1' }] }, 'locations[0].lat must be a number or null'],
  ])('rejects %j', (json, message) => {
    expect(() => parseGold(json)).toThrow(new GoldFormatError(message));
  });
});
