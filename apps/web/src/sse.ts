import type { SubscriptionForwarder } from 'urql';

/**
 * Subscriptions over Yoga's server-sent events with the browser's EventSource: no library, so the
 * initial bundle stays small. Yoga sends each result as a `next` event and ends with `complete`.
 */
export const forwardOverSse =
  (url: string): SubscriptionForwarder =>
  (request) => ({
    subscribe(sink) {
      const target = new URL(url, globalThis.location?.href);
      target.searchParams.set('query', request.query ?? '');
      if (request.variables) target.searchParams.set('variables', JSON.stringify(request.variables));
      const source = new EventSource(target);
      source.addEventListener('next', (event) => sink.next(JSON.parse((event as MessageEvent<string>).data)));
      source.addEventListener('complete', () => {
        source.close();
        sink.complete();
      });
      // EventSource would reconnect forever; a broken stream ends the subscription instead.
      source.addEventListener('error', () => {
        source.close();
        sink.error(new Error('The progress stream was interrupted.'));
      });
      return { unsubscribe: () => source.close() };
    },
  });
