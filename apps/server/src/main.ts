import { extract } from '@newsgraph/extract';
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
    await db.close();
    logger.info('stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
