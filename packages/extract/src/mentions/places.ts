/**
 * What the mention and actor stages need to know about places. The geocode stage's
 * gazetteer provides it (see pipeline.ts); tests pass small tables.
 */
export interface PlaceFacts {
  kind: 'COUNTRY' | 'CITY' | 'REGION' | 'FACILITY' | 'OTHER';
  countryCode: string | null;
  /** The country whose capital this city is. */
  capitalOf: string | null;
}

export interface PlaceLookup {
  lookupPlace(name: string): PlaceFacts | null;
  /** "Belarusian" -> "BY". */
  countryOfDemonym(word: string): string | null;
  /** "BY" -> "Belarus". */
  countryName(code: string): string | null;
}

export const NO_PLACES: PlaceLookup = {
  lookupPlace: () => null,
  countryOfDemonym: () => null,
  countryName: () => null,
};
