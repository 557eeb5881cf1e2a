import DataLoader from 'dataloader';
import {
  actorsByIds,
  articlesByIds,
  locationMentionsByIds,
  locationsByIds,
  mentionsByIds,
  relationsByIds,
  sectionsByArticles,
  statementsByIds,
} from '../db/by-id.ts';
import * as connections from '../db/connections.ts';
import type { Db } from '../db/db.ts';
import { createNestedLoader } from './nested.ts';

/** Per-request batching: every object and nested list a query touches is fetched in few queries. */
export function createLoaders(db: Db) {
  const byId = <R>(load: (db: Db, ids: readonly number[]) => Promise<(R | null)[]>) =>
    new DataLoader<number, R | null>((ids) => load(db, ids));
  return {
    article: byId(articlesByIds),
    actor: byId(actorsByIds),
    mention: byId(mentionsByIds),
    location: byId(locationsByIds),
    locationMention: byId(locationMentionsByIds),
    statement: byId(statementsByIds),
    relation: byId(relationsByIds),
    sections: new DataLoader((ids: readonly number[]) => sectionsByArticles(db, ids)),
    articleActors: createNestedLoader(db, connections.articleActors),
    articleMentions: createNestedLoader(db, connections.articleMentions),
    articleStatements: createNestedLoader(db, connections.articleStatements),
    articleLocations: createNestedLoader(db, connections.articleLocations),
    articleLocationMentions: createNestedLoader(db, connections.articleLocationMentions),
    articleRelations: createNestedLoader(db, connections.articleRelations),
    actorMentions: createNestedLoader(db, connections.actorMentions),
    actorStatements: createNestedLoader(db, connections.actorStatements),
    actorArticles: createNestedLoader(db, connections.actorArticles),
    actorRelations: createNestedLoader(db, connections.actorRelations),
    locationMentions: createNestedLoader(db, connections.locationMentions),
    locationArticles: createNestedLoader(db, connections.locationArticles),
    locationStatements: createNestedLoader(db, connections.locationStatements),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
