import { readFile } from 'node:fs/promises';
import { extract } from '@newsgraph/extract';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool } from './extract-pool.ts';

describe('ExtractPool', () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it('returns on worker threads what the extractor returns in-process', async () => {
    const seed = await readFile(new URL('../../seed/article.txt', import.meta.url), 'utf8');
    const texts = [seed, 'Jane Doe said on Monday that the bridge would reopen.', seed.slice(0, 500)];
    const results = await Promise.all(texts.map((text) => pool.extract(text, 'The Moscow Times')));
    expect(results).toEqual(texts.map((text) => extract(text, { publisher: 'The Moscow Times' })));
  });
});
