export interface KeywordInContext {
  before: string;
  keyword: string;
  after: string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The keyword at [start, end) with up to `width` characters of context on each side, cut at a
 * word boundary and on one line. Offsets come from the API, so the keyword is sliced, not searched.
 */
export function keywordInContext(text: string, start: number, end: number, width = 60): KeywordInContext {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)),
    keyword: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}
