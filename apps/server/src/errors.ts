import { GraphQLError } from 'graphql';

/** The closed set of error codes clients may branch on; anything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  EXTRACTION_FAILED: 'EXTRACTION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TIMEOUT: 'TIMEOUT',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string): GraphQLError =>
  appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string): GraphQLError =>
  appError(ErrorCode.NOT_FOUND, `No ${what} has the id ${JSON.stringify(id)}.`, { id });
