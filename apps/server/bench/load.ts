import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
}

export interface LoadOptions {
  url: string;
  /** The request body, or several sent in turn (e.g. the reader for many articles). */
  body: string | string[];
  connections: number;
  /** Seconds of load; the run stops by itself. */
  seconds?: number;
  /** Or a fixed number of requests. */
  amount?: number;
  /** Requests per second over all connections (a fixed, moderate rate). */
  overallRate?: number;
}

/** A GraphQL answer with data and no errors. */
export function isGraphQLSuccess(body: string | Buffer | undefined): boolean {
  if (body === undefined) return false;
  try {
    const json = JSON.parse(body.toString()) as { data?: unknown; errors?: unknown };
    return json.data !== undefined && json.data !== null && json.errors === undefined;
  } catch {
    return false;
  }
}

/** One autocannon run of one POSTed GraphQL body against a loopback URL. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  if (!new URL(options.url).hostname.startsWith('127.')) throw new Error(`load stays on loopback, not ${options.url}`);
  const bodies = typeof options.body === 'string' ? [options.body] : options.body;
  let sent = 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[sent++ % bodies.length] }) }],
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    timeout: 30,
    verifyBody: isGraphQLSuccess,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches,
  };
}
