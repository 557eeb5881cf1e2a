import { isAlternateName, type Place, prominenceAs, regionsNamed } from '../model/places.ts';
import { firstWordIndex } from './tokens.ts';
import type { Candidate } from './types.ts';

/** A city below this population, not a capital, needs context to count as a place. */
export const PROMINENT_POPULATION = 100_000;
/** The most a country in focus adds to a place's prominence (an order of magnitude is 1). */
const MAX_FOCUS_WEIGHT = 2;
/**
 * What a first-order region in focus adds on top of its country: "Salem" in a story that names
 * Massachusetts is Salem, Massachusetts, though Oregon's capital is larger; not enough to pass
 * a capital ("London" in a story about Ontario stays the British capital).
 */
const REGION_FOCUS_WEIGHT = 1.2;
/** A city this large keeps its name even when the name is also a person's ("Sydney"). */
const MAJOR_POPULATION = 1_000_000;

/** The first place name, in capitals, opening its sentence: "WASHINGTON (AP) —", "LONDON —". */
function isDateline(text: string, c: Candidate): boolean {
  const name = text.slice(c.start, c.end);
  return c.first === firstWordIndex(c.sentence) && name.length > 2 && name === name.toUpperCase();
}

const regionKey = (p: Place): string | null => (p.admin1 && p.countryCode ? `${p.countryCode}.${p.admin1}` : null);

export interface Resolved {
  candidate: Candidate;
  place: Place;
}

interface Support {
  locative: boolean;
  region: boolean;
  apposition: string | null;
}

/**
 * Picks the place each candidate means, or drops it. The countries in focus are those the
 * text names (in running text or appositions), those of unambiguous prominent cities and the
 * dateline's; the first-order regions in focus those it names and those of its towns. An
 * ambiguous name leans to the candidate in focus, the more the more names back it, unless a
 * capital or a much larger place outweighs it ("Birmingham" in a US story is Alabama's; "Salem"
 * after Massachusetts is Massachusetts'; "Paris" stays the French capital).
 * Names that are also English words or people's names need a locative context (a city of a
 * million keeps a person's name: "Sydney"); small towns need context or a country in focus.
 */
