import { PERSONAL_PRONOUNS } from '../model/common-words.ts';
import { ORG_REFERENCE_NOUNS } from '../model/organizations.ts';
import { NATIONALITY_NOUN, ROLE_HEADS } from '../model/titles.ts';
import type { Unit } from './01-units.ts';
import type { SentenceContext } from './03-classify.ts';
import { newCandidate } from './candidate.ts';
import type { Candidate } from './types.ts';

const base = (ctx: SentenceContext, unit: Unit, start: number, end: number): Candidate =>
  newCandidate({
    start,
    end,
    text: ctx.text.slice(start, end),
    sentence: ctx.sentence,
    role: 'PRONOUN',
    kind: 'PERSON',
    name: '',
    sentenceInitial: unit.sentenceInitial,
    inQuote: unit.inQuote,
  });

/** He/she and their forms outside quotes (inside, they belong to the quoted speaker's world). */
export function findPronouns(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  for (const unit of ctx.units) {
    const gender = PERSONAL_PRONOUNS.get(unit.lower);
    if (!gender || unit.inQuote) continue;
    found.push({
      ...base(ctx, unit, unit.start, unit.end),
      gender,
      subject: unit.lower === 'he' || unit.lower === 'she',
    });
  }
  return found;
}

const MAX_MODIFIERS = 4;
/** "the German government" is the state, found with the names. */
const GOVERNMENT = new Set(['government', 'administration', 'authorities', 'cabinet']);
const BASED = /^\p{L}+(?:-\p{L}+)*-based$/u;
/** Words that carry a capitalised noun on into a name ("the Commission on Human Rights"). */
const NAME_LINKS = new Set(['of', 'on', 'for']);
const AGE = /^\d{1,3}-year-old$/;
/** Nouns for people by what they study or do: agronomist, historian, epidemiologist. */
const PERSON_NOUN = /(?:ist|ian|ologist)$/;

const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** Scopes a superlative is measured in: "the world's largest", "the country's biggest". */
const SCOPE_NOUNS = new Set([
  'world',
  'country',
  'nation',
  'region',
  'continent',
  'industry',
  'sector',
  'city',
  'state',
]);
const MEASURES = new Set([
  'sales',
  'revenue',
  'revenues',
  'volume',
  'output',
  'assets',
  'deliveries',
  'value',
  'capitalisation',
  'capitalization',
  'production',
  'market',
  'population',
  'area',
]);

const isSuperlative = (unit: Unit): boolean =>
  unit.lower === 'top' || unit.lower === 'leading' || (unit.pos === 'ADJ' && /\p{L}{2}est$/u.test(unit.lower));

/** "WORLD" for a general scope, the country's code for "Japan's", null when the word is no scope. */
function scopeOf(unit: Unit, places: SentenceContext['places']): string | null {
  if (!unit.capitalized) return SCOPE_NOUNS.has(unit.lower) ? 'WORLD' : null;
  const place = places.lookupPlace(unit.text);
  return place?.kind === 'COUNTRY' ? place.countryCode : null;
}

/** Index of the last unit of "by sales", "by market value" after the head at `j`, else `j`. */
function measureAfter(units: Unit[], j: number): number {
  if (units[j + 1]?.lower !== 'by' || !MEASURES.has(units[j + 2]?.lower ?? '')) return j;
  return MEASURES.has(units[j + 3]?.lower ?? '') ? j + 3 : j + 2;
}

/** An organisation noun ends the phrase unless a noun follows it ("the party leader", "the bank's"). */
function endsPhrase(units: Unit[], j: number, det: number): boolean {
  const next = units[j + 1];
  if (j === det + 1) return true;
  return !(next && !next.capitalized && (next.pos === 'NOUN' || ROLE_HEADS.has(next.lower)));
}

/**
 * "the long-serving Belarusian leader": a determiner, a few modifiers (adjectives, demonyms)
 * and a role noun, not followed by a name (that would be a title) or "of".
 */
