import type { RawDoc } from './01-nlp.ts';

/**
 * Abbreviated titles and ranks that stand before a name ("Cmdr. Jane Ortiz", "Vice Adm. Lang",
 * "Det. Insp. Lee"), so a full stop after one never ends a sentence when a capital follows. Only
 * abbreviations: "the President. Smith said" does end one.
 */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'rev',
  'fr',
  'msgr',
  'hon',
  'st',
  'sen',
  'rep',
  'gov',
  'lt',
  'gen',
  'col',
  'capt',
  'cpt',
  'cmdr',
  'cdr',
  'comdr',
  'cmdt',
  'adm',
  'maj',
  'brig',
  'sgt',
  'cpl',
  'pvt',
  'pfc',
  'spc',
  'ens',
  'lieut',
  'det',
  'insp',
  'supt',
  'const',
  'atty',
  'amb',
  'pres',
  'sec',
  'sens',
  'reps',
]);

/** "No. 2", "Nos. 3 and 4": a number sign, when a figure follows. */
const NUMBER_SIGN = new Set(['no', 'nos']);

/** True when the sentence [first, last] ends with a title abbreviation and its full stop. */
function endsWithTitle(raw: RawDoc, first: number, last: number, next: string): boolean {
  const stop = raw.tokens[last];
  if (!stop || last <= first) return false;
  // The tokenizer keeps some abbreviations whole ("Lt.") and splits others ("Cmdr" + ".").
  const whole = stop.value.endsWith('.') && stop.value.length > 1 ? stop.value.slice(0, -1) : null;
  const word = whole ?? (stop.value === '.' && stop.spaces === '' ? raw.tokens[last - 1]?.value : undefined);
  if (!word || !/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  const lw = word.toLowerCase();
  if (NUMBER_SIGN.has(lw)) return /^\d/.test(next);
  return TITLE_ABBREVIATIONS.has(lw) && /^\p{Lu}/u.test(next);
}

/**
 * True when a cut after a stop left the next sentence opening with a comma or a lower-case word: the
 * stop belonged to an abbreviation ("Sen. Maria Cantwell (D-Wash.), who ..., said", "(R-Okla.) said")
 * or ended a quote its attribution follows (`"Why now?" she asked.`).
 */
function cutMidSentence(raw: RawDoc, last: number, next: string): boolean {
  let i = last;
  while (i > 0 && /^[)"”’]$/.test(raw.tokens[i]?.value ?? '')) i--;
  const stop = raw.tokens[i]?.value ?? '';
  const quoted = i < last && /^["”’]$/.test(raw.tokens[last]?.value ?? '');
  return (stop.endsWith('.') || (quoted && /^[?!]$/.test(stop))) && /^(?:[,;:]|\p{Ll})/u.test(next);
}

/**
 * Joins the sentences a tokenizer cut after an abbreviation: an abbreviated title ("said Lt. Cmdr. |
 * Paul Whitaker") or any stop the next words show to be no sentence end ("(D-Wash.) | said").
 */
export function joinAfterTitles(raw: RawDoc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of raw.sentences) {
    const prev = out.at(-1);
    const next = raw.tokens[range[0]]?.value ?? '';
    if (prev && (endsWithTitle(raw, prev[0], prev[1], next) || cutMidSentence(raw, prev[1], next))) prev[1] = range[1];
    else out.push([range[0], range[1]]);
  }
  return out;
}
