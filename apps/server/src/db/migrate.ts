import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any fixed number: servers starting together on one PostgreSQL migrate one after the other.
const MIGRATION_LOCK = 4_260_117;

/** Applies the numbered migrations not yet applied, each in its own transaction; returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((file) => /^\d{4}_.+\.sql$/.test(file)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const script = await readFile(migrationsDir + file, 'utf8');
    const done = await db.script(async (session) => {
      await session.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await session.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const rows = await session.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length > 0) return true;
      await session.exec(script);
      await session.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return false;
    });
    if (!done) applied.push(version);
  }
  return applied;
}