export function resolvePlaces(
  text: string,
  candidates: readonly Candidate[],
  ownerNames: ReadonlySet<string>,
): Resolved[] {
  const surfaces = new Map(candidates.map((c) => [c, text.slice(c.start, c.end).replace(/\s+/g, ' ')]));
  const surface = (c: Candidate) => surfaces.get(c) ?? '';
  // One reading per name: context found at any mention serves all of them (not for English words).
  const support = new Map<string, Support>();
  for (const c of candidates) {
    const s = support.get(surface(c));
    support.set(surface(c), {
      locative: (s?.locative ?? false) || c.locative,
      region: (s?.region ?? false) || c.region,
      apposition: s?.apposition ?? c.apposition,
    });
  }
  const contextOf = (c: Candidate): Support => (c.places[0]?.homonym === 'WORD' ? c : (support.get(surface(c)) ?? c));

  // Which names put each country in focus.
  const focusBy = new Map<string, Set<string>>();
  // The dateline ("GLASGOW —") says where the story is: it counts as two names, and its best
  // reading counts even when the name is ambiguous.
  const dateline = candidates[0] && isDateline(text, candidates[0]) ? candidates[0] : undefined;
  const addFocus = (code: string | null, c: Candidate) => {
    if (!code) return;
    const names = (focusBy.get(code) ?? new Set()).add(surface(c));
    if (c === dateline) names.add(`${surface(c)} (dateline)`);
    focusBy.set(code, names);
  };
  for (const c of candidates) {
    if (c.apposition) addFocus(c.apposition, c);
    const best = c.places[0];
    if (best?.kind === 'COUNTRY' && (c.via === 'DEMONYM' || !ownerNames.has(surface(c)))) addFocus(best.countryCode, c);
  }
  // Which names put each first-order region ("US.OR") in focus: the region's own, its towns'.
  const regionFocusBy = new Map<string, Set<string>>();
  for (const c of candidates) {
    const codes = new Set(c.places.map((p) => p.countryCode));
    const [code] = codes;
    if (c.via !== 'NAME' || c.places[0]?.kind === 'COUNTRY' || !code || (codes.size > 1 && c !== dateline)) continue;
    const place = choose(c, contextOf(c), new Set());
    if (!place || !keep(c, place, contextOf(c), new Set())) continue;
    addFocus(place.countryCode, c);
    const region = regionKey(place);
    if (region) regionFocusBy.set(region, (regionFocusBy.get(region) ?? new Set()).add(surface(c)));
  }
  const focus = new Set<string | null>(focusBy.keys());

  const resolved: Resolved[] = [];
  for (const c of candidates) {
    const context = contextOf(c);
    const place = choose(c, context, focus);
    if (place && keep(c, place, context, focus)) resolved.push({ candidate: c, place });
  }
  return resolved;

  /**
   * How much a country in focus draws an ambiguous name: more the more other names of it the
   * text gives ("Newcastle" after Sunderland, Leeds and England is the English city, though
   * South Africa's is larger), never enough to pass a capital ("Paris" in a Texan story).
   */
  function focusWeight(code: string | null, name: string): number {
    const others = [...(code === null ? [] : (focusBy.get(code) ?? []))].filter((n) => n !== name).length;
    return Math.min(MAX_FOCUS_WEIGHT, Math.max(1, 0.5 + others / 2));
  }

  /** The place lies in a first-order region that some other name than `name` puts in focus. */
  function inRegionFocus(p: Place, name: string): boolean {
    const region = regionKey(p);
    return region !== null && [...(regionFocusBy.get(region) ?? [])].some((n) => n !== name);
  }

  /** In focus through some other name than `name`. */
  function focusedBesides(code: string | null, name: string): boolean {
    return code !== null && [...(focusBy.get(code) ?? [])].some((n) => n !== name);
  }

  function choose(c: Candidate, context: Support, inFocus: ReadonlySet<string | null>): Place | undefined {
    const best = c.places[0];
    if (!best || c.via === 'FACILITY') return undefined;
    if (c.via === 'DEMONYM') return best;
    if (best.kind === 'COUNTRY') {
      // "Georgia's governor ... Atlanta": a region named like a country, in the country in focus.
      const name = surface(c);
      const region = regionsNamed(name).find(
        (r) => focusedBesides(r.countryCode, name) && !focusedBesides(best.countryCode, name),
      );
      return region ?? best;
    }
    let chosen: Place | undefined;
    let top = Number.NEGATIVE_INFINITY;
    const name = surface(c);
    for (const p of c.places) {
      const score =
        prominenceAs(name, p) +
        (inFocus.has(p.countryCode) ? focusWeight(p.countryCode, name) : 0) +
        (inFocus.size && inRegionFocus(p, name) ? REGION_FOCUS_WEIGHT : 0) +
        (context.apposition === p.countryCode ? 10 : 0) +
        (context.region && p.kind === 'REGION' ? 3 : 0);
      if (score > top) {
        chosen = p;
        top = score;
      }
    }
    return chosen;
  }

  function keep(c: Candidate, place: Place, context: Support, inFocus: ReadonlySet<string | null>): boolean {
    const backed = context.locative || context.region || context.apposition !== null;
    const asName = ownerNames.has(surface(c));
    if (c.via === 'DEMONYM') return true;
    if (place.kind === 'COUNTRY') return !asName || backed;
    if (asName || place.homonym === 'WORD') return backed;
    // A county or district ("Knox", "Hume": Melbourne's councils) needs a place's context or its country in focus.
    if (place.featureCode === 'ADM2') return backed || (!place.homonym && inFocus.has(place.countryCode));
    // "Obama said" in a story about Japan is still the president.
    if (place.homonym === 'NAME') return backed || place.population >= MAJOR_POPULATION;
    // Another language's name ("Hamas" is Lithuanian for Hamm) needs support unless the city is large.
    if (isAlternateName(surface(c), place))
      return backed || inFocus.has(place.countryCode) || place.population >= MAJOR_POPULATION;
    return (
      backed ||
      inFocus.has(place.countryCode) ||
      place.capitalOf !== undefined ||
      place.population >= PROMINENT_POPULATION
    );
  }
}
