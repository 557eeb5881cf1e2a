import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

const ids = new WeakMap<Request, string>();

/** The request's id: the caller's x-request-id when it looks sane, else a new UUID. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}

/** Tags every response with x-request-id and logs one line per request. */
export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      requestIdOf(request);
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      response.headers.set('x-request-id', requestId);
      const ms = Math.round((performance.now() - (started.get(request) ?? performance.now())) * 10) / 10;
      const { pathname } = new URL(request.url);
      logger.info({ requestId, method: request.method, path: pathname, status: response.status, ms }, 'request');
    },
  };
}
