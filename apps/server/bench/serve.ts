import { createServer } from 'node:http';
import { extract } from '@newsgraph/extract';
import { createSchema, createYoga } from 'graphql-yoga';
import { openDb } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { seedIfEmpty } from '../src/seed.ts';
import { createApp } from '../src/yoga.ts';

// The two servers the benchmark compares, in a process of their own so the load generator does
// not share their core: a bare graphql-yoga "hello" and newsgraph on an in-memory PGlite with the seed.

const hello = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: false,
});
const db = await openDb(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : {});
await migrate(db);
await seedIfEmpty(db, extract);
const app = createApp({ db, logger: createLogger('silent') });

const listen = (handler: Parameters<typeof createServer>[1]) =>
  new Promise<number>((resolve) => {
    const server = createServer(handler).listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
const ports = { hello: await listen(hello), newsgraph: await listen(app) };
process.stdout.write(`${JSON.stringify(ports)}\n`);
