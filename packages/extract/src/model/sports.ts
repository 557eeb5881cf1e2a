// Words of a match report, for telling a club named after its town ("Liverpool beat Brentford
// 2-1") from the town. Lower-case.

/**
 * Words that mark a text as a sports report; a few distinct ones must occur. Only words of a
 * game: "penalty", "goal", "season", "league", "match" and a score ("a 5-4 ruling") are as
 * common in politics and business, where "sanctions against Moscow" name no club.
 */
const SPORTS_WORDS = new Set([
  'goalkeeper',
  'goalkeepers',
  'striker',
  'strikers',
  'midfielder',
  'midfielders',
  'winger',
  'half-time',
  'halftime',
  'stoppage-time',
  'kick-off',
  'referee',
  'equaliser',
  'equalizer',
  'hat-trick',
  'playoff',
  'playoffs',
  'innings',
  'wicket',
  'wickets',
  'touchdown',
  'quarterback',
  'homer',
  'inning',
]);

/** Distinct SPORTS_WORDS that make a text a sports report; a score counts as one more. */
const MIN_SPORTS_WORDS = 2;
/** A match score: "2-1", "1–1". */
export const SCORE = /^\d{1,2}\s?[-–]\s?\d{1,2}$/;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a text's words (lower-case, in order) are a sports report's: a few distinct words of a match. */
export function isSportsReport(words: Iterable<string>): boolean {
  const seen = new Set<string>();
  let scored = false;
  for (const word of words) {
    if (SPORTS_WORDS.has(word)) seen.add(word);
    // A score starts with a digit: most words are ruled out without running the pattern.
    else if (isDigit(word.charCodeAt(0)) && SCORE.test(word)) scored = true;
    if (seen.size >= MIN_SPORTS_WORDS || (scored && seen.size >= MIN_SPORTS_WORDS - 1)) return true;
  }
  return false;
}

/** Words before a name that make it a side in a match: "beat Brentford", "play Newcastle", "against Chelsea". */
export const MATCH_WORDS_BEFORE = new Set([
  'beat',
  'beats',
  'beating',
  'beaten',
  'play',
  'plays',
  'playing',
  'played',
  'face',
  'faces',
  'facing',
  'faced',
  'host',
  'hosts',
  'hosting',
  'hosted',
  'against',
  'v',
  'vs',
  'v.',
  'vs.',
  'thrashed',
  'edged',
  'overcame',
]);

/** Results after which "at <name>" is the home side's ground, not the town: "a win at Brentford". */
export const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'draw', 'loss', 'game', 'match']);

/**
 * Words after a name that make it a club: "Liverpool manager Arne Slot", "Brentford fans", a
 * result or a standing ("Leeds drew", "Burnley moved clear"), and a plural verb, which British
 * English gives a team but not a town ("Liverpool are top").
 */
export const CLUB_WORDS_AFTER = new Set([
  'won',
  'lost',
  'drew',
  'moved',
  'climbed',
  'stayed',
  'remain',
  'remained',
  'trail',
  'trailed',
  'conceded',
  'equalised',
  'equalized',
  'signed',
  'sacked',
  'are',
  'were',
  'have',
  'manager',
  'coach',
  'boss',
  'striker',
  'goalkeeper',
  'keeper',
  'midfielder',
  'defender',
  'forward',
  'winger',
  'captain',
  'fans',
  'supporters',
  'squad',
  'academy',
  'beat',
  'beats',
  // Plural fixtures and the coach's full title: "Leeds host Norwich", "Leeds head coach Jane Doe".
  'host',
  'play',
  'face',
  'travel',
  'visit',
  'welcome',
  'head',
]);
