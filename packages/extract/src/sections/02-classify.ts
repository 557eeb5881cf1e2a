import {
  AD_LINE,
  APPEAL_CONTINUATION,
  APPEAL_OPENERS,
  BYLINE_LINES,
  CAPTION_LINES,
  COOKIE_LINE,
  DISCLOSURE_LINES,
  LEGAL_LINE,
  MARKUP_LINE,
  NAVIGATION_ENTRY,
  NAVIGATION_LINES,
} from '../model/chrome-cues.ts';
import type { SectionKind } from '../types.ts';
import type { Line } from './01-lines.ts';

const matchesAny = (patterns: RegExp[], line: string) => patterns.some((p) => p.test(line));

/** Chrome kind of one line on its own, or BODY. */
export function classifyLine(line: string): SectionKind {
  if (MARKUP_LINE.test(line)) return 'CHROME';
  if (matchesAny(NAVIGATION_LINES, line)) return 'NAVIGATION';
  // Long lines are prose; the cue patterns below describe short chrome lines.
  if (AD_LINE.test(line) || (line.length <= 400 && (COOKIE_LINE.test(line) || LEGAL_LINE.test(line)))) return 'CHROME';
  if (line.length <= 160 && matchesAny(BYLINE_LINES, line)) return 'BYLINE';
  if (line.length <= 300 && matchesAny(CAPTION_LINES, line)) return 'CAPTION';
  if (line.length <= 400 && matchesAny(DISCLOSURE_LINES, line)) return 'DISCLOSURE';
  return 'BODY';
}

/**
 * Kinds for every line. An appeal opener starts an APPEAL block that runs on while
 * the lines keep the publisher's voice (we/our/you) or its cues.
 */
const WHOLE_QUOTE = /^["“‘'](.{12,400}?)[,.!?]?["”’']$/u;
/** How far back a pull quote's words are looked for. */
const PULL_QUOTE_REACH = 5000;

/** A line that only repeats, in quotation marks, words the story already gave: a pull quote. */
function isPullQuote(text: string, line: Line): boolean {
  const inner = WHOLE_QUOTE.exec(line.text)?.[1]?.trim();
  if (!inner) return false;
  // Searching forward from the reach limit stops at the line itself at the latest: bounded work.
  const at = text.indexOf(inner, Math.max(0, line.start - PULL_QUOTE_REACH));
  return at >= 0 && at < line.start;
}

export function classifyLines(text: string, lines: Line[]): SectionKind[] {
  const kinds: SectionKind[] = [];
  let inAppeal = false;
  let inNavigation = false;
  for (const line of lines) {
    let own = classifyLine(line.text);
    if (own === 'BODY' && isPullQuote(text, line)) own = 'CHROME';
    // Under a navigation heading ("Key events"), short timestamped or bulleted entries are links too.
    if (own === 'NAVIGATION') inNavigation = true;
    else if (inNavigation && own === 'BODY' && NAVIGATION_ENTRY.test(line.text) && !/[.!?]["”’]?$/.test(line.text)) {
      own = 'NAVIGATION';
    } else inNavigation = false;
    if (line.text.length <= 300 && matchesAny(APPEAL_OPENERS, line.text)) inAppeal = true;
    // The appeal runs on through its own links ("Remind me later"), not into other chrome (a cookie banner).
    else if (inAppeal && !((own === 'BODY' && APPEAL_CONTINUATION.test(line.text)) || own === 'NAVIGATION')) {
      inAppeal = false;
    }
    kinds.push(inAppeal ? 'APPEAL' : own);
  }
  return kinds;
}
