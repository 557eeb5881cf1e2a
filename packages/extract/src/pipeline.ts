import { resolveActors } from './actors/index.ts';
import { findLocations } from './geocode/index.ts';
import { gazetteerPlaces as places } from './mentions/gazetteer.ts';
import { findMentions } from './mentions/index.ts';
import { findRelations } from './relations/index.ts';
import { findSections } from './sections/index.ts';
import { splitSentences } from './sentences/index.ts';
import { findStatements } from './statements/index.ts';
import type { Extraction, ExtractOptions } from './types.ts';

/**
 * The extraction pipeline, in order: sections -> sentences/tokens -> candidate mentions ->
 * actors and coreference -> locations and geocoding -> statements and attribution -> relations.
 * Pure: the same text and options give the same JSON.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const sections = findSections(text);
  const sentences = splitSentences(text, sections);
  const candidates = findMentions(text, sentences, places);
  const { actors, links } = resolveActors(text, sentences, candidates, places, options);
  const locations = findLocations(text, sentences);
  const statements = findStatements(text, sentences, actors);
  const { relations, actors: allActors } = findRelations(text, sentences, actors, links);
  return { sections, actors: allActors, locations, statements, relations };
}
