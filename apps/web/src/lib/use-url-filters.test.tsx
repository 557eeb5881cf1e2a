import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorFilters } from './filters.ts';
import { useUrlFilters } from './use-url-filters.ts';

function Probe() {
  const { filters, update, textInput, after, setAfter } = useUrlFilters(actorFilters, ['search']);
  return (
    <>
      <input aria-label="Name" {...textInput('search')} />
      <button type="button" onClick={() => update({ kind: 'PERSON' })}>
        People
      </button>
      <button type="button" onClick={() => setAfter('cursor-1')}>
        More
      </button>
      <output>{JSON.stringify({ kind: filters.kind, search: filters.search, after })}</output>
    </>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/actors', Component: Probe }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

const shown = () => JSON.parse(screen.getByRole('status').textContent ?? '{}');
const pause = () => act(async () => vi.advanceTimersByTime(300));

describe('useUrlFilters', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('reads the filters from the URL and shows its text in the input', () => {
    renderAt('/actors?kind=STATE&q=%20Minsk%20');
    expect(shown()).toEqual({ kind: 'STATE', search: 'Minsk', after: null });
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Minsk');
  });

  it('writes typed text to the URL once typing pauses, replacing the entry', async () => {
    const router = renderAt('/actors');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Luk' } });
    await act(async () => vi.advanceTimersByTime(200));
    expect(router.state.location.search).toBe('');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Lukashenko' } });
    await act(async () => vi.advanceTimersByTime(200));
    expect(router.state.location.search).toBe('');
    await pause();
    expect(router.state.location.search).toBe('?q=Lukashenko');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(shown()).toMatchObject({ search: 'Lukashenko' });
  });

  it('applies a choice at once as a new entry and starts again from the first page', async () => {
    const router = renderAt('/actors?q=Minsk');
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(shown().after).toBe('cursor-1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'People' })));
    expect(router.state.location.search).toBe('?kind=PERSON&q=Minsk');
    expect(router.state.historyAction).toBe('PUSH');
    expect(shown()).toEqual({ kind: 'PERSON', search: 'Minsk', after: null });
  });

  it('shows the text of the URL again after going back', async () => {
    const router = renderAt('/actors?q=old');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'People' })));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'new' } });
    await pause();
    expect(router.state.location.search).toBe('?kind=PERSON&q=new');
    await act(async () => router.navigate(-1));
    expect(router.state.location.search).toBe('?q=old');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('old');
    await pause();
    expect(router.state.location.search).toBe('?q=old');
  });
});
