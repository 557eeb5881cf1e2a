import { describe, expect, it } from 'vitest';
import { keywordInContext } from './kwic.ts';

describe('keywordInContext', () => {
  const text = 'The minister said on Monday that the bridge would reopen next week after repairs.';
  const start = text.indexOf('bridge');

  it('slices the keyword at its offsets and keeps whole words around it', () => {
    const kwic = keywordInContext(text, start, start + 6, 15);
    expect(kwic.keyword).toBe('bridge');
    expect(kwic.before).toBe('…that the ');
    expect(kwic.after).toBe(' would reopen…');
  });

  it('adds no ellipsis when the context reaches the ends of the text', () => {
    const kwic = keywordInContext(text, start, start + 6, 500);
    expect(kwic.before + kwic.keyword + kwic.after).toBe(text);
  });

  it('puts newlines on one line', () => {
    const kwic = keywordInContext('First line.\nSecond', 12, 18);
    expect(kwic).toEqual({ before: 'First line. ', keyword: 'Second', after: '' });
  });

  it('handles a keyword at the very start', () => {
    expect(keywordInContext('Alpha beta', 0, 5, 3)).toEqual({ before: '', keyword: 'Alpha', after: '…' });
  });
});
