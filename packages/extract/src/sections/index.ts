import type { Section } from '../types.ts';
import { splitLines } from './01-lines.ts';
import { classifyLines } from './02-classify.ts';

/** The story's BODY apart from page chrome; consecutive lines of one kind form one section. */
export function findSections(text: string): Section[] {
  const lines = splitLines(text);
  const kinds = classifyLines(lines);
  const sections: Section[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i] ?? 'BODY';
    const last = sections.at(-1);
    if (last && last.kind === kind) last.end = line.end;
    else sections.push({ kind, start: line.start, end: line.end });
  });
  return sections;
}
