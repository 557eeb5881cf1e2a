import { describe, expect, it } from 'vitest';
import { resolvedActors } from '../../test/resolved-actors.ts';

describe('short names join the person whose name holds them', () => {
  it.each([
    // a surname used first (a headline, a first line), the full name after
    [
      "Kenya's Tarbat wins Berlin marathon\n\nOkemo Tarbat of Kenya won the race on Sunday. Tarbat said he was happy.",
      'Okemo Tarbat',
      ['Tarbat', 'Okemo Tarbat', 'Tarbat'],
    ],
    // a title-case headline, where the name runs on into the verb
    [
      "Kenya's Tarbat Wins Berlin Marathon\nDaniel Tarbat of Kenya won the race on Sunday.",
      'Daniel Tarbat',
      ['Tarbat', 'Daniel Tarbat'],
    ],
    [
      'Quintal Vows To Protect Forest Reserves\nBrazilian President Anselmo Ribeiro Quintal da Costa said the plan would work.',
      'Anselmo Ribeiro Quintal da Costa',
      ['Quintal', 'Anselmo Ribeiro Quintal da Costa'],
    ],
    // a family name in the middle of a long name
    [
      'Brazilian President Anselmo Ribeiro Quintal da Costa spoke. Later Quintal said the plan would work.',
      'Anselmo Ribeiro Quintal da Costa',
      ['Anselmo Ribeiro Quintal da Costa', 'Quintal'],
    ],
    // a name with letters beyond ASCII
    [
      '"We will not accept this," said Jürgen Kerber, the union\'s deputy chairman. Kerber left.',
      'Jürgen Kerber',
      ['Jürgen Kerber', 'Kerber'],
    ],
    [
      'Łukasz Zielarski spoke first. Zielarski said the plan was sound.',
      'Łukasz Zielarski',
      ['Łukasz Zielarski', 'Zielarski'],
    ],
    // particles, alone or in pairs, capitalised when the surname opens a sentence
    [
      'Ursula von der Leyen said the bloc would act. Von der Leyen added that talks would go on.',
      'Ursula von der Leyen',
      ['Ursula von der Leyen', 'Von der Leyen'],
    ],
    [
      'Charles de la Fontaine said so. De la Fontaine left early.',
      'Charles de la Fontaine',
      ['Charles de la Fontaine', 'De la Fontaine'],
    ],
    ['Virgil van Dijk scored twice. Van Dijk smiled.', 'Virgil van Dijk', ['Virgil van Dijk', 'Van Dijk']],
    // a generation after the name stays in it, and the surname before it still matches
    [
      'Robert F. Kennedy Jr. said the rules would change. Kennedy left.',
      'Robert F. Kennedy Jr.',
      ['Robert F. Kennedy Jr.', 'Kennedy'],
    ],
    ['Martin Luther King Jr. was honoured.', 'Martin Luther King Jr.', ['Martin Luther King Jr.']],
    // a family name written first
    ['Xi Jinping met the envoys. Xi said trade would grow.', 'Xi Jinping', ['Xi Jinping', 'Xi']],
    ['Yoon Suk Yeol declared martial law.', 'Yoon Suk Yeol', ['Yoon Suk Yeol']],
    // a particle glued to a surname by a hyphen, capitalised when it opens a sentence
    [
      'Abdel Fattah el-Sisi spoke on Monday. El-Sisi said the talks went well.',
      'Abdel Fattah el-Sisi',
      ['Abdel Fattah el-Sisi', 'El-Sisi'],
    ],
    // initials
    ['J.K. Rowling said the book was done. Rowling smiled.', 'J.K. Rowling', ['J.K. Rowling', 'Rowling']],
  ])('%s', (text, name, mentions) => {
    const found = resolvedActors(text);
    expect(found).toContainEqual(
      expect.objectContaining({ name, kind: 'PERSON', mentions: expect.arrayContaining(mentions) }),
    );
    // no actor of its own for the short form
    expect(found.filter((a) => a.name !== name && mentions.includes(a.name))).toEqual([]);
  });

  it('does not merge a middle word shared by two people', () => {
    const text = 'Ana Maria Quintal Ferreira and Jose Quintal Barros met. Quintal said the plan would work.';
    const found = resolvedActors(text);
    expect(found.filter((a) => a.mentions.includes('Quintal') && a.name.includes(' '))).toEqual([]);
  });
});

it("drops a headline's capitalised adjective before a surname the story gives in full later", () => {
  const text =
    'Late Mensah goal lifts Rovers to the top\nBy Ann Lee\nRovers won 1-0 on Saturday after Kwame Mensah scored. Mensah was pleased.';
  expect(resolvedActors(text).filter((a) => a.kind === 'PERSON' && a.name !== 'Ann Lee')).toEqual([
    { name: 'Kwame Mensah', kind: 'PERSON', mentions: ['Mensah', 'Kwame Mensah', 'Mensah'] },
  ]);
});

it('keeps a full name opening a sentence whole when the person is named elsewhere', () => {
  const text = 'Rovers won. Kwame Okoro scored twice. Later Kwame Okoro said he was pleased.';
  expect(resolvedActors(text).filter((a) => a.kind === 'PERSON')).toEqual([
    { name: 'Kwame Okoro', kind: 'PERSON', mentions: ['Kwame Okoro', 'Kwame Okoro', 'he'] },
  ]);
  const headline = 'Late Okoro goal lifts Rovers to the top\nBy Ann Lee\nRovers won 1-0 after Kwame Okoro scored.';
  expect(resolvedActors(headline).filter((a) => a.kind === 'PERSON' && a.name !== 'Ann Lee')).toEqual([
    { name: 'Kwame Okoro', kind: 'PERSON', mentions: ['Okoro', 'Kwame Okoro'] },
  ]);
});

it('finds an organisation named inside a title-case headline', () => {
  const text = 'Streaming Giant Spotivo Cuts 1,500 Jobs\nSpotivo said on Monday it would cut 17% of its staff.';
  expect(resolvedActors(text)).toEqual([{ name: 'Spotivo', kind: 'ORGANIZATION', mentions: ['Spotivo', 'Spotivo'] }]);
});

describe('an acronym in brackets after a name', () => {
  it.each([
    [
      'The Nordic Centre for Soil Health and Water (NCSW) said so. The NCSW urged caution.',
      'Nordic Centre for Soil Health and Water',
    ],
    [
      'The Regional Institute for Ocean Studies (RIOS) published data. RIOS said more was needed.',
      'Regional Institute for Ocean Studies',
    ],
  ])('%s joins %s', (text, name) => {
    const found = resolvedActors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name, kind: 'ORGANIZATION' });
  });
});

describe('an unknown name owning what only a company has', () => {
  it.each([
    ["Vantex's shares fell 3% on Monday.", 'Vantex'],
    ["Vantex's chief executive said sales rose.", 'Vantex'],
    ["Vantex Motors's quarterly profit fell.", 'Vantex Motors'],
  ])('%s -> %s', (text, name) => {
    expect(resolvedActors(text)).toContainEqual(expect.objectContaining({ name, kind: 'ORGANIZATION' }));
  });

  it('leaves a surname to its person', () => {
    const text = "Anna Vantex spoke. Vantex's shares in the firm were sold.";
    expect(resolvedActors(text).map((a) => [a.name, a.kind])).toEqual([['Anna Vantex', 'PERSON']]);
  });
});
