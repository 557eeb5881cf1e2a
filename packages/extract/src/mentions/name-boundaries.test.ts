import { describe, expect, it } from 'vitest';
import { findSections } from '../sections/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { gazetteerPlaces } from './gazetteer.ts';
import { findMentions } from './index.ts';

const names = (text: string) =>
  findMentions(text, splitSentences(text, findSections(text)), gazetteerPlaces)
    .filter((c) => c.role === 'NAME')
    .map((c) => ({ span: text.slice(c.start, c.end), kind: c.kind, name: c.name, title: c.title }));

describe('where a name ends', () => {
  it.each([
    // "of <place>" after a person's name says where they are from
    ['Maren Ostdal of Norway won the race.', 'Maren Ostdal'],
    ['Tomas Brekke of the Netherlands finished second.', 'Tomas Brekke'],
    // an ordinal opens a military unit's name
    ['A spokesman for the 5th Fleet declined to comment.', '5th Fleet'],
    ['The 41st Infantry Division moved north.', '41st Infantry Division'],
    // an institution word keeps its "of" phrase
    ['The Bank of England raised rates.', 'Bank of England'],
    ['Researchers at the University of Oxford agreed.', 'University of Oxford'],
    // an institution word carries for/on/and into one name
    ['The Nordic Centre for Soil Health and Water said so.', 'Nordic Centre for Soil Health and Water'],
    ['The Regional Institute for Ocean Studies published data.', 'Regional Institute for Ocean Studies'],
    ['The Commission on Coastal Affairs met on Monday.', 'Commission on Coastal Affairs'],
    // "and" joins a second portfolio after "<institution> of X"
    ['The Department of Housing and Urban Development said rents rose.', 'Department of Housing and Urban Development'],
    ['The Department of Health and Human Services said so.', 'Department of Health and Human Services'],
    // institution words of other languages open a name
    ['The Banco de Ruritania said growth slowed.', 'Banco de Ruritania'],
    // "to" after an institution word, and a name's own capitalised function words
    ['The Committee to Protect Journalists condemned the arrest.', 'Committee to Protect Journalists'],
    ['Doctors Without Borders said the clinic was hit.', 'Doctors Without Borders'],
    ['A report by Reporters Without Borders found it.', 'Reporters Without Borders'],
    ['Friends Of The Earth said the plan was bad.', 'Friends Of The Earth'],
    ['The law was welcomed by Mothers Against Drunk Driving.', 'Mothers Against Drunk Driving'],
    // an advocacy group named by its people and its cause
    ['Physicians for Human Rights said the clinic was hit.', 'Physicians for Human Rights'],
    ['The group Veterans for Peace marched.', 'Veterans for Peace'],
    ['The Partnership on AI said so.', 'Partnership on AI'],
    ['The Campaign for Nuclear Disarmament protested.', 'Campaign for Nuclear Disarmament'],
    [
      'Iran was cut off from the Society for Worldwide Interbank Financial Telecommunication.',
      'Society for Worldwide Interbank Financial Telecommunication',
    ],
    ['Officials at the Bank of America said so.', 'Bank of America'],
    ['The International Committee of the Red Cross said aid arrived.', 'International Committee of the Red Cross'],
    // one common word after "and" goes on a portfolio that is no place
    ['The Nigerian Union of Nurses and Midwives said so.', 'Nigerian Union of Nurses and Midwives'],
    ['The Ministry of Culture and Tourism said so.', 'Ministry of Culture and Tourism'],
    // "and" inside a public body's name, even after a word that ends names of its own
    ['The Securities and Exchange Commission sued.', 'Securities and Exchange Commission'],
    // lower-case syllables after a hyphen belong to a name; adjectives do not
    ['Park Seo-yeon won the final.', 'Park Seo-yeon'],
    ['Former minister Chung Jae-in said no.', 'Chung Jae-in'],
  ])('%s -> %s', (text, span) => {
    const found = names(text);
    expect(found.map((n) => n.span)).toContain(span);
    // and no fragment of it is a name of its own
    expect(found.filter((n) => n.span !== span && span.includes(n.span))).toEqual([]);
  });

  it.each([
    // two organisations joined by "and" stay two
    ['Harbin Bank and Corvala said the deal was off.', ['Harbin Bank', 'Corvala']],
    ['The Bank of Ruritania and Corvala Group declined to comment.', ['Bank of Ruritania', 'Corvala Group']],
    ['The Bank of Ruritania and Corvala Home Office met.', ['Bank of Ruritania', 'Corvala Home Office']],
    ['The Bank of Ruritania and Anna Smith spoke.', ['Bank of Ruritania', 'Anna Smith']],
    ['The Bank of England and Barclays said so.', ['Bank of England', 'Barclays']],
    // a company's form ends the second of two companies
    ['It sold chips to Microsoft and Meta Platforms.', ['Microsoft', 'Meta Platforms']],
    ['Shares of Apple and Alphabet Inc rose.', ['Apple', 'Alphabet Inc']],
  ])('%s -> %j', (text, spans) => {
    const found = names(text).map((n) => n.span);
    for (const span of spans) expect(found).toContain(span);
  });
});

