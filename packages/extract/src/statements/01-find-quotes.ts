/** A quoted span of one paragraph. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  /** The words inside the marks, trimmed. */
  start: number;
  end: number;
  /** Index into the paragraph list. */
  paragraph: number;
  /** Left open for the next paragraph, which opens with a quote mark again (a multi-paragraph quote). */
  runsOn: boolean;
  /** Continues the previous paragraph's unclosed quote. */
  continued: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

const MARKS = new Set(['"', '“', '”', '„', '«', '»']);
// Curly marks say which side they are on; a straight mark is decided by its neighbours alone.
const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);
// British style quotes in single curly marks; the closing one doubles as the apostrophe ("it’s").
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
/** Every mark the pairing looks at, so it can skip from one to the next. */
const ANY_MARK = /["“”„«»‘’]/g;
/** Past this many characters an open quote is taken as a stray mark, so one bad mark cannot swallow a page. */
const MAX_QUOTE = 4000;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Paragraphs are lines; blank lines are skipped. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

function canOpen(text: string, i: number, para: Paragraph): boolean {
  const mark = text[i] ?? '';
  if (CLOSE_ONLY.has(mark) && !OPEN_ONLY.has(mark)) {
    // A closing curly mark used as an opener ("mixed marks"): only where nothing else fits.
    return (i === para.start || /[\s([{—–]/.test(text[i - 1] ?? '')) && !isSpace(text[i + 1]);
  }
  const prev = i === para.start ? ' ' : text[i - 1];
  return /[\s([{—–\-/:]/.test(prev ?? ' ') && i + 1 < para.end && !isSpace(text[i + 1]);
}

function canClose(text: string, i: number, para: Paragraph): boolean {
  if (i === para.start || isSpace(text[i - 1])) return false;
  if (i + 1 >= para.end) return true;
  const next = text[i + 1] ?? ' ';
  return /[\s.,;:!?)\]}—–\-'’]/.test(next) || CLOSE_ONLY.has(text[i] ?? '');
}

/** A ’ closes a single-quoted quote only where it cannot be an apostrophe inside a word ("it’s"). */
function canCloseSingle(text: string, i: number, para: Paragraph): boolean {
  if (i === para.start || isSpace(text[i - 1])) return false;
  return i + 1 >= para.end || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** Trims the inner span of a quote of white space. */
function inner(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * A quote left open at the end of its paragraph, with no next paragraph reopening it, lost its closing
 * mark (`Holloway said: "We need help now.`): it ends with the paragraph when it opens a clause (at
 * the paragraph start, after a colon or comma, or a sentence) and ends with a sentence. A stray mark
 * (5'11", a title never closed) does neither.
 */
function lostItsClose(text: string, open: number, s: number, e: number, para: Paragraph): boolean {
  const lead = text.slice(para.start, open).trimEnd();
  return (lead === '' || /[:,.!?]["”’]?$/.test(lead)) && /[.!?]$/.test(text.slice(s, e)) && /\s/.test(text.slice(s, e));
}

/**
 * Pairs quote marks paragraph by paragraph, in one pass. Straight and curly double marks pair in any
 * combination, single curly marks with each other; a mark that cannot be paired is ignored, and an opening mark left open at the end of
 * a paragraph continues only into a next paragraph that itself opens with a quote mark.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let carried = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (!para) continue;
    let openAt = -1;
    // Which family opened the quote: marks of the other family inside it are a quote within the quote.
    let single = false;
    let continued = false;
    ANY_MARK.lastIndex = para.start;
    for (let mark = ANY_MARK.exec(text); mark && mark.index < para.end; mark = ANY_MARK.exec(text)) {
      const i = mark.index;
      const c = mark[0];
      const isDouble = MARKS.has(c);
      if (openAt < 0) {
        if ((isDouble || c === SINGLE_OPEN) && canOpen(text, i, para)) {
          openAt = i;
          single = !isDouble;
          continued = carried && i === para.start;
        }
        continue;
      }
      if (isDouble === single) continue;
      const closes = single
        ? c === SINGLE_CLOSE && canCloseSingle(text, i, para)
        : canClose(text, i, para) && !(OPEN_ONLY.has(c) && canOpen(text, i, para));
      if (closes) {
        const [s, e] = inner(text, openAt + 1, i);
        if (e > s) quotes.push({ open: openAt, close: i, start: s, end: e, paragraph: p, runsOn: false, continued });
        openAt = -1;
        continued = false;
      } else if (c !== SINGLE_CLOSE && canOpen(text, i, para)) {
        // A second opener before any closer: the first mark was stray.
        openAt = i;
        continued = false;
      }
      if (openAt >= 0 && i - openAt > MAX_QUOTE) openAt = -1;
    }
    carried = false;
    if (openAt >= 0) {
      const next = paragraphs[p + 1];
      const reopens = (mark: string) => (single ? mark === SINGLE_OPEN : MARKS.has(mark));
      const [s, e] = inner(text, openAt + 1, para.end);
      if (next && reopens(text[next.start] ?? '')) {
        if (e > s) {
          quotes.push({ open: openAt, close: para.end, start: s, end: e, paragraph: p, runsOn: true, continued });
          carried = true;
        }
      } else if (e > s && lostItsClose(text, openAt, s, e, para)) {
        quotes.push({ open: openAt, close: para.end, start: s, end: e, paragraph: p, runsOn: false, continued });
      }
    }
  }
  return quotes;
}
