import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';

const withCode = (code: string | undefined, message = 'Server says why') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });

describe('describeError', () => {
  it('names the missing thing for NOT_FOUND', () => {
    expect(describeError(withCode('NOT_FOUND'), 'this actor').title).toBe('We could not find this actor.');
  });

  it("passes the server's explanation through for bad input", () => {
    expect(describeError(withCode('BAD_USER_INPUT', 'Text is empty.'))).toEqual({
      title: 'Something in the request is not right.',
      detail: 'Text is empty.',
    });
  });

  it('hides the message of unexpected errors', () => {
    const text = describeError(withCode(undefined, 'relation "x" does not exist'));
    expect(text.title).toBe('Something went wrong on the server.');
    expect(text.detail).not.toContain('relation');
  });

  it.each([
    ['TIMEOUT', /took too long/],
    ['GRAPHQL_VALIDATION_FAILED', /did not accept this request/],
    ['PAYLOAD_TOO_LARGE', /too long/],
    ['EXTRACTION_FAILED', /could not be analysed/],
  ])('has words for %s', (code, title) => {
    expect(describeError(withCode(code)).title).toMatch(title);
  });

  it('explains a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(describeError(error).title).toMatch(/cannot be reached/);
  });
});
