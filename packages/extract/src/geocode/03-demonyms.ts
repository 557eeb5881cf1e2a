import { DEMONYM_PLACE_NOUNS } from '../model/place-context.ts';
import { countryByCode, countryOfDemonym } from '../model/places.ts';
import type { Sentence } from '../types.ts';
import { joined, lower } from './tokens.ts';
import type { Candidate } from './types.ts';

/**
 * A demonym that names the country's land: "the annexed Ukrainian peninsula", "on Russian soil".
 * Not "Belarusian President" or "Russian forces", where it describes people or institutions.
 */
export function findDemonyms(text: string, sentence: Sentence, taken: ReadonlySet<number>): Candidate[] {
  const { tokens } = sentence;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    // "South Korean" before "Korean": two-word demonyms first.
    for (const width of [2, 1]) {
      const first = tokens[i];
      const last = tokens[i + width - 1];
      const noun = tokens[i + width];
      if (!first || !last || !noun || taken.has(i + width - 1)) continue;
      if (width === 2 && !joined(text, first, last)) continue;
      const code = countryOfDemonym(text.slice(first.start, last.end).replace(/\s+/g, ' '));
      const country = code ? countryByCode(code) : undefined;
      if (!country || !joined(text, last, noun) || !DEMONYM_PLACE_NOUNS.has(lower(noun))) continue;
      found.push({
        start: first.start,
        end: last.end,
        sentence,
        first: i,
        last: i + width - 1,
        via: 'DEMONYM',
        places: [country.place],
        locative: true,
        region: false,
        apposition: null,
      });
      i += width - 1;
      break;
    }
  }
  return found;
}
