import type { Section, SectionKind } from '../types.ts';
import { splitLines } from './01-lines.ts';
import { classifyLines } from './02-classify.ts';

/** Kinds whose consecutive lines are one block; an ad, a pull quote or a caption stands alone. */
const MERGED = new Set<SectionKind>(['BODY', 'APPEAL', 'NAVIGATION', 'BYLINE']);

/** The story's BODY apart from page chrome; consecutive lines of one block kind form one section. */
export function findSections(text: string): Section[] {
  const lines = splitLines(text);
  const kinds = classifyLines(text, lines);
  const sections: Section[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i] ?? 'BODY';
    const last = sections.at(-1);
    if (last && last.kind === kind && MERGED.has(kind)) last.end = line.end;
    else sections.push({ kind, start: line.start, end: line.end });
  });
  return sections;
}