export function findDescriptions(ctx: SentenceContext): Candidate[] {
  const { units, places } = ctx;
  const found: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const det = units[i] as Unit;
    // "Japan's biggest carmaker": a country's possessive stands where "the" would.
    const owner = POSSESSIVE_MARKS.has(units[i + 1]?.lower ?? '') ? scopeOf(det, places) : null;
    const ownedByCountry = owner !== null && owner !== 'WORLD';
    if ((det.lower !== 'the' && !ownedByCountry) || det.inQuote) continue;
    let countryCode: string | null = ownedByCountry ? owner : null;
    let j = ownedByCountry ? i + 2 : i + 1;
    let scoped = ownedByCountry;
    for (; j < units.length && j - i <= MAX_MODIFIERS + 1; j++) {
      const unit = units[j] as Unit;
      // "the world's largest carmaker", "the country's top diplomat": a scope in the possessive.
      const scope = POSSESSIVE_MARKS.has(units[j + 1]?.lower ?? '') ? scopeOf(unit, places) : null;
      if (scope) {
        scoped = true;
        if (scope !== 'WORLD') countryCode = scope;
        j += 1;
        continue;
      }
      if (
        (ROLE_HEADS.has(unit.lower) || (ORG_REFERENCE_NOUNS.has(unit.lower) && endsPhrase(units, j, i))) &&
        !unit.capitalized
      )
        break;
      // "the Cupertino, California-based company": a place-based compound describes, past its city.
      if (unit.capitalized && units[j + 1]?.lower === ',' && BASED.test(units[j + 2]?.lower ?? '')) {
        j += 1;
        continue;
      }
      const demonym = unit.capitalized ? places.countryOfDemonym(unit.text) : null;
      if (demonym) countryCode = demonym;
      else if (BASED.test(unit.lower)) continue;
      else if (unit.capitalized || !/^(ADJ|VERB|NOUN|NUM)$/.test(unit.pos) || !/^[\p{Ll}\d]/u.test(unit.text)) break;
    }
    const head = units[j];
    // Only a superlative in a scope picks out one organisation: "the world's largest carmaker";
    // "the country's consumer agency" is some body of that country, not one named before.
    const inScope = scoped;
    scoped &&= units.slice(i + 1, j).some(isSuperlative);
    if (inScope && !scoped) continue;
    // "the world's largest carmaker by sales": the measure of a superlative belongs to it.
    const measured = scoped && head ? measureAfter(units, j) : j;
    const tail = units[measured] ?? head;
    const after = units[measured + 1];
    // "the Dutchman added", "the Brazilian scored": a nationality standing for a person.
    const nationality = units[i + 1];
    const verbAfter = units[i + 2];
    // ("the Swedish streaming company": a modifier and a noun follow, so no verb.)
    const nounAfter = units[i + 3];
    const modifies = Boolean(
      nounAfter &&
        !nounAfter.capitalized &&
        (ORG_REFERENCE_NOUNS.has(nounAfter.lower) || ROLE_HEADS.has(nounAfter.lower)),
    );
    if (
      nationality?.capitalized &&
      verbAfter &&
      !modifies &&
      /^(VERB|AUX)$/.test(verbAfter.pos) &&
      !verbAfter.capitalized &&
      (NATIONALITY_NOUN.test(nationality.text) || places.countryOfDemonym(nationality.text))
    ) {
      found.push({
        ...base(ctx, det, det.start, nationality.end),
        role: 'DESCRIPTION',
        roleHead: 'person',
        countryCode: places.countryOfDemonym(nationality.text),
        subject: true,
      });
      i += 1;
      continue;
    }
    // "the company said", "the German engineering group said": an organisation noun after "the"
    // (and, as the subject of a verb, a few modifiers); "the Commission on X" is part of a name.
    const orgSubject = Boolean(after && /^(VERB|AUX)$/.test(after.pos) && !after.capitalized);
    if (
      head &&
      ORG_REFERENCE_NOUNS.has(head.lower) &&
      (j === i + 1 || ((orgSubject || scoped) && !head.capitalized && !GOVERNMENT.has(head.lower))) &&
      !(after?.capitalized || (after && NAME_LINKS.has(after.lower)))
    ) {
      found.push({
        ...base(ctx, det, det.start, (tail ?? head).end),
        role: 'DESCRIPTION',
        kind: 'ORGANIZATION',
        roleHead: head.lower,
        subject: Boolean(after && /^(VERB|AUX)$/.test(after.pos)),
      });
      i = measured;
      continue;
    }
    if (!head || !ROLE_HEADS.has(head.lower) || head.capitalized) {
      // "the 29-year-old agronomist", "the epidemiologist": a person, whatever the noun.
      const last = units[j - 1];
      const aged = units.slice(i + 1, j).some((u) => AGE.test(u.lower));
      if (last && j - 1 > i && last.pos === 'NOUN' && !last.inQuote && (aged || PERSON_NOUN.test(last.lower))) {
        found.push({
          ...base(ctx, det, det.start, last.end),
          role: 'DESCRIPTION',
          roleHead: 'person',
          title: units
            .slice(i + 1, j)
            .map((u) => u.text)
            .join(' '),
          subject: Boolean(head && /^(VERB|AUX)$/.test(head.pos)),
        });
        i = j - 1;
      }
      continue;
    }
    if (after && (after.capitalized || after.lower === 'of')) continue;
    const modifiers = units.slice(i + 1, j).map((u) => u.text);
    found.push({
      ...base(ctx, det, det.start, head.end),
      role: 'DESCRIPTION',
      roleHead: head.lower,
      title: [...modifiers, head.text].join(' '),
      countryCode,
      subject: Boolean(after && /^(VERB|AUX)$/.test(after.pos)),
    });
    i = j;
  }
  return found;
}
