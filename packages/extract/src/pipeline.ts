import type { Extraction, ExtractOptions } from './types.ts';

// Placeholder until the stages land: the whole text as one BODY section.
export function extract(text: string, _options: ExtractOptions = {}): Extraction {
  return {
    sections: text.length ? [{ kind: 'BODY', start: 0, end: text.length }] : [],
    actors: [],
    locations: [],
    statements: [],
    relations: [],
  };
}
