import { describe, expect, it } from 'vitest';
import { findSections } from '../sections/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { gazetteerPlaces } from './gazetteer.ts';
import { findMentions } from './index.ts';

const mention = (text: string, span: string) =>
  findMentions(text, splitSentences(text, findSections(text)), gazetteerPlaces).find(
    (c) => text.slice(c.start, c.end) === span,
  );

describe('who acts across what stands between subject and verb', () => {
  it('skips an age: Tarbat, 31, pulled away', () => {
    expect(mention('Tarbat, 31, pulled away after 30 kilometres.', 'Tarbat')).toMatchObject({ subject: true });
  });

  it.each([
    ['Norway and Germany, the largest donors to the fund, welcomed the figures.', 'Norway'],
    ['Corvala, which makes turbines, said orders rose.', 'Corvala'],
    ['Brookvale Water, the largest supplier in the region, paid out £1 billion.', 'Brookvale Water'],
  ])('%s: %s is the subject', (text, span) => {
    expect(mention(text, span)).toMatchObject({ subject: true, agentive: true });
  });
});

describe('a country reacting', () => {
  it.each([
    ['Japan and Australia also voiced concern, calling for calm.', 'Japan'],
    ['Japan and Australia also voiced concern, calling for calm.', 'Australia'],
    ['The United States condemned the incident.', 'United States'],
    ['Beijing swiftly rejected the account.', 'Beijing'],
    ['Norway expressed regret over the delay.', 'Norway'],
    ['Chile has strongly protested the move.', 'Chile'],
    ['Kenya also urged restraint.', 'Kenya'],
    ['The deal came after Hungary and Poland dropped their objections.', 'Hungary'],
    ['Orbán said Budapest had secured guarantees.', 'Budapest'],
    ['Qatar brokered the ceasefire.', 'Qatar'],
  ])('%s: %s acts', (text, span) => {
    expect(mention(text, span)).toMatchObject({ subject: true, agentive: true });
  });

  it.each([
    ['In Germany, Siemens said orders rose.', 'Germany'],
    ['In the United States, the Food and Drug Administration said so.', 'United States'],
    ['After talks in the United Kingdom, the European Union said it would act.', 'United Kingdom'],
  ])('%s: %s, fronted with a comma, is no list with the subject', (text, span) => {
    expect(mention(text, span)).toMatchObject({ agentive: false });
  });

  it('still reads commas and "and" as one list of subjects', () => {
    const text = 'Norway, Sweden and Denmark said they would help.';
    for (const span of ['Norway', 'Sweden', 'Denmark']) expect(mention(text, span)).toMatchObject({ agentive: true });
  });

  it('keeps as a place a name that an adverb follows', () => {
    expect(mention('Rain fell in Kenya yesterday.', 'Kenya')).toMatchObject({ agentive: false });
  });
});

describe('parties named by "between X and Y"', () => {
  it.each([
    ['Talks between Acme and Rival collapsed.', 'Acme'],
    ['Talks between Acme and Rival collapsed.', 'Rival'],
    ['Talks between Japan and Chile stalled.', 'Japan'],
    ['A merger between Acme and Rival fell through.', 'Acme'],
  ])('%s: %s acts', (text, span) => {
    expect(mention(text, span)).toMatchObject({ agentive: true });
  });

  it('makes no actor of places a route runs between', () => {
    expect(mention('Flights between London and Paris resumed.', 'London')).toMatchObject({ agentive: false });
  });
});

describe('a name that a relative "which" follows', () => {
  it.each([
    ['The race was sponsored by Streamvik, which paid a record fee.', 'Streamvik'],
    ['Shares of Corvala, which has cut jobs, fell.', 'Corvala'],
  ])('%s: %s is an organisation that acts', (text, span) => {
    expect(mention(text, span)).toMatchObject({ kind: 'ORGANIZATION', agentive: true });
  });

  it('makes nothing of a thing acted upon', () => {
    expect(mention('He drove a Corvala, which was built in 1990.', 'Corvala')?.kind).toBeNull();
  });
});

describe('title words', () => {
  it('make no organisation of "Former airline executive X"', () => {
    expect(mention('Former airline executive Marco Vell was jailed.', 'Former airline')).toBeUndefined();
  });
});

describe('descriptions', () => {
  it.each([
    ['The Swedish streaming company said it would grow.', 'The Swedish streaming company', 'ORGANIZATION'],
    ['The Swedish won the relay.', 'The Swedish', 'PERSON'],
  ])('%s: %s is a description of a(n) %s', (text, span, kind) => {
    expect(mention(text, span)).toMatchObject({ role: 'DESCRIPTION', kind });
  });
});

describe('an unknown two-word name that a he or his of its sentence refers to', () => {
  it.each([
    ['Okemo Tarbat won his third title on Sunday.', 'Okemo Tarbat', 'PERSON'],
    ['Wanjiru Moyo said she was pleased.', 'Wanjiru Moyo', 'PERSON'],
    ['Harbour Vale reached a deal with its workers.', 'Harbour Vale', null],
  ])('%s: %s is %s', (text, span, kind) => {
    expect(mention(text, span)?.kind).toBe(kind);
  });
});

describe('a name after "the" that acts', () => {
  it.each([
    ['Aid came, the Red Lantern said on Monday.', 'Red Lantern', 'ORGANIZATION'],
    ['The Anna Lind Trust Fund said no.', 'Anna Lind Trust Fund', 'ORGANIZATION'],
    ['Then the late Anna Lind said no.', 'Anna Lind', 'PERSON'],
  ])('%s: %s is %s', (text, span, kind) => {
    expect(mention(text, span)?.kind).toBe(kind);
  });
});

describe('a town a match report names as a side', () => {
  const report = (sentence: string) =>
    `The goalkeeper saved twice before half-time. ${sentence} The referee was busy all afternoon.`;
  it.each([
    ['Leeds, who host Bristol on Friday, are third.', 'Bristol'],
    ['Rovers will face Exeter next.', 'Exeter'],
    ['Leeds play Portsmouth on Sunday.', 'Portsmouth'],
  ])('%s: %s acts', (sentence, span) => {
    expect(mention(report(sentence), span)).toMatchObject({ agentive: true });
  });

  it('leaves the town of a text about something else where it is', () => {
    expect(mention('Children play Portsmouth games at school.', 'Portsmouth')).toMatchObject({ agentive: false });
  });
});

describe('a country doing something', () => {
  it.each([
    ['Portugal will start rationing water next month.', true],
    ['Portugal saw record heat in July.', false],
    ['Portugal has a long coast.', false],
  ])('%s: acts is %s', (text, acts) => {
    expect(mention(text, 'Portugal')).toMatchObject({ agentive: acts });
  });
});
