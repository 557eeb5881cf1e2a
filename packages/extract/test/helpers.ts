import type { Actor, ActorKind, Sentence } from '../src/types.ts';

/**
 * Sentences for stage tests that must not depend on the sentence stage: a split after . ! ? (and a
 * closing quote mark) before white space and a capital or an opening mark, and at every line break.
 */
export function sentencesOf(text: string, sectionKind: Sentence['sectionKind'] = 'BODY'): Sentence[] {
  const out: Sentence[] = [];
  const boundary =
    /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt|Cmdr|Adm|Maj|Sgt|Cpl|Pvt|Brig|Det|Insp|Supt|Atty|Amb|U\.S|U\.N|U\.K|\p{Lu}))[.!?]["”’]?(?=\s+["“\p{Lu}])|\n/gu;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, tokens: [], sectionKind });
  };
  for (const m of text.matchAll(boundary)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

export interface ActorSpec {
  name: string;
  kind?: ActorKind;
  /** Mention strings; every whole-word occurrence of each becomes a mention. */
  mentions: string[];
}

/** Actors as the actor stage would hand them over, built from whole-word occurrences of their mention strings. */
export function actorsOf(text: string, specs: ActorSpec[]): Actor[] {
  return specs.map((spec, i) => {
    const mentions = spec.mentions.flatMap((m) => {
      const escaped = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((x) => ({
        start: x.index,
        end: x.index + m.length,
        text: m,
      }));
    });
    // A longer mention hides the shorter ones inside it, as the actor stage keeps one mention per span.
    const kept = mentions
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter(
        (m, j, all) =>
          !all.some((o, k) => k !== j && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
      );
    return {
      id: `a${i + 1}`,
      name: spec.name,
      kind: spec.kind ?? 'PERSON',
      title: null,
      countryCode: null,
      aliases: [],
      mentions: kept,
    };
  });
}
