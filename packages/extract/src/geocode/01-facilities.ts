import { FACILITY_HEADS, FACILITY_QUALIFIED_HEADS } from '../model/place-context.ts';
import {
  airportNamed,
  countryByCode,
  countryOfDemonym,
  lookupPlaces,
  type Place,
  regionOfAdjective,
} from '../model/places.ts';
import type { Sentence } from '../types.ts';
import { isCapitalized, joined, lower } from './tokens.ts';
import type { Candidate } from './types.ts';

/**
 * Facilities named by a capitalized run ending in a facility head: "Crimean Bridge",
 * "Zaporizhzhia Nuclear Power Plant", "Sheremetyevo Airport". The place named inside the run
 * (a city, a country, a demonym or a region's adjective), if any, gives the facility its
 * country, and a city or region its approximate point; airports have their own (see
 * 06-locations.ts). No package on the npm registry ships GeoNames' non-populated features
 * (bridges, plants: the BDG, PS codes), so another facility without a place in its name has no
 * coordinates.
 */
export function findFacilities(text: string, sentence: Sentence): Candidate[] {
  const { tokens } = sentence;
  const found: Candidate[] = [];
  for (let last = 1; last < tokens.length; last++) {
    const head = tokens[last];
    if (!head || !FACILITY_HEADS.has(lower(head))) continue;
    // "Heathrow airport": a lower-case head names a facility only for an airport the data knows.
    const lowerAirport = !isCapitalized(head) && lower(head) === 'airport';
    if (!isCapitalized(head) && !lowerAirport) continue;
    // The head ends the name: "Madison Square Garden" is not a square.
    const after = tokens[last + 1];
    if (after && isCapitalized(after) && joined(text, head, after)) continue;
    let first = last;
    while (first > 0) {
      const before = tokens[first - 1];
      const at = tokens[first];
      if (!before || !at || !isCapitalized(before) || !joined(text, before, at)) break;
      first--;
    }
    const start = tokens[first];
    if (start && lower(start) === 'the') first++;
    if (first >= last) continue;
    const qualifiers = FACILITY_QUALIFIED_HEADS.get(lower(head));
    let nameEnd = last - 1;
    if (qualifiers) {
      if (!qualifiers.has(lower(tokens[last - 1]))) continue;
      while (nameEnd >= first && qualifiers.has(lower(tokens[nameEnd]))) nameEnd--;
    }
    const from = tokens[first];
    if (!from) continue;
    if (lowerAirport && !airportNamed(`${text.slice(from.start, tokens[last - 1]?.end).replace(/\s+/g, ' ')} Airport`))
      continue;
    found.push({
      start: from.start,
      end: head.end,
      sentence,
      first,
      last,
      via: 'FACILITY',
      places: nameEnd >= first ? placesIn(text.slice(from.start, tokens[nameEnd]?.end).replace(/\s+/g, ' ')) : [],
      locative: true,
      region: false,
      apposition: null,
    });
  }
  return found;
}

function placesIn(qualifier: string): readonly Place[] {
  const named = lookupPlaces(qualifier);
  if (named.length) return named;
  const code = countryOfDemonym(qualifier);
  const place = (code ? countryByCode(code)?.place : undefined) ?? regionOfAdjective(qualifier);
  return place ? [place] : [];
}
