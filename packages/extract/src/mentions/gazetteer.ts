import { countryByCode, countryOfDemonym, lookupPlace } from '../model/places.ts';
import type { PlaceLookup } from './places.ts';

/** The offline gazetteer as the actor stages see it; a city whose name is also a common word or a person's name is not taken for a place. */
export const gazetteerPlaces: PlaceLookup = {
  lookupPlace(name) {
    const place = lookupPlace(name);
    if (!place || (place.kind === 'CITY' && place.homonym)) return null;
    return { kind: place.kind, countryCode: place.countryCode, capitalOf: place.capitalOf ?? null };
  },
  countryOfDemonym: (word) => countryOfDemonym(word) ?? null,
  countryName: (code) => countryByCode(code)?.name ?? null,
};
