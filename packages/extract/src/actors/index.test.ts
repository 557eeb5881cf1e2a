import { describe, expect, it } from 'vitest';
import { gazetteerPlaces } from '../mentions/gazetteer.ts';
import { findMentions } from '../mentions/index.ts';
import { findSections } from '../sections/index.ts';
import { splitSentences } from '../sentences/index.ts';
import type { ExtractOptions } from '../types.ts';
import { resolveActors } from './index.ts';

function actorsOf(text: string, options: ExtractOptions = {}) {
  const sentences = splitSentences(text, findSections(text));
  const candidates = findMentions(text, sentences, gazetteerPlaces);
  return resolveActors(text, sentences, candidates, gazetteerPlaces, options).actors.map((a) => ({
    name: a.name,
    kind: a.kind,
    title: a.title,
    countryCode: a.countryCode,
    mentions: a.mentions.map((m) => text.slice(m.start, m.end)),
  }));
}

describe('resolveActors', () => {
  it('gives one person the fullest name, the title with its country, and every short mention', () => {
    const text =
      'Belarusian President Alexander Lukashenko said it. “We agreed,” the long-serving Belarusian leader said. ' +
      'According to Lukashenko, it began. He accused them. Lukashenko told his aide.';
    expect(actorsOf(text)).toContainEqual({
      name: 'Alexander Lukashenko',
      kind: 'PERSON',
      title: 'President of Belarus',
      countryCode: 'BY',
      mentions: ['Alexander Lukashenko', 'the long-serving Belarusian leader', 'Lukashenko', 'He', 'Lukashenko', 'his'],
    });
  });

  it('joins a titled surname to the full name given later', () => {
    const text =
      'Talks with President Putin went on. A longtime ally of Russian President Vladimir Putin, Ivan Ivanov stayed.';
    const putin = actorsOf(text).filter((a) => a.name.endsWith('Putin'));
    expect(putin).toHaveLength(1);
    expect(putin[0]).toMatchObject({ name: 'Vladimir Putin', mentions: ['President Putin', 'Vladimir Putin'] });
  });

  it.each([
    [
      'Minsk and Moscow have agreed to deploy forces.',
      [
        ['Belarus', 'STATE'],
        ['Russia', 'STATE'],
      ],
    ],
    [
      'He accused Washington and Brussels of meddling.',
      [
        ['United States', 'STATE'],
        ['European Union', 'ORGANIZATION'],
      ],
    ],
    ['EU members met in Brussels. The European Union said no.', [['European Union', 'ORGANIZATION']]],
    ['An attack on Minsk was planned in Poland.', []],
    [
      'Liverpool beat Manchester United 2-1 in Liverpool.',
      [
        ['Liverpool', 'ORGANIZATION'],
        ['Manchester United', 'ORGANIZATION'],
      ],
    ],
    ['Shares rose on Monday. Trading was calm.', []],
    ['Nordvik Shipping, the Oslo-based container line, said profit rose.', [['Nordvik Shipping', 'ORGANIZATION']]],
    [
      'Dr. Helen Achterberg of the World Health Organization spoke. The WHO agreed.',
      [
        ['Helen Achterberg', 'PERSON'],
        ['World Health Organization', 'ORGANIZATION'],
      ],
    ],
    [
      'Federal Reserve Chair Jerome Powell spoke.',
      [
        ['Federal Reserve', 'ORGANIZATION'],
        ['Jerome Powell', 'PERSON'],
      ],
    ],
    ['Goldman Sachs analysts said margins fell.', [['Goldman Sachs', 'ORGANIZATION']]],
    ['Climate scientists say heatwaves are longer.', []],
    // a speaker that says "its" or "it would" of itself is a body; "it would be" says nothing
    ['Goldman Sachs said on Monday it would cut jobs.', [['Goldman Sachs', 'ORGANIZATION']]],
    ['Acme Corvala said its profit rose.', [['Acme Corvala', 'ORGANIZATION']]],
    ['Tavita Mulitalo said it would be hard.', [['Tavita Mulitalo', 'PERSON']]],
    ['Tata Steel said output fell.', [['Tata Steel', 'ORGANIZATION']]],
    ['Officials said growth slowed. Critics argue it is flawed. Shares fell.', []],
    ['Thank God it is over, she said.', []],
    ['Police said three people were arrested.', [['Police', 'ORGANIZATION']]],
    ['Analysts expect GDP to slow as COVID cases rise and AI spending grows.', []],
    ['The Pune Municipal Corporation (PMC) will ban plastic.', [['Pune Municipal Corporation', 'ORGANIZATION']]],
    ["France's aviation authority, the DGAC, said it would act.", [['DGAC', 'ORGANIZATION']]],
    [
      'Brewbot, founded in 2022 by two engineers, said it would hire. Machines like Brewbot’s cost less.',
      [['Brewbot', 'ORGANIZATION']],
    ],
    ['Irish Ferries has cancelled all sailings.', [['Irish Ferries', 'ORGANIZATION']]],
    ['Fire chief Sean O’Brien said nobody was hurt.', [['Sean O’Brien', 'PERSON']]],
    [
      "Britain's opposition Labour Party won. Labour leader Keir Starmer spoke.",
      [
        ['Labour Party', 'ORGANIZATION'],
        ['Keir Starmer', 'PERSON'],
      ],
    ],
    [
      'Analyst Dan Ives of Wedbush Securities said so.',
      [
        ['Dan Ives', 'PERSON'],
        ['Wedbush Securities', 'ORGANIZATION'],
      ],
    ],
    [
      'The Food and Drug Administration said so. The FDA declined to comment.',
      [['Food and Drug Administration', 'ORGANIZATION']],
    ],
    ["Brazil's central bank raised rates. The bank said so.", [['Central Bank of Brazil', 'ORGANIZATION']]],
    [
      'The panel, known as Copom, met. Analysts at Banco Horizonte said so.',
      [
        ['Copom', 'ORGANIZATION'],
        ['Banco Horizonte', 'ORGANIZATION'],
      ],
    ],
    ['Her colleague, John Park, said so. Crowds filled Central Park.', [['John Park', 'PERSON']]],
    ['Met Éireann has extended its warning.', [['Met Éireann', 'ORGANIZATION']]],
    ['Storm Elena hit the coast. Forecaster Aoife Nolan told reporters it was bad.', [['Aoife Nolan', 'PERSON']]],
    ['Tedros Adhanom Ghebreyesus, its director-general, said so.', [['Tedros Adhanom Ghebreyesus', 'PERSON']]],
    ['Israel Strikes Targets In Gaza As Ceasefire Talks Stall\nThe army said so.', []],
    ['Saudi Crown Prince Mohammed bin Salman spoke.', [['Mohammed bin Salman', 'PERSON']]],
    [
      'Egypt and Qatar, which have mediated for months, said talks would resume.',
      [
        ['Egypt', 'STATE'],
        ['Qatar', 'STATE'],
      ],
    ],
    [
      'Epic Games, the maker of Fortnite, sued. Epic CEO Tim Sweeney spoke.',
      [
        ['Epic Games', 'ORGANIZATION'],
        ['Tim Sweeney', 'PERSON'],
      ],
    ],
    ['Scientists at the University of Oxford said so.', [['University of Oxford', 'ORGANIZATION']]],
    ["NASA's James Webb Space Telescope took images.", [['NASA', 'ORGANIZATION']]],
    ['Erik ten Hag was calm. "We fought," Ten Hag said. The Dutchman smiled.', [['Erik ten Hag', 'PERSON']]],
    [
      'Westbrook coach Tomás Ferreira was furious. Westbrook Rovers lost.',
      [
        ['Westbrook Rovers', 'ORGANIZATION'],
        ['Tomás Ferreira', 'PERSON'],
      ],
    ],
    // an unknown name that never speaks: a person by its context, or by its surname used again
    ['Talks with Okonkwo Adebayo-Smith stalled on Monday.', [['Okonkwo Adebayo-Smith', 'PERSON']]],
    ['Prices rose for Tavita Mulitalo last year. Mulitalo was not surprised.', [['Tavita Mulitalo', 'PERSON']]],
    // a landform named after a person is no person; a country named like one is still a state
    ['Samples came from 19 sites across the Ross Ice Shelf. Scientists said so.', []],
    ['Ivory Coast said it would send troops.', [['Ivory Coast', 'STATE']]],
    // a region whose last word ends organisations' names too
    ['Strikes hit the Gaza Strip and the West Bank on Monday.', []],
    // a county is a place, even where it stands before "said"
    ['Residents in Bandon, Co Cork, said they had waited.', []],
    // clubs by their suffix, and a short form of one
    [
      'Westfield Rovers beat Kingsbridge Athletic 2-1. Rovers manager Gianluca Ferrante was pleased.',
      [
        ['Westfield Rovers', 'ORGANIZATION'],
        ['Kingsbridge Athletic', 'ORGANIZATION'],
        ['Gianluca Ferrante', 'PERSON'],
      ],
    ],
    ['Transparency International ranks Brazil 104th.', [['Transparency International', 'ORGANIZATION']]],
    // a headline's generic noun; a firm that leads its market
    ['Chipmaker unveils new processor\nNexora Inc unveiled a chip.', [['Nexora Inc', 'ORGANIZATION']]],
    [
      'Nexora Inc challenges market leader Nvidia.',
      [
        ['Nexora Inc', 'ORGANIZATION'],
        ['Nvidia', 'ORGANIZATION'],
      ],
    ],
    // a nationality noun after "the" is the person named before, not a name of its own
    ['Coach Aled Pritchard was furious. "We were robbed," the Welshman said.', [['Aled Pritchard', 'PERSON']]],
    // a plural for people opening a sentence is no name, though a longer name holds it
    [
      'Nurses at public hospitals walked out. The Union of Nurses and Midwives said so.',
      [['Union of Nurses and Midwives', 'ORGANIZATION']],
    ],
    // a portfolio listed with commas is part of the title, no organisation
    [
      'The Minister for Housing, Local Government and Heritage, Mary Quinlan, defended the plan.',
      [['Mary Quinlan', 'PERSON']],
    ],
    // a short form goes to the body of that word named last before it
    [
      'The European Commission is investigating. A spokesperson for the Commission declined to comment. The Commission for Aviation Regulation said it was monitoring.',
      [
        ['European Commission', 'ORGANIZATION'],
        ['Commission for Aviation Regulation', 'ORGANIZATION'],
      ],
    ],
    // a country in a fronted phrase of place says where; the subject after it acts
    [
      'In the United States, the Food and Drug Administration said so.',
      [['Food and Drug Administration', 'ORGANIZATION']],
    ],
    ['In Germany, Siemens said orders rose.', [['Siemens', 'ORGANIZATION']]],
    ['Across the United States and Canada, officials said the storm hit.', []],
    [
      'The United States and Canada agreed to talk.',
      [
        ['United States', 'STATE'],
        ['Canada', 'STATE'],
      ],
    ],
  ])('%s -> %j', (text, expected) => {
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual(expected);
  });

  it('takes a title from an apposition, with the last noun deciding person or organisation', () => {
    const text = 'Elon Musk, the company’s chief executive, warned of slowing demand.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Elon Musk', kind: 'PERSON', title: 'company’s chief executive' }),
    ]);
  });

  it.each([
    ['Emmanuel Macron, the French president, said so.', 'Emmanuel Macron', 'president of France'],
    ['Wilson White, Google’s vice president for policy, said so.', 'Wilson White', 'vice president'],
    ['New York Attorney General Letitia James said so.', 'Letitia James', 'New York Attorney General'],
    // a country's possessive in the apposition; a particle glued to the surname
    ["Ahmed al-Sharaa, Syria's interim president, met envoys.", 'Ahmed al-Sharaa', 'interim president of Syria'],
    // an honorific is no title; the apposition after the name gives one
    ['Dr Laura Revell, an associate professor who led the work, said so.', 'Laura Revell', 'associate professor'],
    // a role before the name in apposition: capitalised after "the", or owned by a possessive
    ['The Taoiseach, Micheál Martin, is expected to visit.', 'Micheál Martin', 'Taoiseach'],
    ["Norway's finance minister, Jens Berg, said no.", 'Jens Berg', 'finance minister of Norway'],
    ["The party's housing spokesperson, Eoin Ó Broin, said no.", 'Eoin Ó Broin', 'housing spokesperson'],
    [
      '“Clear,” said Katie Stack Morgan, deputy project scientist at the lab.',
      'Katie Stack Morgan',
      'deputy project scientist',
    ],
  ])('%s -> title of %s', (text, name, title) => {
    expect(actorsOf(text)).toContainEqual(expect.objectContaining({ name, kind: 'PERSON', title }));
  });

  it('refers "the company" back to the organisation named before', () => {
    const text = 'Acme Holdings cut 300 jobs. Revenue fell, the company said.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Acme Holdings', mentions: ['Acme Holdings', 'the company'] }),
    ]);
  });

  it('makes an organisation of a foreign name with a particle after an owner and a business noun', () => {
    const text =
      'Rains came to Valencia, where the port is full. The region’s water utility Canals de Valencia said supply was safe. Valencia rationed nothing.';
    const actors = actorsOf(text);
    expect(actors).toContainEqual(
      expect.objectContaining({ name: 'Canals de Valencia', kind: 'ORGANIZATION', mentions: ['Canals de Valencia'] }),
    );
    // the town's own mentions stay a place, never part of a person
    expect(actors.filter((a) => a.kind === 'PERSON')).toEqual([]);
  });

  it.each([
    ["Vermont's governor, Ann Lee, said talks would go on.", 'governor of Vermont'],
    ["Denver's mayor, Ann Lee, said talks would go on.", 'mayor'],
  ])('%s: a place owning a civic role is no organisation', (text, title) => {
    expect(actorsOf(text)).toEqual([expect.objectContaining({ name: 'Ann Lee', kind: 'PERSON', title })]);
  });

  it('takes a place and a party member after "the" for the person just quoted, not a body', () => {
    const text = 'Senator Ann Lee spoke first. "The bill is fair," the Vermont Democrat said.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Ann Lee', kind: 'PERSON', mentions: ['Ann Lee', 'the Vermont Democrat'] }),
    ]);
  });

  it('takes a nationality and a role no one holds for the untitled person just quoted', () => {
    const text = 'Tom Lund praised his defence. "We earned the point," the Swedish manager said afterwards.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Tom Lund', mentions: ['Tom Lund', 'his', 'the Swedish manager'] }),
    ]);
    // not a person whose title is another role
    const other = 'Mayor Tom Lund praised his town. "We earned it," the Swedish manager said.';
    expect(actorsOf(other).find((a) => a.name === 'Tom Lund')?.mentions).not.toContain('the Swedish manager');
  });

  it('never joins a town to a name that is "of" that town', () => {
    const text = 'Marta de Valencia said the plan would work. Rain fell in Valencia on Monday.';
    const person = actorsOf(text).find((a) => a.kind === 'PERSON');
    expect(person?.mentions).toEqual(['Marta de Valencia']);
  });

  it('makes an actor of a body the text only describes by its portfolio, as a subject', () => {
    const text = 'The health ministry said talks were under way. A spokeswoman for the ministry said so.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Health Ministry', mentions: ['The health ministry', 'the ministry'] }),
    ]);
    // not where it is only acted on
    expect(actorsOf('Nurses marched to the health ministry on Monday.')).toEqual([]);
  });

  it('keeps one mention where a name sits inside a description of the same body', () => {
    const text = 'The European Commission is investigating. A spokesperson for the Commission declined to comment.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'European Commission', mentions: ['European Commission', 'the Commission'] }),
    ]);
  });

  it('joins a first word to the one person it starts: a first name, or a family name written first', () => {
    const text =
      'The owner, Li Wei, was relieved. "I want to reopen," Li said. Valentina Restrepo smiled. Valentina agreed.';
    const people = actorsOf(text).filter((a) => a.kind === 'PERSON');
    expect(people.map((a) => [a.name, a.mentions])).toEqual([
      ['Li Wei', ['Li Wei', 'Li']],
      ['Valentina Restrepo', ['Valentina Restrepo', 'Valentina']],
    ]);
  });

  it('takes a surname that is also a town for the person', () => {
    const text = 'Lead author Priya Raman spoke. Raman cautioned that the study was small.';
    expect(actorsOf(text)).toEqual([
      expect.objectContaining({ name: 'Priya Raman', mentions: ['Priya Raman', 'Raman'] }),
    ]);
  });

  it('lists the names a state goes by as aliases', () => {
    const sentences = 'Minsk and Moscow have agreed. They will deploy forces of the Russian Federation.';
    const sections = findSections(sentences);
    const split = splitSentences(sentences, sections);
    const { actors } = resolveActors(
      sentences,
      split,
      findMentions(sentences, split, gazetteerPlaces),
      gazetteerPlaces,
    );
    expect(actors.find((a) => a.name === 'Russia')?.aliases).toEqual(['Moscow', 'Russian Federation']);
  });

  it('resolves a pronoun to a person of its gender', () => {
    const text = 'Dr. Maria Gonzalez led the team. Her colleague, John Park, said so. He was cautious.';
    const park = actorsOf(text).find((a) => a.name === 'John Park');
    expect(park?.mentions).toEqual(['John Park', 'He']);
  });

  it('resolves a pronoun to the subject of the previous sentence, not to a person named inside its quote', () => {
    const text = '“Ask John Smith,” Mary Jones said. She laughed.';
    const jones = actorsOf(text).find((a) => a.name === 'Mary Jones');
    expect(jones?.mentions).toEqual(['Mary Jones', 'She']);
  });

  it('makes the publisher an organisation, from the options or from its appeal', () => {
    expect(actorsOf('Prices rose. The Daily Planet reported it.', { publisher: 'The Daily Planet' })).toContainEqual(
      expect.objectContaining({ name: 'The Daily Planet', kind: 'ORGANIZATION' }),
    );
    const credit = 'Prices rose on Monday.\nPhoto: Traders at work. (Ann Lee/The Daily Planet)';
    expect(actorsOf(credit)).toEqual([expect.objectContaining({ name: 'The Daily Planet', kind: 'ORGANIZATION' })]);
    const appeal = 'Prices rose.\nA Message from Meduza:\nDear readers, please support Meduza today.';
    expect(actorsOf(appeal)).toEqual([expect.objectContaining({ name: 'Meduza', kind: 'ORGANIZATION' })]);
  });
});

describe('parties to talks', () => {
  it('makes organisations of both unknown names in "talks between X and Y"', () => {
    const found = actorsOf('Talks between Acme and Rival collapsed on Monday.');
    expect(found.map((a) => [a.name, a.kind])).toEqual([
      ['Acme', 'ORGANIZATION'],
      ['Rival', 'ORGANIZATION'],
    ]);
  });
});
