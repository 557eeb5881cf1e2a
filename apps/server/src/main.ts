import { resolve } from 'node:path';
import { extract } from '@newsgraph/extract';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { createHttpServer } from './http.ts';
import { seedIfEmpty } from './seed.ts';
import { createApp } from './yoga.ts';

const port = Number(process.env.PORT ?? 4000);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const webDist = resolve(process.env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname);

const db = await openDb(databaseUrl ? { databaseUrl } : { dataDir });
const applied = await migrate(db);
if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
if (await seedIfEmpty(db, extract)) console.log('empty database: stored the seed article');

const server = createHttpServer(createApp({ db, extract }), webDist);
server.listen(port, () => {
  console.log(
    `newsgraph on http://localhost:${port}/ (GraphiQL at /graphql), ${databaseUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`}`,
  );
});
