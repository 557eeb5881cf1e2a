import { CLUB_WORDS_AFTER, isSportsReport, MATCH_WORDS_BEFORE, RESULT_NOUNS } from '../model/sports.ts';
import type { Sentence } from '../types.ts';
import { lower } from './tokens.ts';
import type { Candidate } from './types.ts';

const SCORE_AFTER = /^\s+\d{1,2}\s?[-–]\s?\d{1,2}(?![\d-])/;
const SCORE_BEFORE = /(?<![\d-])\d{1,2}\s?[-–]\s?\d{1,2}\s+$/;

/**
 * Drops the towns a sports report names as clubs: "Liverpool moved clear after beating
 * Brentford 2-1", "Arsenal, who play Newcastle on Sunday", "Liverpool manager Arne Slot". In a
 * text with several words of a match report, a town is a club where a score, a match verb
 * ("beat", "play", "against"), a result ("a win at Brentford") or a club word after it
 * ("manager", "fans") says so; one such mention makes every mention of that name the club,
 * except after "in" ("fans gathered in Liverpool"). Counties count as towns; countries and
 * states stay: national sides are also their country.
 */
export function dropClubs(text: string, sentences: readonly Sentence[], candidates: Candidate[]): Candidate[] {
  if (!isSportsReport(bodyWords(sentences))) return candidates;
  const clubs = new Set<string>();
  for (const c of candidates) if (isTown(c) && namesClub(text, c)) clubs.add(surface(text, c));
  if (!clubs.size) return candidates;
  return candidates.filter(
    (c) => !(isTown(c) && clubs.has(surface(text, c)) && lower(c.sentence.tokens[c.first - 1]) !== 'in'),
  );
}

/** The body's words in order; an array, as a generator costs more than it saves in a match report. */
function bodyWords(sentences: readonly Sentence[]): string[] {
  const words: string[] = [];
  for (const s of sentences) if (s.sectionKind === 'BODY') for (const t of s.tokens) words.push(lower(t));
  return words;
}

const surface = (text: string, c: Candidate) => text.slice(c.start, c.end).replace(/\s+/g, ' ');
/** A town or a county ("Kent beat Surrey by five wickets"): clubs bear their names, not those of states or countries. */
const isTown = (c: Candidate) =>
  c.via === 'NAME' && (c.places[0]?.kind === 'CITY' || c.places[0]?.featureCode === 'ADM2');

function namesClub(text: string, c: Candidate): boolean {
  const { tokens, start } = c.sentence;
  const before = lower(tokens[c.first - 1]);
  const after = lower(tokens[c.last + 1]);
  return (
    SCORE_AFTER.test(text.slice(c.end, c.sentence.end)) ||
    SCORE_BEFORE.test(text.slice(start, c.start)) ||
    MATCH_WORDS_BEFORE.has(before) ||
    (before === 'at' && RESULT_NOUNS.has(lower(tokens[c.first - 2]))) ||
    CLUB_WORDS_AFTER.has(after)
  );
}
