import type { Link } from '../actors/index.ts';
import type { Actor, Relation, Sentence } from '../types.ts';

export interface RelationResult {
  relations: Relation[];
  /** The actors, with any relation object the text implies but never names (a demonym's state). */
  actors: Actor[];
}

/**
 * "a longtime ally of [Russian President] " right before a name: up to three modifiers before
 * "ally", up to three title words after "of".
 */
const ALLY = /\b(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,3}all(?:y|ies)\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

function objectActor(actors: Actor[], affiliation: Link['candidate']['affiliations'][number]): Actor {
  const byMention = affiliation.mention
    ? actors.find((a) => a.mentions.some((m) => m.start === affiliation.mention?.start))
    : undefined;
  if (byMention) return byMention;
  const byName = actors.find(
    (a) =>
      a.kind === affiliation.kind &&
      (a.name === affiliation.name || (a.kind === 'STATE' && a.countryCode === affiliation.countryCode)),
  );
  if (byName) return byName;
  // Implied only (the state behind "Belarusian President"): an actor without mentions.
  const created: Actor = {
    id: `a${actors.length + 1}`,
    name: affiliation.name,
    kind: affiliation.kind,
    title: null,
    countryCode: affiliation.countryCode,
    aliases: [],
    mentions: [],
  };
  actors.push(created);
  return created;
}

/**
 * Relations the text states: titles with an owner ("Kremlin spokesman X", "Belarusian
 * President X") and alliances ("X, a longtime ally of Y" / "A longtime ally of Y, X").
 */
export function findRelations(text: string, sentences: Sentence[], actorsIn: Actor[], links: Link[]): RelationResult {
  const actors = [...actorsIn];
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add = (subjectId: string, predicate: string, objectId: string, start: number, end: number) => {
    const key = `${subjectId}|${predicate}|${objectId}`;
    if (subjectId === objectId || seen.has(key)) return;
    seen.add(key);
    relations.push({ id: `r${relations.length + 1}`, subjectId, predicate, objectId, start, end });
  };
  for (const link of links) {
    for (const affiliation of link.candidate.affiliations) {
      const object = objectActor(actors, affiliation);
      add(link.actorId, affiliation.predicate, object.id, affiliation.start, affiliation.end);
    }
  }
  // Alliances: the named people of one sentence around "ally of".
  const bySentence = new Map<number, Link[]>();
  for (const link of links) {
    if (link.candidate.role !== 'NAME') continue;
    const list = bySentence.get(link.candidate.sentence) ?? [];
    list.push(link);
    bySentence.set(link.candidate.sentence, list);
  }
  for (const [index, people] of bySentence) {
    const sentence = sentences[index];
    if (!sentence) continue;
    people.sort((a, b) => a.candidate.start - b.candidate.start);
    for (let i = 0; i < people.length; i++) {
      const ally = people[i] as Link;
      const gapStart = i > 0 ? (people[i - 1] as Link).candidate.end : sentence.start;
      const phrase = ALLY.exec(text.slice(gapStart, ally.candidate.start));
      if (!phrase) continue;
      const phraseStart = gapStart + phrase.index;
      const previous = people[i - 1];
      const next = people[i + 1];
      // "X, a longtime ally of Y" has X before; "A longtime ally of Y, X" opens the sentence.
      const subject =
        previous && /^\s*,\s*$/.test(text.slice(previous.candidate.end, phraseStart))
          ? previous
          : next && /^\s*,\s*$/.test(text.slice(ally.candidate.end, next.candidate.start))
            ? next
            : undefined;
      if (subject) {
        const start = Math.min(subject.candidate.start, phraseStart);
        add(subject.actorId, 'ally of', ally.actorId, start, Math.max(subject.candidate.end, ally.candidate.end));
      }
    }
  }
  return { relations, actors };
}
