import { countryByCode, countryOfDemonym, lookupPlace } from '../model/places.ts';
import type { PlaceFacts, PlaceLookup } from './places.ts';

// The stages ask about the same words many times; answers never change, so they are kept.
const placeCache = new Map<string, PlaceFacts | null>();
const demonymCache = new Map<string, string | null>();

/** The offline gazetteer as the actor stages see it; a city whose name is also a common word or a person's name is not taken for a place. */
export const gazetteerPlaces: PlaceLookup = {
  lookupPlace(name) {
    let facts = placeCache.get(name);
    if (facts === undefined) {
      const place = lookupPlace(name);
      facts =
        !place || (place.kind === 'CITY' && place.homonym)
          ? null
          : { kind: place.kind, countryCode: place.countryCode, capitalOf: place.capitalOf ?? null };
      if (placeCache.size < 50_000) placeCache.set(name, facts);
    }
    return facts;
  },
  countryOfDemonym(word) {
    let code = demonymCache.get(word);
    if (code === undefined) {
      // A country named in the plural takes its singular as adjective: "Philippine" (Philippines).
      const plural = /^[A-Z][a-z]+[^s]$/.test(word) ? lookupPlace(`${word}s`) : undefined;
      code = countryOfDemonym(word) ?? (plural?.kind === 'COUNTRY' ? plural.countryCode : null);
      if (demonymCache.size < 50_000) demonymCache.set(word, code);
    }
    return code;
  },
  countryName: (code) => countryByCode(code)?.name ?? null,
};
