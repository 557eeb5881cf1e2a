import { afterEach, describe, expect, it, vi } from 'vitest';
import { forwardOverSse } from './sse.ts';

/** Records what the transport asks of EventSource and lets the test play the server. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly url: URL;
  closed = false;
  private listeners = new Map<string, (event: MessageEvent<string>) => void>();
  constructor(url: URL) {
    this.url = url;
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  emit(type: string, data = '') {
    this.listeners.get(type)?.(new MessageEvent(type, { data }));
  }
  close() {
    this.closed = true;
  }
}

const request = {
  query: 'subscription P($id: ID!) { p(id: $id) }',
  variables: { id: 'x' },
  operationName: 'P',
  extensions: undefined,
};

function open() {
  const sink = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
  forwardOverSse('http://localhost/graphql')(request, {} as never).subscribe(sink);
  const source = FakeEventSource.last;
  if (!source) throw new Error('no EventSource opened');
  return { sink, source };
}

describe('forwardOverSse', () => {
  vi.stubGlobal('EventSource', FakeEventSource);
  afterEach(() => {
    FakeEventSource.last = null;
  });

  it('sends the operation as query parameters and passes each `next` event on until `complete`', () => {
    const { sink, source } = open();
    expect(source.url.pathname).toBe('/graphql');
    expect(source.url.searchParams.get('query')).toBe(request.query);
    expect(JSON.parse(source.url.searchParams.get('variables') ?? '')).toEqual({ id: 'x' });
    source.emit('next', '{"data":{"p":1}}');
    source.emit('next', '{"data":{"p":2}}');
    source.emit('complete');
    expect(sink.next.mock.calls).toEqual([[{ data: { p: 1 } }], [{ data: { p: 2 } }]]);
    expect(sink.complete).toHaveBeenCalledOnce();
    expect(source.closed).toBe(true);
  });

  it('ends with an error instead of reconnecting when the stream breaks', () => {
    const { sink, source } = open();
    source.emit('error');
    expect(source.closed).toBe(true);
    expect(sink.error).toHaveBeenCalledOnce();
    expect(sink.complete).not.toHaveBeenCalled();
  });
});
