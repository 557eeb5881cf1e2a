import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Every error a client sees carries `extensions.code`; graphql-js's own errors get one here. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

export function useErrorCodes(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        // Variable coercion errors (a bad DateTime, a wrong type) come back without a path.
        if ('errors' in result && result.errors?.length && !('data' in result && result.data)) {
          setResult({
            ...result,
            errors: result.errors.map((error) => (error.path ? error : withCode(error, 'BAD_USER_INPUT'))),
          });
        }
      },
    }),
  };
}
