import { MONTHS, NEVER_NAMES, WEEKDAYS } from '../model/common-words.ts';
import { givenName } from '../model/given-names.ts';
import {
  ACRONYMS,
  GROUP_NOUNS,
  INSTITUTION_HEADS,
  INSTITUTIONS,
  ORG_REFERENCE_NOUNS,
  ORG_SUFFIXES,
  STATE_FORM_WORDS,
} from '../model/organizations.ts';
import { HONORIFICS, PERSON_NOUNS, ROLE_HEADS, ROLE_WORDS } from '../model/titles.ts';
import type { Unit } from './01-units.ts';
import type { PlaceLookup } from './places.ts';

/** A run of capitalised units, possibly joined by "of", "de", "&" ("Bank of England"). */
export interface Chunk {
  /** Unit indexes, inclusive. */
  first: number;
  last: number;
  units: Unit[];
  /** Followed by "'s" or a bare apostrophe ("Moscow's", "Belarus’"). */
  possessive: boolean;
  /** Ends in front of a possessive that splits it: "Russia" in "Russia's Prosecutor General's Office". */
  possessor: Chunk | null;
}

/** The word without a trailing full stop, lower-cased ("Mr." -> "mr"). */
export const bare = (unit: Unit): string => unit.lower.replace(/\.$/, '');

const CONNECTORS = new Set([
  'of',
  'de',
  'du',
  'da',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'von',
  'van',
  'der',
  'den',
  'ten',
  'ter',
  'te',
  'op',
  'zu',
  'af',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
  '&',
]);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Words of a military unit's name that an ordinal may open: "5th Fleet", "41st Infantry". */
const MILITARY_UNITS = new Set([
  'fleet',
  'army',
  'corps',
  'division',
  'brigade',
  'battalion',
  'regiment',
  'squadron',
  'airborne',
  'infantry',
  'armored',
  'armoured',
  'marine',
  'marines',
  'cavalry',
  'wing',
]);
/** Particles that come in pairs inside names, written in lower case there. */
const NAME_PARTICLE_PAIRS = new Set([
  'von der',
  'van der',
  'van den',
  'van de',
  'de la',
  'de las',
  'de los',
  'de le',
  'van het',
  'von und',
  'da la',
  'di la',
]);
const OPENER_TAGS = /^(?:VERB|NOUN|ADJ)$/;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

function knownWord(unit: Unit, places: PlaceLookup): boolean {
  const word = bare(unit);
  return (
    givenName(unit.text) !== null ||
    ROLE_WORDS.has(word) ||
    HONORIFICS.has(word) ||
    INSTITUTIONS.has(word) ||
    ACRONYMS.has(unit.text) ||
    places.countryOfDemonym(unit.text) !== null ||
    places.lookupPlace(unit.text) !== null
  );
}

/** Whether the word is capitalised inside a sentence somewhere else in the text (so it is a name). */
export function capitalisedElsewhere(unit: Unit, namesInText: ReadonlyMap<string, number>): boolean {
  return (namesInText.get(unit.text) ?? 0) > (unit.sentenceInitial ? 0 : 1);
}

/** Whether a unit can be part of a name. A capitalised sentence opener must be a proper noun or a known word. */
export function isNameUnit(unit: Unit, places: PlaceLookup): boolean {
  if (!unit.capitalized || unit.mixedCompound) return false;
  const word = bare(unit);
  if (MONTHS.has(word) || WEEKDAYS.has(word)) return false;
  // "WHO", "US": an upper-case acronym is a name even where the word is a function word.
  if (ACRONYMS.has(unit.text)) return true;
  if (NEVER_NAMES.has(word) && !HONORIFICS.has(word)) return false;
  if (unit.sentenceInitial) return unit.pos === 'PROPN' || knownWord(unit, places);
  return true;
}

