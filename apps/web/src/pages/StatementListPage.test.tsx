import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { type Client, CombinedError, type GraphQLRequest, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';
import { StatementListPage } from './StatementListPage.tsx';

afterEach(cleanup);

const statement = (id: string, text: string) => ({
  __typename: 'StatementEdge',
  node: {
    __typename: 'Statement',
    id,
    kind: 'DIRECT',
    text,
    cue: 'said',
    speaker: { __typename: 'Actor', id: 'P1', name: 'Ana Lima', kind: 'PERSON' },
    source: null,
    article: { __typename: 'Article', id: 'A1', title: 'Story' },
  },
});

/**
 * A mock client per urql's testing docs: answers by operation name and records the variables.
 * The source stays open like a real one, since urql clears an error when a source completes.
 */
function mockClient(answer: (request: GraphQLRequest) => unknown) {
  const executeQuery = vi.fn((request: GraphQLRequest) => concat([fromValue(answer(request)), never]));
  return { client: { executeQuery } as unknown as Client, executeQuery };
}

const operationName = (request: GraphQLRequest) =>
  request.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;

function renderAt(url: string, client: Client) {
  const router = createMemoryRouter([{ path: '/statements', Component: StatementListPage }], { initialEntries: [url] });
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return router;
}

const options = {
  data: {
    actors: {
      __typename: 'ActorConnection',
      edges: [{ __typename: 'ActorEdge', node: { __typename: 'Actor', id: 'P1', name: 'Ana Lima' } }],
    },
    articles: {
      __typename: 'ArticleConnection',
      edges: [{ __typename: 'ArticleEdge', node: { __typename: 'Article', id: 'A1', title: 'Story' } }],
    },
  },
};

const list = (edges: unknown[]) => ({
  data: {
    statements: {
      __typename: 'StatementConnection',
      totalCount: edges.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges,
    },
  },
});

describe('StatementListPage', () => {
  it('sends the filters in the URL to the API and shows the quotes with speaker and link', async () => {
    const { client, executeQuery } = mockClient((request) =>
      operationName(request) === 'StatementFilterOptions' ? options : list([statement('S1', 'We agreed.')]),
    );
    renderAt('/statements?kind=DIRECT&speaker=P1&cue=said&q=agreed&kind=bogus', client);
    expect(await screen.findByText('We agreed.')).toBeTruthy();
    const listCall = executeQuery.mock.calls.find(([request]) => operationName(request) === 'StatementList');
    expect(listCall?.[0].variables).toMatchObject({
      kind: 'DIRECT',
      speaker: 'P1',
      cue: 'said',
      search: 'agreed',
      articleId: null,
    });
    expect(screen.getByRole('link', { name: 'Ana Lima' }).getAttribute('href')).toBe('/actors/P1');
    expect(screen.getByRole('link', { name: /In “Story”/ }).getAttribute('href')).toBe('/articles/A1?focus=S1');
  });

  it('puts a changed filter into the URL and queries again', async () => {
    const { client, executeQuery } = mockClient((request) =>
      operationName(request) === 'StatementFilterOptions' ? options : list([]),
    );
    const router = renderAt('/statements', client);
    expect(await screen.findByText('No statements match these filters.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'PARTIAL' } });
    expect(router.state.location.search).toBe('?kind=PARTIAL');
    const last = executeQuery.mock.calls.filter(([request]) => operationName(request) === 'StatementList').at(-1);
    expect(last?.[0].variables).toMatchObject({ kind: 'PARTIAL' });
  });

  it('explains an API error in words', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('speaker is not a valid id', { extensions: { code: 'BAD_USER_INPUT' } })],
    });
    const { client } = mockClient((request) =>
      operationName(request) === 'StatementFilterOptions' ? options : { error },
    );
    renderAt('/statements?speaker=nope', client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something in the request is not right.');
    expect(alert.textContent).toContain('speaker is not a valid id');
  });
});
