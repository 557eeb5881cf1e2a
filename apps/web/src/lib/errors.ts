import type { CombinedError } from 'urql';

/** What went wrong, for a person: a headline and, where useful, the API's own explanation. */
export interface ErrorText {
  title: string;
  detail?: string;
}

function codeOf(error: CombinedError): string | undefined {
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Turns an API error into words, branching on `extensions.code` (never on message text).
 * `subject` names what was asked for ("this article"), for NOT_FOUND.
 */
export function describeError(error: CombinedError, subject = 'this page'): ErrorText {
  if (error.networkError) {
    return {
      title: 'The newsgraph server cannot be reached.',
      detail: 'Check that it is running and that you are online, then try again.',
    };
  }
  const detail = error.graphQLErrors[0]?.message;
  switch (codeOf(error)) {
    case 'NOT_FOUND':
      return { title: `We could not find ${subject}.`, detail: 'It may have been removed, or the link is wrong.' };
    case 'BAD_USER_INPUT':
      return { title: 'Something in the request is not right.', detail };
    case 'EXTRACTION_FAILED':
      return {
        title: 'The text could not be analysed.',
        detail: detail ?? 'Try plain text in English, without page markup.',
      };
    case 'PAYLOAD_TOO_LARGE':
      return { title: 'The text is too long.', detail };
    case 'TIMEOUT':
      return {
        title: 'The server took too long to answer.',
        detail: 'It may be busy. Try again in a moment; a very long text takes longer to analyse.',
      };
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'BAD_REQUEST':
      return {
        title: 'The server did not accept this request from the app.',
        detail: 'The app may be out of date: reload the page. If that does not help, please report it.',
      };
    default:
      return {
        title: 'Something went wrong on the server.',
        detail: 'Please try again in a moment. If it keeps happening, the server log says more.',
      };
  }
}
