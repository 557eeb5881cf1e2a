import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';

function reject(status: number, code: string, message: string) {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** Refuses a request body over `maxBytes` before anything reads it (by its declared length). */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const declared = request.headers.get('content-length');
      if (declared === null) {
        endResponse(reject(411, 'BAD_REQUEST', 'Send the request body with a Content-Length header.'));
      } else if (Number(declared) > maxBytes) {
        const kb = Math.ceil(Number(declared) / 1024);
        endResponse(
          reject(
            413,
            ErrorCode.PAYLOAD_TOO_LARGE,
            `The request body is ${kb} KB; at most ${Math.floor(maxBytes / 1024)} KB are accepted. An article may be at most 1 MB.`,
          ),
        );
      }
    },
  };
}
