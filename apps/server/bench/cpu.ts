import { createSchema, createYoga } from 'graphql-yoga';
import { openDb } from '../src/db/db.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/yoga.ts';
import type { Storage } from './processes.ts';

const BLOCK = 50;

/**
 * CPU time per request of the typical query (response cache off) and of bare Yoga's hello, both
 * answered in this process through `app.fetch`, in alternating blocks. Other work on the machine
 * stretches wall-clock figures but hardly the CPU time a request takes, so this ratio shows what
 * the code costs when requests/s are skewed by load. No HTTP: both skip the same socket work.
 */
export async function cpuPerRequest(storage: Storage, typical: string[], rounds = 10) {
  const db = await openDb(storage);
  try {
    const app = createApp({ db, logger: createLogger('silent'), cacheTtlMs: 0 });
    const hello = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { hello: String! }',
        resolvers: { Query: { hello: () => 'world' } },
      }),
      logging: false,
    });
    const helloBody = JSON.stringify({ query: '{ hello }' });
    const post = async (send: (init: RequestInit) => Response | Promise<Response>, body: string) => {
      const response = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      if (!text.startsWith('{"data"')) throw new Error(`cpu bench: ${text.slice(0, 200)}`);
    };
    const spent = { hello: 0, typical: 0 };
    let sent = 0;
    const block = async (name: keyof typeof spent, next: () => Promise<void>) => {
      const started = process.cpuUsage();
      for (let index = 0; index < BLOCK; index++) await next();
      const used = process.cpuUsage(started);
      spent[name] += (used.user + used.system) / 1000;
    };
    // The first round warms the JIT and the database's caches and is not counted.
    for (let round = 0; round <= rounds; round++) {
      if (round === 1) spent.hello = spent.typical = 0;
      await block('hello', () => post((init) => hello.fetch('http://localhost/graphql', init), helloBody));
      await block('typical', () =>
        post((init) => app.fetch('http://localhost/graphql', init), typical[sent++ % typical.length] ?? ''),
      );
    }
    const requests = rounds * BLOCK;
    const round2 = (value: number) => Math.round(value * 1000) / 1000;
    return {
      requests,
      bareYogaHelloMsPerRequest: round2(spent.hello / requests),
      typicalQueryMsPerRequest: round2(spent.typical / requests),
      ratio: round2(spent.hello / spent.typical),
    };
  } finally {
    await db.close();
  }
}
