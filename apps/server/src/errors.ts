import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes clients may branch on. The server throws the first five; the rest
 * come from the GraphQL layer: GRAPHQL_PARSE_FAILED (syntax, token limit), GRAPHQL_VALIDATION_FAILED
 * (unknown fields, depth/alias/cost limits), BAD_REQUEST (malformed JSON, too many batched
 * operations) and INTERNAL_SERVER_ERROR (anything unexpected, masked, with a requestId to find the log).
 */
export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  EXTRACTION_FAILED: 'EXTRACTION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TIMEOUT: 'TIMEOUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string): GraphQLError =>
  appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string): GraphQLError =>
  appError(ErrorCode.NOT_FOUND, `No ${what} has the id ${JSON.stringify(id)}.`, { id });
