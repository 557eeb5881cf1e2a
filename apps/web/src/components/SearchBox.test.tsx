import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { type Client, type GraphQLRequest, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';
import { SearchBox } from './SearchBox.tsx';

afterEach(cleanup);

const hits = {
  data: {
    search: {
      __typename: 'SearchConnection',
      totalCount: 2,
      edges: [
        {
          __typename: 'SearchEdge',
          cursor: 'c1',
          node: {
            __typename: 'SearchHit',
            snippet: 'Ana Lima, port director',
            node: { __typename: 'Actor', id: 'P1', name: 'Ana Lima', actorKind: 'PERSON' },
          },
        },
        {
          __typename: 'SearchEdge',
          cursor: 'c2',
          node: {
            __typename: 'SearchHit',
            snippet: 'the lock will open',
            node: {
              __typename: 'Statement',
              id: 'S1',
              speaker: { __typename: 'Actor', id: 'P1', name: 'Ana Lima' },
              article: { __typename: 'Article', id: 'A1' },
            },
          },
        },
      ],
    },
  },
};

function setup() {
  const executeQuery = vi.fn((_request: GraphQLRequest) => concat([fromValue(hits), never]));
  const client = { executeQuery } as unknown as Client;
  const router = createMemoryRouter([{ path: '*', Component: SearchBox }], { initialEntries: ['/'] });
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { executeQuery, router };
}

describe('SearchBox', () => {
  it('asks the API once typing pauses, not on every keystroke, and links each kind of hit', async () => {
    const { executeQuery } = setup();
    const input = screen.getByRole('searchbox');
    for (const value of ['A', 'An', 'Ana', 'Ana L']) fireEvent.change(input, { target: { value } });
    const actor = await screen.findByRole('link', { name: /Ana Lima, port director/ });
    expect(executeQuery.mock.calls.map(([request]) => request.variables)).toEqual([{ query: 'Ana L' }]);
    expect(actor.getAttribute('href')).toBe('/actors/P1');
    expect(screen.getByRole('link', { name: /Ana Lima: the lock will open/ }).getAttribute('href')).toBe(
      '/articles/A1?focus=S1',
    );
  });

  it('does not search for a single character, and Enter opens the results page', async () => {
    const { executeQuery, router } = setup();
    const input = screen.getByRole('searchbox');
    fireEvent.change(input, { target: { value: 'A' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(executeQuery).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'Ana Lima' } });
    const form = input.closest('form');
    if (!form) throw new Error('the search box has no form');
    fireEvent.submit(form);
    expect(router.state.location.pathname + router.state.location.search).toBe('/search?q=Ana%20Lima');
  });
});
