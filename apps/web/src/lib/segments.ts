/** A marked range of article text: an actor mention, a statement or a place mention. */
export interface Span {
  /** Start offset (UTF-16 code units), inclusive. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  key: string;
}

/** A piece of text covered by the same set of spans throughout. */
export interface Segment {
  start: number;
  end: number;
  /** Keys of the spans covering the whole segment, outermost (earliest, then longest) first. */
  keys: string[];
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Cuts [from, to) into consecutive, non-overlapping segments at every span boundary, so that
 * overlapping or nested spans can be rendered as flat runs of text. Spans are clipped to the
 * range; empty ones are dropped. The segments cover the range exactly, unmarked text included.
 */
export function segmentText(from: number, to: number, spans: readonly Span[]): Segment[] {
  if (to <= from) return [];
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((span) => span.end > span.start)
    .sort(byStartThenLongest);

  const cuts = new Set<number>([from, to]);
  for (const span of clipped) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let active: Span[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] as number;
    const end = boundaries[i + 1] as number;
    active = active.filter((span) => span.end > start);
    while (next < clipped.length && (clipped[next] as Span).start === start) {
      active.push(clipped[next] as Span);
      next++;
    }
    // Keep outermost first even when a later-starting span is longer than an earlier one's rest.
    active.sort(byStartThenLongest);
    segments.push({ start, end, keys: active.map((span) => span.key) });
  }
  return segments;
}

/** Ranges of the non-blank lines of a text, at their exact offsets (newlines excluded). */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') paragraphs.push({ start, end: i });
      start = i + 1;
    }
  }
  return paragraphs;
}