/** Whether "X and Y" is one name: it ends in an organisation word, or the whole is a country. */
function joinsAcrossAnd(members: Unit[], units: Unit[], and: number, places: PlaceLookup): boolean {
  let end = and + 1;
  while (end + 1 < units.length && (units[end + 1] as Unit).capitalized) end++;
  const last = units[end] as Unit;
  const left = members.map((u) => u.text).join(' ');
  const whole = `${left} and ${units
    .slice(and + 1, end + 1)
    .map((u) => u.text)
    .join(' ')}`;
  if (places.lookupPlace(whole)?.kind === 'COUNTRY') return true;
  // "Bank of Ruritania and Corvala Group": two whole names, each with its own institution word.
  // (A lone word is no whole name: "Securities and Exchange Commission".)
  if (members.length > 1 && members.some(isInstitutionWord)) return false;
  // "Microsoft and Meta Platforms": a company's form ends the second of two names; a public body
  // ("the Food and Drug Administration") takes an article or ends in a word of government.
  const opener = units[and - members.length - 1];
  if (COMPANY_FORMS.has(bare(last)) && opener?.lower !== 'the') return false;
  return ORG_SUFFIXES.has(bare(last)) && end > and + 1 && places.lookupPlace(left) === null;
}

/** Last words of companies' names, which "X and Y" rarely shares: "Alphabet Inc", "Meta Platforms". */
const COMPANY_FORMS = new Set([
  'inc',
  'corp',
  'corporation',
  'ltd',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'co',
  'group',
  'holdings',
  'platforms',
  'technologies',
  'systems',
  'industries',
  'motors',
  'airlines',
  'airways',
  'partners',
  'capital',
  'ventures',
  'securities',
  'investments',
]);

/** Links that stay inside an institution's name after its head word ("Committee to Protect Journalists"). */
const INSTITUTION_LINKS = new Set(['for', 'on', 'and', 'to']);

/**
 * Function words that a name capitalises inside a sentence ("Doctors Without Borders", "Friends Of
 * The Earth"); in running text they are written in lower case, so a capital marks a name.
 */
const TITLE_CASE_LINKS = new Set(['without', 'for', 'of', 'on', 'to', 'against', 'the', 'and', 'in', 'at', 'with']);

/** A capitalised function word inside a sentence, with a name after it (past another such word). */
function titleCaseLink(units: Unit[], at: number, places: PlaceLookup): boolean {
  const link = units[at];
  if (!link?.capitalized || link.sentenceInitial || !TITLE_CASE_LINKS.has(link.lower)) return false;
  const after = units[at + 1];
  if (!after) return false;
  if (isNameUnit(after, places) && !after.sentenceInitial) return true;
  return TITLE_CASE_LINKS.has(after.lower) && after.capitalized && isNameUnit(units[at + 2] ?? after, places);
}

/**
 * Plural nouns for people that open the names of advocacy groups: "Physicians for Human Rights",
 * "Veterans for Peace", "Mothers Against Drunk Driving". ("Lawyers for X" are X's lawyers.)
 */
const GROUP_NAME_HEADS = new Set([
  'doctors',
  'physicians',
  'nurses',
  'scientists',
  'engineers',
  'veterans',
  'students',
  'parents',
  'mothers',
  'families',
  'friends',
  'citizens',
  'reporters',
  'journalists',
  'teachers',
  'women',
  'farmers',
  'grandmothers',
]);
const GROUP_NAME_LINKS = new Set(['for', 'against', 'without']);

/** "Physicians for Human Rights": a group head, its link, and a name that is no person's nor place's. */
function groupNameLink(members: Unit[], units: Unit[], at: number, places: PlaceLookup): boolean {
  const head = members[0];
  const link = units[at];
  const after = units[at + 1];
  if (members.length !== 1 || !head || !link || !after || !GROUP_NAME_LINKS.has(link.lower)) return false;
  if (!(GROUP_NAME_HEADS.has(head.lower) || (/s$/.test(head.text) && places.countryOfDemonym(head.text.slice(0, -1)))))
    return false;
  return isNameUnit(after, places) && givenName(after.text) === null && places.lookupPlace(after.text) === null;
}

