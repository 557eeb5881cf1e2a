import { describe, expect, it } from 'vitest';
import { readActorFilters, readStatementFilters, writeActorFilters, writeStatementFilters } from './filters.ts';

describe('readActorFilters', () => {
  it.each([
    ['', {}],
    ['kind=PERSON', { kind: 'PERSON' }],
    ['kind=person', {}],
    ['kind=ALIEN&q=%20putin%20', { search: 'putin' }],
    ['q=%20%20', {}],
  ])('%s', (query, expected) => {
    const filters = readActorFilters(new URLSearchParams(query));
    expect(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it('writes the filters under their URL names and omits blanks', () => {
    expect(writeActorFilters({ kind: 'GROUP', search: ' Hamas ' }).toString()).toBe('kind=GROUP&q=Hamas');
    expect(writeActorFilters({ search: '  ' }).toString()).toBe('');
    expect(readActorFilters(writeActorFilters({ kind: 'STATE', search: 'Minsk' }))).toEqual({
      kind: 'STATE',
      search: 'Minsk',
    });
  });
});

describe('statement filters', () => {
  it('reads every filter and drops invalid kinds and blanks', () => {
    const params = new URLSearchParams('speaker=QWN0b3I6MQ&kind=DIRECT&cue=said&article=QXJ0&q=border');
    expect(readStatementFilters(params)).toEqual({
      speaker: 'QWN0b3I6MQ',
      kind: 'DIRECT',
      cue: 'said',
      articleId: 'QXJ0',
      search: 'border',
    });
    expect(readStatementFilters(new URLSearchParams('kind=SHOUTED&cue=+'))).toEqual({
      speaker: undefined,
      kind: undefined,
      cue: undefined,
      articleId: undefined,
      search: undefined,
    });
  });

  it('round-trips through the URL and omits empty values', () => {
    const filters = { kind: 'PARTIAL' as const, cue: 'claimed', search: '', articleId: 'A1' };
    const params = writeStatementFilters(filters);
    expect(params.toString()).toBe('kind=PARTIAL&cue=claimed&article=A1');
    expect(readStatementFilters(params)).toMatchObject({ kind: 'PARTIAL', cue: 'claimed', articleId: 'A1' });
  });
});
