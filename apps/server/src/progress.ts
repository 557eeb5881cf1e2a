import { GraphQLError } from 'graphql';
import { createPubSub } from 'graphql-yoga';
import { badInput, ErrorCode } from './errors.ts';
import type { ArticleMapper } from './mappers/article.mappers.ts';

export type IngestStage = 'QUEUED' | 'EXTRACTING' | 'STORING' | 'DONE' | 'FAILED';

export interface IngestProgressEvent {
  ingestId: string;
  stage: IngestStage;
  message: string;
  article: ArticleMapper | null;
  error: { code: string; message: string } | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isIngestId = (value: string): boolean => UUID.test(value);

const finished = (stage: IngestStage): boolean => stage === 'DONE' || stage === 'FAILED';

/**
 * Stage events of running ingests, by ingestId. Each ingest's events are also kept (until `keepMs`
 * after it ends) so a subscriber that connects after the mutation started still sees every stage:
 * the browser opens its event stream and sends the mutation at the same time.
 */
export function createIngestProgress(keepMs = 60_000) {
  const pubSub = createPubSub<{ ingestProgress: [ingestId: string, event: IngestProgressEvent] }>();
  const history = new Map<string, IngestProgressEvent[]>();

  return {
    publish(event: IngestProgressEvent): void {
      const events = history.get(event.ingestId) ?? [];
      events.push(event);
      history.set(event.ingestId, events);
      if (finished(event.stage)) setTimeout(() => history.delete(event.ingestId), keepMs).unref();
      pubSub.publish('ingestProgress', event.ingestId, event);
    },

    /** Every stage of the ingest, past ones first; ends after DONE or FAILED. */
    async *follow(ingestId: string): AsyncGenerator<IngestProgressEvent> {
      const live = pubSub.subscribe('ingestProgress', ingestId)[Symbol.asyncIterator]();
      try {
        // The history is the source; live events only wake us. Asking for the first one attaches
        // the listener before the history is read, so no event falls between the two.
        let wake = live.next();
        let sent = 0;
        for (;;) {
          const events = history.get(ingestId) ?? [];
          while (sent < events.length) {
            const event = events[sent++];
            if (!event) break;
            yield event;
            if (finished(event.stage)) return;
          }
          await wake;
          wake = live.next();
        }
      } finally {
        await live.return?.();
      }
    },
  };
}

export type IngestProgress = ReturnType<typeof createIngestProgress>;

const MESSAGES: Record<Exclude<IngestStage, 'FAILED'>, string> = {
  QUEUED: 'Checking the article…',
  EXTRACTING: 'Finding actors, statements and places…',
  STORING: 'Saving the article…',
  DONE: 'Done.',
};

/**
 * Runs an ingest and, when the client gave an ingestId, publishes its stages: QUEUED first, then
 * what `run` reports, then DONE with the article or FAILED with the error's code and message.
 */
export async function trackIngest<T extends { article: ArticleMapper }>(
  progress: IngestProgress,
  ingestId: string | null | undefined,
  run: (onStage: (stage: 'EXTRACTING' | 'STORING') => void) => Promise<T>,
): Promise<T> {
  if (ingestId == null) return run(() => {});
  if (!isIngestId(ingestId)) throw badInput('ingestId must be a UUID, e.g. from crypto.randomUUID().', 'ingestId');
  const publish = (stage: IngestStage, extra: Partial<IngestProgressEvent> = {}) =>
    progress.publish({ ingestId, stage, message: '', article: null, error: null, ...extra });
  publish('QUEUED', { message: MESSAGES.QUEUED });
  try {
    const result = await run((stage) => publish(stage, { message: MESSAGES[stage] }));
    publish('DONE', { message: MESSAGES.DONE, article: result.article });
    return result;
  } catch (error) {
    // Only the API's own errors say why; anything else is masked, as the mutation's answer is.
    const known = error instanceof GraphQLError && typeof error.extensions.code === 'string';
    const failure = known
      ? { code: String(error.extensions.code), message: error.message }
      : { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Unexpected error.' };
    publish('FAILED', { message: failure.message, error: failure });
    throw error;
  }
}
