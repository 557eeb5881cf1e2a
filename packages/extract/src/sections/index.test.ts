import { describe, expect, it } from 'vitest';
import { findSections } from './index.ts';

const kindsOf = (text: string) => findSections(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('findSections', () => {
  it.each([
    ['Read more: Markets rally on rate hopes', 'NAVIGATION'],
    ['Read also: Why the deal collapsed', 'NAVIGATION'],
    ['Remind me later.', 'NAVIGATION'],
    ['By Jane Doe and John Roe', 'BYLINE'],
    ['Reporting by Anna Smith; Editing by Tom Brown', 'BYLINE'],
    ['(Reporting by Anna Smith in Oslo; Editing by Tom Brown)', 'BYLINE'],
    ['Photo: Ivan Petrov / AP', 'CAPTION'],
    ['The striker celebrates his goal. (Photo by Mike Hewitt/Getty Images)', 'CAPTION'],
    ['Disclosure: the author holds shares in the company.', 'DISCLOSURE'],
    ["Editor's note: This story has been updated.", 'DISCLOSURE'],
    ['We use cookies to improve your experience on this site.', 'CHROME'],
    ['<div class="ad"></div>', 'CHROME'],
    ['Image source, Getty Images', 'CAPTION'],
    ['Copyright 2025 The Daily Planet. All rights reserved.', 'CHROME'],
    ['Skip to main content', 'NAVIGATION'],
    ['Advertisement', 'CHROME'],
    ['Share on Facebook | Share on X | Copy link', 'NAVIGATION'],
    ['The central bank raised its key rate by half a point on Tuesday.', 'BODY'],
  ])('%s -> %s', (line, kind) => {
    expect(kindsOf(line)).toEqual([[kind, line]]);
  });

  it('runs an appeal from its opener while the publisher speaks, then returns to the story', () => {
    const text = [
      'Shares fell 3% on Monday.',
      'A Message from The Daily Planet:',
      'Dear readers,',
      'Our newsroom depends on you. Please support us today.',
      'Remind me later.',
      'The company will report results next week.',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['BODY', 'Shares fell 3% on Monday.'],
      ['APPEAL', text.slice(text.indexOf('A Message'), text.indexOf('Remind me later.') + 16)],
      ['BODY', 'The company will report results next week.'],
    ]);
  });

  it('keeps the entries under a navigation heading with it', () => {
    const text =
      'Storm live\nKey events\n09:42 Ferry sailings cancelled\n09:15 Red warning extended\n09:42\nFerries stopped.';
    expect(kindsOf(text).map(([kind]) => kind)).toEqual(['BODY', 'NAVIGATION', 'BODY']);
    expect(kindsOf(text)[1]?.[1]).toBe('Key events\n09:42 Ferry sailings cancelled\n09:15 Red warning extended');
  });

  it('sets apart a pull quote that repeats the story', () => {
    const text =
      '"Our children will not remember the city," the governor said.\n“Our children will not remember the city.”\nTrains run daily.';
    expect(kindsOf(text).map(([kind]) => kind)).toEqual(['BODY', 'CHROME', 'BODY']);
  });

  it.each([
    'Match report and ratings: sign up to our Sports Daily newsletter, delivered every morning.',
    'Get the best of the week in your inbox. You can unsubscribe at any time.',
  ])('opens an appeal at a newsletter sign-up after a teaser: %s', (line) => {
    expect(kindsOf(`The club won 2-1 on Saturday.\n${line}`).map(([kind]) => kind)).toEqual(['BODY', 'APPEAL']);
  });

  it('keeps a story about a newsletter in the body', () => {
    const line = 'The council said 4,000 residents had signed up to its newsletter since May.';
    expect(kindsOf(line)).toEqual([['BODY', line]]);
  });

  it('ends an appeal at a cookie banner', () => {
    const text = 'Like this story? Sign up for our newsletter.\nWe use cookies on our site. Accept all';
    expect(findSections(text).map((s) => s.kind)).toEqual(['APPEAL', 'CHROME']);
  });

  it('leaves whitespace-only and empty text without sections', () => {
    expect(findSections('')).toEqual([]);
    expect(findSections(' \n\t\n')).toEqual([]);
  });
});
