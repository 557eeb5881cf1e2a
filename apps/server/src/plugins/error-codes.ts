import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { requestIdOf } from './request-id.ts';

function withCode(error: GraphQLError, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...extensions, code },
  });
}

/**
 * Every error a client sees carries `extensions.code`. Errors from graphql-js get theirs here;
 * an unexpected error (a bug, a database failure) is logged with the request id and replaced by
 * INTERNAL_SERVER_ERROR carrying only that id: no stack, no SQL.
 */
export function useErrorCodes(logger: Logger): Plugin {
  return {
    // What is left without a code failed validation: graphql-js rules and graphql-armor's limits
    // (depth, aliases, cost), which throw from inside validation.
    onResultProcess({ result, setResult }) {
      const addCode = (one: ExecutionResult): ExecutionResult =>
        one.errors?.some((error) => !error.extensions?.code)
          ? {
              ...one,
              errors: one.errors.map((error) =>
                error.extensions?.code ? error : withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED),
              ),
            }
          : one;
      if (Array.isArray(result)) setResult(result.map(addCode));
      else if (!(Symbol.asyncIterator in result)) setResult(addCode(result));
    },
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        const request = (args.contextValue as { request?: Request }).request;
        const requestId = request ? requestIdOf(request) : undefined;
        const errors = result.errors.map((error) => {
          if (error.extensions?.code) return error;
          // No path: the request itself is wrong (a variable of the wrong type, a bad DateTime).
          if (!error.path) return withCode(error, ErrorCode.BAD_USER_INPUT);
          logger.error(
            { requestId, path: error.path.join('.'), err: error.originalError ?? error },
            'unexpected error',
          );
          return new GraphQLError('Unexpected error; the server logged it under this request id.', {
            nodes: error.nodes,
            path: error.path,
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
          });
        });
        setResult({ ...result, errors });
      },
    }),
  };
}