/** A word that may take an "of" phrase inside a name: an institution or state-form word, a title. */
const ownsOf = (unit: Unit): boolean =>
  ORG_SUFFIXES.has(bare(unit)) ||
  INSTITUTION_HEADS.has(bare(unit)) ||
  STATE_FORM_WORDS.has(bare(unit)) ||
  ROLE_WORDS.has(bare(unit)) ||
  HONORIFICS.has(bare(unit));

const isRoleWord = (unit: Unit): boolean => ROLE_WORDS.has(bare(unit)) || HONORIFICS.has(bare(unit));

const isInstitutionWord = (unit: Unit): boolean => ORG_SUFFIXES.has(bare(unit)) || INSTITUTION_HEADS.has(bare(unit));

/**
 * Whether the run is an institution's name that goes on: "Institute" before "for"/"on"; before
 * "and" only once a for/on phrase follows the institution word ("Centre for X and Control", not
 * "Deutsche Bank and Commerzbank").
 */
function headedByInstitution(members: Unit[], and: boolean): boolean {
  const head = members.findIndex(isInstitutionWord);
  if (head < 0) return false;
  return !and || members.some((u, i) => i > head && (u.lower === 'for' || u.lower === 'on'));
}

const PORTFOLIO_NOUN = /(?:ment|tion|sion|ity|ies|ce|ure|ism|ics|ing|s)$/;

/**
 * "Department of Housing and Urban Development": after "<institution> of X", "and" joins a
 * second portfolio of two or more words that is no name of its own (no institution word at its
 * end, no place, no given name), unlike "Bank of England and Deutsche Bank".
 */
function portfolioAfterAnd(members: Unit[], units: Unit[], from: number, places: PlaceLookup): boolean {
  const of = members.findIndex((u) => u.lower === 'of');
  if (of <= 0 || !isInstitutionWord(members[of - 1] as Unit)) return false;
  let end = from;
  while (end + 1 < units.length && (units[end + 1] as Unit).capitalized) end++;
  const run = units.slice(from, end + 1);
  const last = run.at(-1);
  // "Union of Nurses and Midwives", "Ministry of Culture and Tourism": one word joins a portfolio
  // that is no place ("Bank of England and Barclays" are two).
  const portfolio = members.slice(of + 1);
  const commonPortfolio =
    run.length === 1 &&
    portfolio.length === 1 &&
    places.lookupPlace((portfolio[0] as Unit).text) === null &&
    givenName((portfolio[0] as Unit).text) === null &&
    PORTFOLIO_NOUN.test((portfolio[0] as Unit).lower) &&
    PORTFOLIO_NOUN.test((run[0] as Unit).lower);
  if (commonPortfolio && places.lookupPlace((run[0] as Unit).text) === null) return true;
  return (
    run.length >= 2 &&
    last !== undefined &&
    // "Human Services" is a portfolio; "Home Office", "Deutsche Bank" are names of their own.
    (!isInstitutionWord(last) || last.lower === 'services') &&
    run.every((u) => u.capitalized && places.lookupPlace(u.text) === null) &&
    // "Urban Development", not "Anna Smith": a given name opens it only before a portfolio noun.
    (givenName((run[0] as Unit).text) === null || PORTFOLIO_NOUN.test(last.lower))
  );
}

/** Whether a known place name starts at unit `at` ("of Kenya", "of the Netherlands"). */
function placeAfter(units: Unit[], at: number, places: PlaceLookup): boolean {
  const first = units[at]?.lower === 'the' ? at + 1 : at;
  const unit = units[first];
  if (!unit?.capitalized) return false;
  const two = units[first + 1];
  if (two?.capitalized && places.lookupPlace(`${unit.text} ${two.text}`)) return true;
  return places.lookupPlace(unit.text) !== null && !two?.capitalized;
}

/** The run so far opens like a person's name: an honorific, or a given name and a surname. */
function isPersonStart(members: Unit[], places: PlaceLookup): boolean {
  const first = members[0];
  if (!first) return false;
  if (HONORIFICS.has(bare(first)) || ROLE_HEADS.has(bare(first))) return true;
  // "Analyst Dan Ives of Wedbush": a given name among the first two words, with a surname after it.
  return members.some(
    (u, i) => i <= 1 && i < members.length - 1 && givenName(u.text) !== null && places.lookupPlace(u.text) === null,
  );
}

