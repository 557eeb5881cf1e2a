import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ExtractPool } from '../bulk/extract-pool.ts';
import { runBulkIngest } from '../bulk/run.ts';
import { readConfig } from '../config.ts';
import { openDb } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';

const USAGE = `Usage: pnpm ingest [options] PATH...

Ingests .txt files (one article each) and .json files (an article object or an array of them:
{ text, title?, url?, publisher?, publishedAt? }), searching directories recursively. Articles
are stored 25 per transaction; those already stored are skipped, so an interrupted run can simply
be started again. A run that stored articles ends with VACUUM (ANALYZE) of the newsgraph tables.

Storage as for the server: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data; stop the
server first, PGlite allows one process at a time).

Options:
  -j, --workers N     extraction threads (default: cores - 1, at least 1)
      --publisher P   publisher for articles that do not name one
  -q, --quiet         no progress bar
  -h, --help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: 'string', short: 'j' },
    publisher: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length === 0) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const workers = values.workers ? Number(values.workers) : Math.max(1, availableParallelism() - 1);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`--workers must be a positive integer, got ${values.workers}`);
  process.exit(2);
}

const config = readConfig();
const db = await openDb(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
await migrate(db);
const pool = new ExtractPool(workers);
const bar = new SingleBar({
  format: 'ingest [{bar}] {value}/{total} | stored {stored} skipped {skipped} failed {failed} | {eta_formatted} left',
  stream: process.stderr,
  noTTYOutput: false,
});
let barStarted = false;
try {
  const report = await runBulkIngest({
    db,
    // `pnpm ingest` at the root runs here in apps/server; paths stay relative to where it was typed.
    paths: positionals.map((path) => resolve(process.env.INIT_CWD ?? process.cwd(), path)),
    extract: (text, publisher) => pool.extract(text, publisher),
    // Enough in flight to keep every worker busy while earlier articles are being stored.
    concurrency: workers * 2,
    defaults: values.publisher ? { publisher: values.publisher } : {},
    onProgress: (progress) => {
      if (values.quiet) return;
      if (!process.stderr.isTTY) {
        // Logs and CI get a JSON line per percent (per article in small runs) instead of a bar.
        const step = Math.max(1, Math.floor(progress.total / 100));
        if (progress.done % step === 0 || progress.done === progress.total) console.error(JSON.stringify(progress));
        return;
      }
      if (!barStarted) {
        bar.start(progress.total, 0, progress);
        barStarted = true;
      }
      bar.update(progress.done, progress);
    },
  });
  if (barStarted) bar.stop();
  for (const failure of report.failures) console.error(`failed: ${failure.source}: ${failure.message}`);
  const { failures: _failures, ...summary } = report;
  console.log(
    JSON.stringify({ ...summary, articlesPerSecond: Math.round((report.stored / report.seconds) * 10) / 10 }),
  );
  process.exitCode = report.failed > 0 ? 1 : 0;
} finally {
  await pool.close();
  await db.close();
}
