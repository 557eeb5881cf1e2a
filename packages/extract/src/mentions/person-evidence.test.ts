import { describe, expect, it } from 'vitest';
import { findSections } from '../sections/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { gazetteerPlaces } from './gazetteer.ts';
import { findMentions } from './index.ts';

const kindOf = (text: string, span: string) =>
  findMentions(text, splitSentences(text, findSections(text)), gazetteerPlaces).find(
    (c) => c.role === 'NAME' && text.slice(c.start, c.end) === span,
  )?.kind;

describe('an unknown two-word name in a place only a person takes', () => {
  it.each([
    ['Talks with Okonkwo Adebayo-Smith stalled on Monday.', 'Okonkwo Adebayo-Smith'],
    ['The minister met with Tavita Mulitalo on Friday.', 'Tavita Mulitalo'],
    ['Police arrested Tavita Mulitalo on Friday.', 'Tavita Mulitalo'],
    ['The ministry hired Zorya Kaltenbrunn in March.', 'Zorya Kaltenbrunn'],
    ['Tavita Mulitalo, 34, was arrested.', 'Tavita Mulitalo'],
    ['The deal was signed by Tavita Mulitalo, who runs the firm.', 'Tavita Mulitalo'],
    ["Tavita Mulitalo's lawyer said the charge was false.", 'Tavita Mulitalo'],
    ['Tavita Mulitalo resigned on Monday.', 'Tavita Mulitalo'],
    // a family name of a shape only family names have
    ['Novak Djokovic beat the champion.', 'Novak Djokovic'],
    ['Giorgi Kvirikashvili met the envoys.', 'Giorgi Kvirikashvili'],
    ['Taras Ostapenko praised the deal.', 'Taras Ostapenko'],
    // a given name on the world's longer lists before a word that is none
    ['Lionel Messi scored twice on Sunday.', 'Lionel Messi'],
    ['Tavita Mulitalo was born in Apia.', 'Tavita Mulitalo'],
  ])('%s -> %s is a person', (text, span) => {
    expect(kindOf(text, span)).toBe('PERSON');
  });

  it.each([
    // no person context: left undecided for the actor stage
    ['Shares of Kaltenbrunn Mulitalo rose.', 'Kaltenbrunn Mulitalo'],
    // an organisation's word, an acronym or a place inside is no person's name
    ['Police arrested Kaltenbrunn Group staff.', 'Kaltenbrunn Group'],
    ['Talks with NATO Allies stalled.', 'NATO Allies'],
    ['Talks with Kaltenbrunn Germany stalled.', 'Kaltenbrunn Germany'],
    // a listed word that stands alone elsewhere is a name of its own
    ['Apple Music grew fast, and Apple said more. Apple shares rose.', 'Apple Music'],
  ])('%s -> %s is no person', (text, span) => {
    const kind = kindOf(text, span);
    expect(kind).toBeDefined();
    expect(kind).not.toBe('PERSON');
  });
});
