import { INSTITUTION_HEADS, INSTITUTION_MODIFIERS } from '../model/organizations.ts';
import type { Unit } from './01-units.ts';
import type { Chunk } from './02-chunks.ts';
import type { SentenceContext } from './03-classify.ts';
import { newCandidate } from './candidate.ts';
import type { Candidate } from './types.ts';

const MAX_MODIFIERS = 3;
/** A town's own bodies: "Leeds's city council", "the town's council". */
const TOWN_MODIFIERS = new Set(['city', 'town', 'municipal', 'borough', 'district']);
const TOWN_HEADS = new Set(['council']);
const titleCase = (words: string[]) => words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ');

/**
 * "Brazil's central bank", "China's foreign ministry": a country's institution named in lower case.
 * The name follows the formal pattern ("Central Bank of Brazil"); the mention spans the possessive.
 * A town's council likewise ("Porto City Council").
 */
export function findCountryInstitutions(chunks: Chunk[], ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of chunks) {
    if (!chunk.possessive || chunk.units.length > 3) continue;
    const owner = ctx.text.slice((chunk.units[0] as Unit).start, (chunk.units.at(-1) as Unit).end);
    const place = ctx.places.lookupPlace(owner);
    const town = place?.kind === 'CITY';
    if ((place?.kind !== 'COUNTRY' && !town) || !place?.countryCode) continue;
    const country = ctx.places.countryName(place.countryCode) ?? owner;
    let j = chunk.last + 2;
    const words: Unit[] = [];
    const modifiers = town ? TOWN_MODIFIERS : INSTITUTION_MODIFIERS;
    while (j < ctx.units.length && words.length < MAX_MODIFIERS) {
      const unit = ctx.units[j] as Unit;
      if (unit.capitalized || !modifiers.has(unit.lower)) break;
      words.push(unit);
      j++;
    }
    const head = ctx.units[j];
    if (!head || head.capitalized || !(town ? TOWN_HEADS : INSTITUTION_HEADS).has(head.lower)) continue;
    const start = (chunk.units[0] as Unit).start;
    const body = titleCase([...words.map((u) => u.lower), head.lower]);
    found.push(
      newCandidate({
        start,
        end: head.end,
        text: ctx.text.slice(start, head.end),
        sentence: ctx.sentence,
        kind: 'ORGANIZATION',
        // "Porto's city council" is "Porto City Council", as towns name theirs.
        name: town ? `${owner} ${body}` : `${body} of ${country}`,
        roleHead: head.lower,
        countryCode: place.countryCode,
        sentenceInitial: (chunk.units[0] as Unit).sentenceInitial,
        inQuote: (chunk.units[0] as Unit).inQuote,
      }),
    );
  }
  return found;
}
