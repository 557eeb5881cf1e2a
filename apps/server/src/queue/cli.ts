import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeWorkerUtils, run, Logger as WorkerLogger } from 'graphile-worker';
import { ExtractPool } from '../bulk/extract-pool.ts';
import { readConfig } from '../config.ts';
import { openDb } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { enqueueFiles, INGEST_TASK, ingestTask } from './jobs.ts';

const USAGE = `Usage: pnpm ingest:queue enqueue [options] PATH...
       pnpm ingest:queue worker [--concurrency N]

Bulk ingest as jobs of a PostgreSQL-backed queue (graphile-worker), for archives that outgrow one
machine. "enqueue" adds one job per article found in .txt and .json files (as for pnpm ingest); the
job carries the text, and its key is the text's hash, so enqueueing again adds nothing. "worker"
runs jobs until SIGTERM or SIGINT; start any number of workers, on any machines that reach the
database. Articles already stored are skipped; a failed job is retried with backoff, up to
--max-attempts times, then stays in graphile_worker.jobs with its last_error.

Needs DATABASE_URL (PostgreSQL). The queue lives in the graphile_worker schema of that database.

Options:
  -c, --concurrency N    worker: jobs at once, each extracted on its own thread (default 1)
      --max-attempts N   enqueue: attempts before a job counts as failed (default 3)
      --publisher P      enqueue: publisher for articles that do not name one
  -h, --help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', short: 'c', default: '1' },
    'max-attempts': { type: 'string', default: '3' },
    publisher: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, ...paths] = positionals;
if (values.help || (command !== 'enqueue' && command !== 'worker') || (command === 'enqueue' && paths.length === 0)) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const positive = (value: string, name: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`${name} must be a positive integer, got ${value}`);
    process.exit(2);
  }
  return number;
};

const { databaseUrl } = readConfig();
if (!databaseUrl) {
  console.error(
    'The job queue needs PostgreSQL: set DATABASE_URL (e.g. postgresql://user@host/newsgraph).\n' +
      'Embedded PGlite (DATA_DIR) is a single-process database that other workers cannot join;\n' +
      'on one machine, use pnpm ingest PATH... instead.',
  );
  process.exit(2);
}

const logger = createLogger();

if (command === 'enqueue') {
  const maxAttempts = positive(values['max-attempts'], '--max-attempts');
  const utils = await makeWorkerUtils({ connectionString: databaseUrl });
  try {
    await utils.migrate();
    // pnpm runs scripts in the package folder; paths are meant from where the command was typed.
    const report = await enqueueFiles(
      utils,
      paths.map((path) => resolve(process.env.INIT_CWD ?? process.cwd(), path)),
      {
        maxAttempts,
        ...(values.publisher ? { defaults: { publisher: values.publisher } } : {}),
      },
    );
    for (const item of report.unreadable) console.error(`unreadable: ${item.source}: ${item.message}`);
    console.log(
      JSON.stringify({ files: report.files, enqueued: report.enqueued, unreadable: report.unreadable.length }),
    );
    process.exitCode = report.unreadable.length > 0 ? 1 : 0;
  } finally {
    await utils.release();
  }
} else {
  const concurrency = positive(values.concurrency, '--concurrency');
  const db = await openDb({ databaseUrl });
  // Workers starting together migrate one after the other (migrate takes an advisory lock).
  await migrate(db);
  const pool = new ExtractPool(concurrency);
  const runner = await run({
    connectionString: databaseUrl,
    concurrency,
    // Our own handler below stops the runner, then closes the pool and the database.
    noHandleSignals: true,
    taskList: {
      [INGEST_TASK]: ingestTask(db, (text, options) => pool.extract(text, options?.publisher ?? null), logger),
    },
    logger: new WorkerLogger((scope) => (level, message, meta) => {
      const line = { ...scope, ...meta };
      if (level === 'error') logger.error(line, message);
      else if (level === 'warning') logger.warn(line, message);
      else if (level === 'info') logger.info(line, message);
      else logger.debug(line, message);
    }),
  });
  logger.info({ event: 'ready', pid: process.pid, concurrency }, 'queue worker ready');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal }, 'finishing running jobs, then stopping');
    void runner.stop();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  try {
    await runner.promise;
  } finally {
    await pool.close();
    await db.close();
    logger.info({ event: 'stopped' }, 'queue worker stopped');
  }
}
