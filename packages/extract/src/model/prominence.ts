// How likely a place is meant when only its name is known. Shared by the gazetteer builder
// (which orders the places of each name) and the geocode stage (which adds context to it).

export interface Ranked {
  kind: 'COUNTRY' | 'CITY' | 'REGION';
  population: number;
  featureCode: string;
  capitalOf?: string;
  sharesCityName?: true;
}

/**
 * The order of magnitude of the population, raised for capitals and first-order seats,
 * lowered for a region that shares a city's name and for a name that is only another
 * language's name for the place ("Geneva" is the Swiss city's alternate name but a US town's
 * own). Countries come before all of these.
 */
export function prominenceOf(p: Ranked, alternateName = false): number {
  if (p.kind === 'COUNTRY') return 100;
  return (
    Math.log10(p.population + 1) +
    (p.capitalOf ? 2 : 0) +
    (p.featureCode === 'PPLA' ? 0.5 : 0) -
    (p.sharesCityName ? 1 : 0) -
    (alternateName ? 1 : 0)
  );
}

/**
 * A name that is the first words of the place's own name, as text shortens it: "Newcastle" for
 * Newcastle upon Tyne, "Stoke" for Stoke-on-Trent. Unlike another language's name, it is the
 * place's own.
 */
export function isShortForm(name: string, placeName: string): boolean {
  return placeName.startsWith(`${name} `) || placeName.startsWith(`${name}-`);
}
