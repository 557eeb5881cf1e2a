import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { Client } from 'urql';
import { Provider } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { fromValue } from 'wonka';
import { SearchPage } from './SearchPage.tsx';

afterEach(cleanup);

const hit = {
  __typename: 'SearchEdge',
  cursor: 'c1',
  node: {
    __typename: 'SearchHit',
    snippet: 'Ana Lima, port director',
    node: { __typename: 'Actor', id: 'P1', name: 'Ana Lima', actorKind: 'PERSON' },
  },
};

function renderWithCount(totalCount: number) {
  const data = { search: { __typename: 'SearchConnection', totalCount, edges: [hit] } };
  const client = { executeQuery: () => fromValue({ data }) } as unknown as Client;
  const router = createMemoryRouter([{ path: '*', Component: SearchPage }], { initialEntries: ['/search?q=lima'] });
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
}

describe('SearchPage', () => {
  it('gives the exact number of results below the server’s counting cap', async () => {
    renderWithCount(1);
    expect((await screen.findByRole('status')).textContent).toBe('1 result');
  });

  it('says "1000+" when the server stopped counting at its cap', async () => {
    renderWithCount(1000);
    expect((await screen.findByRole('status')).textContent).toBe('1000+ results');
  });
});
