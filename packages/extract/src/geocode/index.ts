import type { Location, Sentence } from '../types.ts';
import { findFacilities } from './01-facilities.ts';
import { findNames } from './02-names.ts';
import { findDemonyms } from './03-demonyms.ts';
import { dropClubs } from './04-clubs.ts';
import { resolvePlaces } from './05-resolve.ts';
import { groupLocations } from './06-locations.ts';
import type { Candidate } from './types.ts';

/**
 * Countries, cities and facilities named in the news body (sentences of other sections are
 * skipped), geocoded with the offline gazetteer: one Location per place with all its mentions.
 * Facilities claim their tokens first, then gazetteer names, then demonyms used for a
 * country's land; towns a sports report names as clubs are dropped; the names are then resolved
 * against the countries in focus.
 */
export function findLocations(text: string, sentences: Sentence[]): Location[] {
  const facilities: Candidate[] = [];
  const named: Candidate[] = [];
  const ownerNames = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.sectionKind !== 'BODY') continue;
    const taken = new Set<number>();
    const claim = (found: Candidate[]) => {
      for (const c of found) for (let i = c.first; i <= c.last; i++) taken.add(i);
      return found;
    };
    facilities.push(...claim(findFacilities(text, sentence)));
    named.push(...claim(findNames(text, sentence, taken, ownerNames)));
    named.push(...claim(findDemonyms(text, sentence, taken)));
  }
  return groupLocations(text, resolvePlaces(text, dropClubs(text, sentences, named), ownerNames), facilities);
}
