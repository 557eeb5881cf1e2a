import { resolveActors } from '../src/actors/index.ts';
import { gazetteerPlaces } from '../src/mentions/gazetteer.ts';
import { findMentions } from '../src/mentions/index.ts';
import { findSections } from '../src/sections/index.ts';
import { splitSentences } from '../src/sentences/index.ts';

/** The actors the real stages find in `text`, each with its name, kind and mention texts. */
export function resolvedActors(text: string) {
  const sentences = splitSentences(text, findSections(text));
  const candidates = findMentions(text, sentences, gazetteerPlaces);
  return resolveActors(text, sentences, candidates, gazetteerPlaces).actors.map((a) => ({
    name: a.name,
    kind: a.kind,
    mentions: a.mentions.map((m) => text.slice(m.start, m.end)),
  }));
}
