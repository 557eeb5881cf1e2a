import type { Place } from '../model/places.ts';
import type { Candidate } from './types.ts';

/** A city below this population, not a capital, needs context to count as a place. */
export const PROMINENT_POPULATION = 100_000;
/** A city this large keeps its name even when the name is also a person's ("Sydney"). */
const MAJOR_POPULATION = 1_000_000;

export interface Resolved {
  candidate: Candidate;
  place: Place;
}

/**
 * Picks the place each candidate means, or drops it. Countries named in the text (and in
 * appositions) are the countries in focus: an ambiguous city name goes to the candidate in
 * focus unless a capital or a much larger city outweighs it ("Birmingham" in a US story is
 * Alabama's; "Paris" stays the French capital). Names that are also English words need a
 * locative context; names the text uses for a person need one too.
 */
export function resolvePlaces(
  text: string,
  candidates: readonly Candidate[],
  personNames: ReadonlySet<string>,
): Resolved[] {
  const surface = (c: Candidate) => text.slice(c.start, c.end).replace(/\s+/g, ' ');
  const focus = new Set<string>();
  for (const c of candidates) {
    if (c.apposition) focus.add(c.apposition);
    const best = c.places[0];
    if (best?.kind === 'COUNTRY' && (c.via === 'DEMONYM' || !personNames.has(surface(c)))) focus.add(best.countryCode);
  }
  // One reading per name: context found at any mention (except for English words) serves all of them.
  const support = new Map<string, { locative: boolean; apposition: string | null }>();
  for (const c of candidates) {
    const s = support.get(surface(c)) ?? { locative: false, apposition: null };
    support.set(surface(c), { locative: s.locative || c.locative, apposition: s.apposition ?? c.apposition });
  }

  const resolved: Resolved[] = [];
  for (const c of candidates) {
    const best = c.places[0];
    if (!best || c.via === 'FACILITY') continue;
    if (c.via === 'DEMONYM' || best.kind === 'COUNTRY') {
      if (c.via === 'DEMONYM' || !personNames.has(surface(c)) || c.locative || c.apposition)
        resolved.push({ candidate: c, place: best });
      continue;
    }
    const shared = support.get(surface(c)) ?? c;
    const context = best.homonym === 'WORD' ? c : shared;
    const apposition = context.apposition;
    const place = pickCity(c.places, focus, apposition);
    if (!place) continue;
    const backed = context.locative || apposition !== null;
    let keep: boolean;
    if (personNames.has(surface(c)) || place.homonym === 'WORD') keep = backed;
    else if (place.homonym === 'NAME')
      keep = backed || focus.has(place.countryCode) || place.population >= MAJOR_POPULATION;
    else
      keep =
        backed ||
        focus.has(place.countryCode) ||
        place.capitalOf !== undefined ||
        place.population >= PROMINENT_POPULATION;
    if (keep) resolved.push({ candidate: c, place });
  }
  return resolved;
}

function pickCity(places: readonly Place[], focus: ReadonlySet<string>, apposition: string | null): Place | undefined {
  let best: Place | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of places) {
    if (p.kind === 'COUNTRY') continue;
    const score =
      Math.log10(p.population + 1) +
      (p.capitalOf ? 2 : 0) +
      (focus.has(p.countryCode) ? 1.5 : 0) +
      (apposition === p.countryCode ? 10 : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
