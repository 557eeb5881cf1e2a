import type { Span } from '../types.ts';

export interface Line extends Span {
  text: string;
}

/** Non-blank lines of the text, trimmed, with exact offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = match.index + lead;
    lines.push({ start, end: start + body.length, text: body });
  }
  return lines;
}
