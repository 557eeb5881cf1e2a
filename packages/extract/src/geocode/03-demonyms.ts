import { DEMONYM_PLACE_NOUNS } from '../model/place-context.ts';
import { countryByCode, countryOfDemonym, regionOfAdjective } from '../model/places.ts';
import type { Sentence } from '../types.ts';
import { isCapitalized, joined } from './tokens.ts';
import type { Candidate } from './types.ts';

/**
 * A demonym that names the country's land: "the annexed Ukrainian peninsula", "on Russian soil";
 * likewise a region's adjective: "the Crimean peninsula", "the Californian coast".
 * Not "Belarusian President" or "Russian forces", where it describes people or institutions.
 */
export function findDemonyms(text: string, sentence: Sentence, taken: ReadonlySet<number>): Candidate[] {
  const { tokens } = sentence;
  const found: Candidate[] = [];
  // Find the place noun first (rare), then look back for the demonym: "South Korean" before "Korean".
  for (let n = 1; n < tokens.length; n++) {
    const noun = tokens[n];
    // Exact text: the noun after a demonym is lower-case in running text.
    if (!noun || !DEMONYM_PLACE_NOUNS.has(noun.text)) continue;
    for (const width of [2, 1]) {
      const i = n - width;
      const first = tokens[i];
      const last = tokens[n - 1];
      if (!first || !last || !isCapitalized(first) || taken.has(i) || taken.has(n - 1)) continue;
      if (!joined(text, last, noun) || (width === 2 && !joined(text, first, last))) continue;
      const word = text.slice(first.start, last.end).replace(/\s+/g, ' ');
      const code = countryOfDemonym(word);
      const place = (code ? countryByCode(code)?.place : undefined) ?? regionOfAdjective(word);
      if (!place) continue;
      found.push({
        start: first.start,
        end: last.end,
        sentence,
        first: i,
        last: n - 1,
        via: 'DEMONYM',
        places: [place],
        locative: true,
        region: false,
        apposition: null,
      });
      break;
    }
  }
  return found;
}
