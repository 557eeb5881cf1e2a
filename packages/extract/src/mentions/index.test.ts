import { describe, expect, it } from 'vitest';
import { findSections } from '../sections/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { gazetteerPlaces } from './gazetteer.ts';
import { findMentions } from './index.ts';

const mentions = (text: string) =>
  findMentions(text, splitSentences(text, findSections(text)), gazetteerPlaces).map((c) => ({
    span: text.slice(c.start, c.end),
    role: c.role,
    kind: c.kind,
    name: c.name,
  }));

describe('findMentions', () => {
  it.each([
    // titles stay out of a full name, and a demonym gives the title its country
    ['Belarusian President Alexander Lukashenko spoke.', 'Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko'],
    ['Talks between President Putin and others began.', 'President Putin', 'PERSON', 'Putin'],
    ['Kremlin spokesman Dmitry Peskov confirmed it.', 'Dmitry Peskov', 'PERSON', 'Dmitry Peskov'],
    ['Apple chief executive Tim Cook said so.', 'Tim Cook', 'PERSON', 'Tim Cook'],
    // organisations by suffix, head noun, possessive owner, acronym, institution
    ['We expect little from the Russian Armed Forces.', 'Russian Armed Forces', 'ORGANIZATION', 'Russian Armed Forces'],
    [
      "Russia's Prosecutor General's Office acted.",
      "Russia's Prosecutor General's Office",
      'ORGANIZATION',
      "Prosecutor General's Office of Russia",
    ],
    ['It said so, according to the state Belta news agency.', 'the state Belta news agency', 'ORGANIZATION', 'Belta'],
    ['He met officials from the EU on Friday.', 'EU', 'ORGANIZATION', 'European Union'],
    ["China's foreign ministry said no.", "China's foreign ministry", 'ORGANIZATION', 'Foreign Ministry of China'],
    ["Porto's city council has promised funds.", "Porto's city council", 'ORGANIZATION', 'Porto City Council'],
    ['A Message from The Kyiv Post:', 'The Kyiv Post', 'ORGANIZATION', 'The Kyiv Post'],
    // a company's legal form written out
    [
      'He will ask the Harbour Match Officials Limited to act.',
      'Harbour Match Officials Limited',
      'ORGANIZATION',
      'Harbour Match Officials Limited',
    ],
    // a region's own government is a body of its own
    [
      'The regional government of Tuscany declared an emergency.',
      'The regional government of Tuscany',
      'ORGANIZATION',
      'Government of Tuscany',
    ],
    // the employer of a scholar named after "at the"
    [
      'She is a palaeontologist at the Coastal Fossil Museum in Leeds.',
      'Coastal Fossil Museum',
      'ORGANIZATION',
      'Coastal Fossil Museum',
    ],
    // a campaign's "Now", a port authority by its port's town
    ['It cited an analysis by the campaign group Save Lakes Now.', 'Save Lakes Now', 'ORGANIZATION', 'Save Lakes Now'],
    ['The Port of Antwerp said it was busy.', 'Port of Antwerp', 'ORGANIZATION', 'Port of Antwerp'],
    // a corps, even when its first word is also a given name
    ['Lt. Gen. Ann Lee, who leads Marine Corps forces, spoke.', 'Marine Corps', 'ORGANIZATION', 'Marine Corps'],
    // a sports channel, even when its first word is also a given name
    ['The coach told Star Sports he was proud.', 'Star Sports', 'ORGANIZATION', 'Star Sports'],
    // formal state names are the state
    ['They met forces of the Russian Federation.', 'Russian Federation', 'STATE', 'Russia'],
  ])('%s -> %s', (text, span, kind, name) => {
    expect(mentions(text)).toContainEqual(expect.objectContaining({ span, kind, name }));
  });

  it.each([
    ['According to the report, prices rose in March.', ['According', 'March']],
    ['Given the risks, Monday was quiet.', ['Given', 'Monday']],
    ['The Moscow-built bridge links pro-Western towns.', ['Moscow', 'Moscow-built', 'Western', 'pro-Western']],
    ['Ukrainian and Belarusian forces met.', ['Ukrainian', 'Belarusian']],
  ])('%s has no actor name among %j', (text, words) => {
    const spans = mentions(text)
      .filter((m) => m.role === 'NAME')
      .map((m) => m.span);
    for (const word of words) expect(spans).not.toContain(word);
  });

  it('leaves a venue after "at the" alone when no one works there', () => {
    expect(mentions('The meeting at the Grand Hotel ended late.')).toContainEqual(
      expect.objectContaining({ span: 'Grand Hotel', kind: null }),
    );
  });

  it.each([
    ['Minsk and Moscow have agreed to act.', ['Minsk', 'Moscow']],
    ['He accused Kyiv of readying an attack on Minsk.', ['Kyiv']],
    ['It facilitated Moscow’s invasion of Ukraine.', ['Moscow']],
    ['He said they [Russia] need no war.', ['Russia']],
    ['Today Ukraine is not just discussing but planning strikes.', ['Ukraine']],
  ])('%s: places that act are %j', (text, acting) => {
    const found = findMentions(text, splitSentences(text, findSections(text)), gazetteerPlaces);
    expect(found.filter((c) => c.role === 'PLACE' && c.agentive).map((c) => c.text)).toEqual(acting);
  });

  it.each([
    ['The 29-year-old agronomist, who returned home, sells coffee.', 'The 29-year-old agronomist'],
    ['Later the historian said it was rare.', 'the historian'],
  ])('%s describes a person: %s', (text, span) => {
    expect(mentions(text)).toContainEqual(expect.objectContaining({ span, role: 'DESCRIPTION' }));
  });

  it('finds pronouns outside quotes and descriptions of people', () => {
    const text = '“He lied,” the long-serving Belarusian leader said. He left, and his aide stayed.';
    const found = mentions(text).filter((m) => m.role === 'PRONOUN' || m.role === 'DESCRIPTION');
    expect(found.map((m) => [m.role, m.span])).toEqual([
      ['DESCRIPTION', 'the long-serving Belarusian leader'],
      ['PRONOUN', 'He'],
      ['PRONOUN', 'his'],
    ]);
  });
});
