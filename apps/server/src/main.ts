import { availableParallelism } from 'node:os';
import { ExtractPool } from './bulk/extract-pool.ts';
import { readConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { createHttpServer } from './http.ts';
import { createLogger } from './logger.ts';
import { seedIfEmpty } from './seed.ts';
import { createApp } from './yoga.ts';

const config = readConfig();
const logger = createLogger();

const db = await openDb(
  config.databaseUrl
    ? { databaseUrl: config.databaseUrl, statementTimeoutMs: config.limits.timeoutMs }
    : { dataDir: config.dataDir },
);
const applied = await migrate(db);
if (applied.length) logger.info({ applied }, 'applied migrations');
// Extraction on worker threads: a long article does not hold up other requests.
const pool = new ExtractPool(Math.max(1, availableParallelism() - 1));
const extract = (text: string, options?: { publisher?: string }) => pool.extract(text, options?.publisher ?? null);
if (await seedIfEmpty(db, extract)) logger.info('empty database: stored the seed article');

let accepting = true;
const app = createApp({
  db,
  extract,
  graphiql: config.graphiql,
  introspection: config.introspection,
  limits: config.limits,
  cacheTtlMs: config.cacheTtlMs,
  logger,
  accepting: () => accepting,
});
const server = createHttpServer(app, config.webDist);
server.listen(config.port, () => {
  logger.info(
    { port: config.port, storage: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`, web: config.webDist },
    `newsgraph on http://localhost:${config.port}/ (GraphiQL at /graphql)`,
  );
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
async function shutdown(signal: string) {
  if (!accepting) return;
  accepting = false;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.warn('requests still running after 10 s; closing anyway');
    server.closeAllConnections();
  }, 10_000);
  force.unref();
  server.close(async () => {
    await pool.close();
    await db.close();
    logger.info('stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