/** Capitalised runs of one sentence, split at possessives. */
export function findChunks(
  units: Unit[],
  places: PlaceLookup,
  namesInText: ReadonlyMap<string, number>,
  headline = false,
): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as Unit;
    // A capitalised "The" inside a sentence belongs to the name: "from The Moscow Times".
    const second = units[i + 1];
    const namedThe = unit.text === 'The' && !unit.sentenceInitial && second && isNameUnit(second, places);
    // "Met Éireann has ...": a capitalised opener the tagger took for a verb, right before a name.
    const namedOpener =
      unit.sentenceInitial &&
      unit.capitalized &&
      !unit.mixedCompound &&
      OPENER_TAGS.test(unit.pos) &&
      !NEVER_NAMES.has(bare(unit)) &&
      !MONTHS.has(bare(unit)) &&
      !WEEKDAYS.has(bare(unit)) &&
      second !== undefined &&
      isNameUnit(second, places) &&
      places.lookupPlace(second.text) === null &&
      givenName(second.text) === null;
    // "Shares of Corvala fell": a plural common noun opening the sentence starts no name.
    const commonPlural =
      unit.sentenceInitial &&
      /[^su]s$/.test(unit.text) &&
      !ORG_SUFFIXES.has(bare(unit)) &&
      second?.text === 'of' &&
      !knownWord(unit, places) &&
      !capitalisedElsewhere(unit, namesInText);
    // "Doctors Without Borders said", "Physicians for Human Rights said": an opener that a name's
    // capitalised function word, or a group name's link, follows.
    const titledOpener =
      unit.sentenceInitial &&
      unit.capitalized &&
      !headline &&
      (titleCaseLink(units, i + 1, places) || groupNameLink([unit], units, i + 1, places));
    // "De la Fontaine left", "Van Dijk scored": a surname's particle capitalised at a sentence start.
    const third = units[i + 2];
    const particleOpener =
      unit.sentenceInitial &&
      unit.capitalized &&
      CONNECTORS.has(unit.lower) &&
      unit.lower !== 'of' &&
      second !== undefined &&
      ((isNameUnit(second, places) && !second.sentenceInitial) ||
        (NAME_PARTICLE_PAIRS.has(`${unit.lower} ${second.text}`) && third !== undefined && isNameUnit(third, places)));
    // "the 5th Fleet", "the 41st Infantry Division": an ordinal opens a military unit's name.
    const ordinalUnit = ORDINAL.test(unit.text) && second !== undefined && MILITARY_UNITS.has(second.lower);
    if (
      commonPlural ||
      (!namedThe && !namedOpener && !titledOpener && !particleOpener && !ordinalUnit && !isNameUnit(unit, places))
    ) {
      i++;
      continue;
    }
    const members: Unit[] = [unit];
    let j = i + 1;
    while (j < units.length) {
      const next = units[j] as Unit;
      if (!headline && (titleCaseLink(units, j, places) || groupNameLink(members, units, j, places))) {
        members.push(next);
        j++;
        continue;
      }
      // "Save Lakes Now": a capitalised "Now" inside a sentence ends a campaign's name.
      const campaign = next.text === 'Now' && !next.sentenceInitial && members.length >= 2;
      if ((isNameUnit(next, places) || campaign) && !next.sentenceInitial) {
        members.push(next);
        j++;
        continue;
      }
      // "Dr. Helen Achterberg of the WHO": a person's name does not run on through "of".
      // A run of role words alone is a title that takes its portfolio: "Secretary of State X".
      if (next.lower === 'of' && isPersonStart(members, places) && !members.every(isRoleWord)) break;
      // "Eliud Kipchoge of Kenya": "of" and a place after a name with no institution word is where
      // the person is from ("University of Oxford", "Republic of Chile" keep theirs).
      if (next.lower === 'of' && placeAfter(units, j + 1, places) && !members.some((u) => ownsOf(u))) break;
      // "of the" only continues into a name: "Republic of the Congo".
      const after = units[j + 1];
      const afterThe = next.lower === 'of' && units[j + 1]?.lower === 'the' ? units[j + 2] : undefined;
      if ((CONNECTORS.has(next.lower) || POSSESSIVE.has(next.lower)) && after && isNameUnit(after, places)) {
        members.push(next);
        j++;
        continue;
      }
      // "Centre for Disease Prevention and Control", "Commission on Human Rights": an institution
      // word governs a name joined by for/on/and.
      if (
        INSTITUTION_LINKS.has(next.lower) &&
        after &&
        isNameUnit(after, places) &&
        (headedByInstitution(members, next.lower === 'and') ||
          // "Minister for Finance X": a title takes its portfolio with "for" as with "of".
          (next.lower === 'for' && members.every(isRoleWord)) ||
          (next.lower === 'and' && portfolioAfterAnd(members, units, j + 1, places))) &&
        !((next.lower === 'and' || next.lower === 'to') && places.lookupPlace(after.text))
      ) {
        members.push(next);
        j++;
        continue;
      }
      // "Food and Drug Administration", "Bosnia and Herzegovina": "and" inside one name.
      if (next.lower === 'and' && after && isNameUnit(after, places) && joinsAcrossAnd(members, units, j, places)) {
        members.push(next);
        j++;
        continue;
      }
      // "Ursula von der Leyen", "Charles de la Fontaine": two particles in a row inside a name.
      const third = units[j + 2];
      if (
        NAME_PARTICLE_PAIRS.has(`${next.text} ${after?.text}`) &&
        third &&
        isNameUnit(third, places) &&
        !third.sentenceInitial
      ) {
        members.push(next, after as Unit);
        j += 2;
        continue;
      }
      if (afterThe && isNameUnit(afterThe, places)) {
        members.push(next, units[j + 1] as Unit);
        j += 2;
        continue;
      }
      break;
    }
    const possessive = POSSESSIVE.has(units[j]?.lower ?? '');
    // "Officials said": a lone capitalised opener is a name only if known, capitalised elsewhere too,
    // or singular.
    const lone = members.length === 1 && unit.sentenceInitial;
    // A plural ("Critics", "Shares") opening a sentence is a common noun; "Apple", "Police" may be names.
    const plural = /[^su]s$/.test(unit.text);
    // "Chipmaker unveils AI processor": a headline's generic noun for a company names none; nor
    // does a plural for people ("Nurses at public hospitals walked out"), capitalised elsewhere
    // only inside a longer name.
    const singular = bare(unit).replace(/s$/, '');
    const generic =
      lone &&
      ((ORG_REFERENCE_NOUNS.has(bare(unit)) && !INSTITUTIONS.has(bare(unit))) ||
        (plural && (PERSON_NOUNS.has(singular) || GROUP_NOUNS.has(bare(unit)))));
    if (generic && !capitalisedElsewhere(unit, namesInText)) {
      i = j;
      continue;
    }
    if (!lone || knownWord(unit, places) || capitalisedElsewhere(unit, namesInText) || !plural) {
      chunks.push(...splitPossessives(members, i, possessive));
    }
    i = j;
  }
  return chunks;
}

/**
 * Splits at the first possessive only: "Russia's Prosecutor General's Office" -> possessor
 * "Russia" + "Prosecutor General's Office" (a later "'s" belongs to the name).
 */
function splitPossessives(members: Unit[], first: number, possessive: boolean): Chunk[] {
  const cut = members.findIndex((u) => POSSESSIVE.has(u.lower));
  if (cut <= 0) return [{ first, last: first + members.length - 1, units: members, possessive, possessor: null }];
  const head: Chunk = { first, last: first + cut - 1, units: members.slice(0, cut), possessive: true, possessor: null };
  const owned: Chunk = {
    first: first + cut + 1,
    last: first + members.length - 1,
    units: members.slice(cut + 1),
    possessive,
    possessor: head,
  };
  return [head, owned];
}
