import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useTimeout } from './timeout.ts';

const app = (ms: number) =>
  createYoga({
    schema: createSchema({
      typeDefs: 'type Query { wait(ms: Int!): Int! }',
      resolvers: {
        Query: { wait: (_: unknown, { ms }: { ms: number }) => new Promise((done) => setTimeout(() => done(ms), ms)) },
      },
    }),
    plugins: [useTimeout(ms)],
    logging: false,
  });

const run = async (yoga: ReturnType<typeof app>, ms: number) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ wait(ms: ${ms}) }` }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
};

describe('useTimeout', () => {
  it('answers TIMEOUT when an operation runs too long', async () => {
    const started = Date.now();
    const result = await run(app(50), 1000);
    expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('lets an operation within the limit through', async () => {
    expect(await run(app(500), 10)).toEqual({ data: { wait: 10 } });
  });
});
