import type { Db } from './db/db.ts';
import type { Extractor } from './ingest.ts';
import { createLoaders, type Loaders } from './loaders/index.ts';
import { createIngestProgress, type IngestProgress } from './progress.ts';

export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  extract: Extractor;
  /** Tells cached responses that the data changed (an article was stored). */
  dataChanged: () => void;
  /** Ingest stage events, shared by the whole app so subscriptions hear mutations. */
  progress: IngestProgress;
}

/** Fresh loaders per request: batching and caching never leak between requests. */
export function createContext(
  db: Db,
  extract: Extractor,
  dataChanged: () => void = () => {},
  progress: IngestProgress = createIngestProgress(),
): GraphQLContext {
  return { db, loaders: createLoaders(db), extract, dataChanged, progress };
}
