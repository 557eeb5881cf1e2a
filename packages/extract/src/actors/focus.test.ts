import { describe, expect, it } from 'vitest';
import { resolvedActors } from '../../test/resolved-actors.ts';

const holder = (text: string, mention: string) =>
  resolvedActors(text).find((a) => a.mentions.includes(mention))?.name ?? null;

describe('descriptions of an organisation name the one in focus', () => {
  it.each([
    // the subject of the story, not the bank its economists work for
    [
      'Vantex reported record sales. Economists at Corvala Bank expected less. According to the company, demand held.',
      'the company',
      'Vantex',
    ],
    [
      'Brenholt cut its forecast. Analysts at Marlow Securities said it was overdue. The German engineering group said orders fell.',
      'The German engineering group',
      'Brenholt',
    ],
    [
      'Vantex said sales rose. Its rival Corvala declined to comment. Vantex shares rose. The Oslo-based company said prices would rise.',
      'The Oslo-based company',
      'Vantex',
    ],
    [
      'Vantex said sales rose. The Cupertino, California-based company said prices would rise.',
      'The Cupertino, California-based company',
      'Vantex',
    ],
    // a superlative in a scope, with its measure, picks out the company in focus
    [
      'Vantex Motor Corp. recalled cars. The world’s largest carmaker by sales said the sensor was faulty.',
      'The world’s largest carmaker by sales',
      'Vantex Motor Corp.',
    ],
    [
      "Vantex Motor Corp. recalled cars. Shares in Japan's biggest carmaker fell.",
      "Japan's biggest carmaker",
      'Vantex Motor Corp.',
    ],
    // a generic word for the same kind of body
    [
      'The Food and Drug Administration approved the drug. Vantex said sales rose. The agency said it was safe.',
      'The agency',
      'Food and Drug Administration',
    ],
    ['Corvala Bank cut jobs. Vantex said sales rose. The lender said costs rose.', 'The lender', 'Corvala Bank'],
    // the same noun again names the body it named before, whoever acted in between
    [
      "Vantex Airways cut routes. The budget carrier said fuel was dear. The European Commission is investigating the carrier's fares.",
      'the carrier',
      'Vantex Airways',
    ],
    // a body whose name says it is of another kind is not "the bank"
    [
      'Vantex Airways cut routes. Analysts at Harlow Brothers were surprised. "It is bad," said an analyst at the bank.',
      'the bank',
      'Harlow Brothers',
    ],
    ['Vantex Airways cut routes, the company said. Analysts were surprised.', 'the company', 'Vantex Airways'],
    // a capitalised short form names only the organisation whose name ends with it
    [
      'The European Commission proposed a law. Vantex said it would comply. The Commission said talks would go on.',
      'The Commission',
      'European Commission',
    ],
  ])('%s: %s -> %s', (text, mention, name) => {
    expect(holder(text, mention)).toBe(name);
  });

  it('names by its noun the organisation that has it, before the one in focus', () => {
    const text =
      'Donors paid into the Coastal Fund. Ports were busy. Ships were late. Corvala Group said costs rose. ' +
      'Corvala Group expects more. Members of the fund met.';
    expect(holder(text, 'the fund')).toBe('Coastal Fund');
  });

  it.each([
    ['Corvala Group said costs rose. The government said it would act.', 'The government'],
    ['Corvala Group denied the charges. The judge told the court that it had lied.', 'the court'],
  ])('%s: an institution noun (%s) goes to no organisation in focus', (text, mention) => {
    expect(holder(text, mention)).toBeNull();
  });

  it.each([
    // a country's own institution is named, not described
    [
      "Vantex Motor Corp. recalled cars. Japan's central bank said growth slowed.",
      "Japan's central bank",
      'Central Bank of Japan',
    ],
    // a body of a country, in its possessive scope, is none of the organisations named before
    [
      "The European Commission is investigating. In Spain, the country's consumer protection agency fined Vantex.",
      "the country's consumer protection agency",
      null,
    ],
    // no superlative: a country's carmaker is no description of one company
    ["Vantex Motor Corp. recalled cars. Japan's carmakers said growth slowed.", "Japan's carmakers", null],
  ])('%s: %s -> %s', (text, mention, name) => {
    expect(holder(text, mention)).toBe(name);
  });

  it('leaves "the bank" alone when the only body in focus is an airline', () => {
    expect(holder('Vantex Airways cut routes. Shares fell, an analyst at the bank said.', 'the bank')).toBeNull();
  });

  it('leaves a capitalised short form alone when no name ends with it', () => {
    const text = 'Vantex said sales rose. Corvala Group disagreed. The Commission said nothing.';
    expect(holder(text, 'The Commission')).toBeNull();
  });
});

describe('states and places', () => {
  it.each([
    ['The Norwegian government said it would pay.', 'Norway', 'STATE'],
    ['Norway and Germany, the largest donors to the fund, welcomed the figures.', 'Norway', 'STATE'],
    ['Norway and Germany, the largest donors to the fund, welcomed the figures.', 'Germany', 'STATE'],
  ])('%s -> %s', (text, name, kind) => {
    expect(resolvedActors(text)).toContainEqual(expect.objectContaining({ name, kind }));
  });

  it.each([
    ['Prices rose across Europe and in Asia, Vantex said.'],
    ['Latin America and Europe signed the accord.'],
    ['The Middle East reacted with alarm.'],
  ])('%s has no continent or region as an actor', (text) => {
    const regions = ['Europe', 'Asia', 'Latin America', 'Middle East'];
    expect(resolvedActors(text).filter((a) => regions.includes(a.name))).toEqual([]);
  });

  it('keeps a place after "in the" out of an organisation that shares its word', () => {
    const text = 'The Amazon Fund received money. Clearing in the Amazon fell. Fires in the Amazon rainforest rose.';
    expect(resolvedActors(text)).toEqual([{ name: 'Amazon Fund', kind: 'ORGANIZATION', mentions: ['Amazon Fund'] }]);
  });
});

describe('a possessive opening a sentence', () => {
  it.each([
    [
      'Daniel Tarbat won the race on Sunday. Fans in the stands cheered for Vincent Kiprono. His coach, Patrick Samo, told reporters he was pleased.',
      'Daniel Tarbat',
    ],
    [
      'Marta Leden trained in Oslo with Ingrid Sove. Leden won the final on Sunday. Her coach, Anna Berg, said the win was expected.',
      'Marta Leden',
    ],
  ])('%s -> %s', (text, name) => {
    const possessive = /\. (His|Her) /.exec(text)?.[1] ?? '';
    expect(holder(text, possessive)).toBe(name);
  });
});
