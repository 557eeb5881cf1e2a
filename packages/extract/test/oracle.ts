import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseGold } from '../src/eval/gold.ts';
import type { Gold } from '../src/eval/score.ts';
import type { Actor, ActorKind, Sentence } from '../src/types.ts';
import { actorsOf, sentencesOf } from './helpers.ts';

const ACTOR_KINDS = new Set<string>(['PERSON', 'ORGANIZATION', 'STATE', 'GROUP']);

export interface OracleInput {
  text: string;
  gold: Gold;
  sentences: Sentence[];
  actors: Actor[];
}

/**
 * The statement stage's input as a perfect upstream would give it, read off the annotation: sentences
 * tagged with the gold sections, and actors with every gold mention. Measures attribution on its own.
 */
export function oracleInput(goldPath: string): OracleInput {
  const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')));
  const text = readFileSync(resolve(dirname(goldPath), gold.article), 'utf8');
  const bounds = gold.sections
    .map((s) => {
      const start = text.indexOf(s.firstLine);
      const last = text.indexOf(s.lastLine, start);
      return { kind: s.kind, start, end: last + s.lastLine.length };
    })
    .filter((s) => s.start >= 0);
  const sentences = sentencesOf(text).map((s) => {
    const kind = bounds.find((b) => b.start <= s.start && s.start < b.end)?.kind ?? 'BODY';
    return { ...s, sectionKind: kind as Sentence['sectionKind'] };
  });
  // A mention string listed for two actors ("she" for two women) says nothing about which occurrence is whose.
  const owners = new Map<string, number>();
  for (const a of gold.actors) for (const m of new Set(a.mentions ?? [])) owners.set(m, (owners.get(m) ?? 0) + 1);
  const actors = actorsOf(
    text,
    gold.actors.map((a) => ({
      name: a.name,
      kind: (ACTOR_KINDS.has(a.kind) ? a.kind : 'GROUP') as ActorKind,
      mentions: [a.name, ...(a.mentions ?? [])].filter((m) => (owners.get(m) ?? 0) < 2),
    })),
  );
  return { text, gold, sentences, actors };
}