describe('a name with a preposition inside', () => {
  it.each([
    ['Procter & Gamble raised prices.', 'Procter & Gamble'],
    ['Marks & Spencer said sales rose.', 'Marks & Spencer'],
    ['Doctors Without Borders said the clinic was hit.', 'Doctors Without Borders'],
    ['The plan was bad, Friends Of The Earth said.', 'Friends Of The Earth'],
    ['The Committee to Protect Journalists said so.', 'Committee to Protect Journalists'],
  ])('%s: %s is an organisation, not a person', (text, span) => {
    expect(names(text)).toContainEqual(expect.objectContaining({ span, kind: 'ORGANIZATION' }));
  });

  it.each([
    // the lawyers of a client, a country that a run reaches with "to", a title-case headline
    ['Lawyers for Anna Berg said she would appeal.', 'Anna Berg'],
    ['The Commission wrote to Germany on Monday.', 'Commission'],
  ])('%s: the name stays %s', (text, span) => {
    expect(names(text).map((n) => n.span)).toContain(span);
  });

  it('joins no words of a title-case headline through its function words', () => {
    const text = 'Kipchoge Runs For Kenya Again\nKipchoge won the race in Berlin.';
    expect(names(text).map((n) => n.span)).not.toContain('Kipchoge Runs For Kenya Again');
  });
});

it.each([['The Moscow-built plant closed.'], ['The Kremlin-backed group met.'], ['A Covid-era rule ended.']])(
  '%s has no name in its adjective',
  (text) => {
    expect(names(text)).toEqual([]);
  },
);

describe('a title with an "of" portfolio before a name', () => {
  it.each([
    ['Secretary of State Ada Lind said talks would go on.', 'Ada Lind', 'Secretary of State'],
    ['Minister of Finance Jane Roe said the budget was fine.', 'Jane Roe', 'Minister of Finance'],
    ['Minister for Finance Jane Roe said the budget was fine.', 'Jane Roe', 'Minister for Finance'],
    ['The Minister for Foreign Affairs Tomas Brekke met envoys.', 'Tomas Brekke', 'Minister for Foreign Affairs'],
    ['Chief of Staff John Doe resigned.', 'John Doe', 'Chief of Staff'],
    ['Minister of Foreign Affairs Tomas Brekke met envoys.', 'Tomas Brekke', 'Minister of Foreign Affairs'],
    ['The talks ended, Secretary of Defense Paul Varga said.', 'Paul Varga', 'Secretary of Defense'],
  ])('%s -> %s, %s', (text, span, title) => {
    expect(names(text)).toContainEqual({ span, kind: 'PERSON', name: span, title });
  });
});

describe('a military or police rank before a name', () => {
  it.each([
    ['Commodore Jay Tarriela, a coast guard spokesman, told reporters.', 'Jay Tarriela', 'Commodore'],
    ['Officials said Commodore Jay Tarriela told reporters.', 'Jay Tarriela', 'Commodore'],
    ['Gen. Ana Cruz said the troops left.', 'Ana Cruz', 'Gen.'],
    ['Lt. Col. Mark Lee said the troops left.', 'Mark Lee', 'Lt. Col.'],
    ['Brigadier Paul Stone said so.', 'Paul Stone', 'Brigadier'],
    ['Chief Inspector Sam Vance said so.', 'Sam Vance', 'Chief Inspector'],
    ['Detective Sergeant Amy Hill said so.', 'Amy Hill', 'Detective Sergeant'],
  ])('%s -> %s, %s', (text, span, title) => {
    expect(names(text)).toContainEqual({ span, kind: 'PERSON', name: span, title });
  });
});

describe('names that a description or a demonym introduces', () => {
  it.each([
    [
      'Figures fell, the environmental agency Verdana said.',
      'Verdana',
      'ORGANIZATION',
      'Verdana',
      'environmental agency',
    ],
    ['The farm lobby group Agrovia disagreed.', 'Agrovia', 'ORGANIZATION', 'Agrovia', 'farm lobby group'],
    ['The Japanese automaker Kazemoto said sales rose.', 'Kazemoto', 'ORGANIZATION', 'Kazemoto', 'Japanese automaker'],
    ['The French oil major Totalis said profits fell.', 'Totalis', 'ORGANIZATION', 'Totalis', 'French oil major'],
    ['The army major Jean Dupont said no.', 'Jean Dupont', 'PERSON', 'Jean Dupont', 'major'],
    // after a verb or a preposition the description goes without "the"
    [
      'Kikilias told state broadcaster ERT that villages were empty.',
      'ERT',
      'ORGANIZATION',
      'ERT',
      'state broadcaster',
    ],
    ['He spoke to broadcaster RTL on Monday.', 'RTL', 'ORGANIZATION', 'RTL', 'broadcaster'],
    ['The Norwegian government said it would pay.', 'Norwegian government', 'STATE', 'Norway', null],
    ['Talks stalled, the German government said.', 'German government', 'STATE', 'Germany', null],
    // "the <demonym> side" is the state, also for a country named in the plural
    ['The blame lies with the Norwegian side, officials said.', 'Norwegian side', 'STATE', 'Norway', null],
    ['The blame lies with the Philippine side, officials said.', 'Philippine side', 'STATE', 'Philippines', null],
  ])('%s -> %s', (text, span, kind, name, title) => {
    expect(names(text)).toContainEqual({ span, kind, name, title });
  });

  it.each([['The Free Democrats left the coalition.'], ['Police said Free Democrats leader Anna Lind resigned.']])(
    '%s: a party by its members is no person',
    (text) => {
      expect(names(text)).toContainEqual(expect.objectContaining({ span: 'Free Democrats', kind: 'ORGANIZATION' }));
    },
  );

  it('makes no organisation of the side of a country, whatever organisation its demonym opens', () => {
    const text = 'The Philippine Coast Guard said so. The blame lies with the Philippine side.';
    expect(names(text).filter((n) => n.kind === 'ORGANIZATION')).toEqual([
      expect.objectContaining({ span: 'Philippine Coast Guard' }),
    ]);
  });

  it('makes no organisation of a demonym before an organisation noun', () => {
    expect(names('The Japanese automaker Kazemoto said sales rose.').map((n) => n.span)).not.toContain('Japanese');
  });
});
