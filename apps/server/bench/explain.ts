import { openDb } from '../src/db/db.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/yoga.ts';
import { isGraphQLSuccess } from './load.ts';
import type { Storage } from './processes.ts';
import type { Probe } from './queries.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

interface ExplainedQuery {
  statements: number;
  /** No statement reads a big table sequentially. */
  usesIndexesOnly: boolean;
  executionMs: number;
  plans: { sql: string; executionMs: number; indexes: string[]; seqScans: string[]; seqScansOnBigTables: string[] }[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

/** Tables with more rows than this count as big: a sequential scan of one is a finding. */
const BIG_TABLE_ROWS = 5_000;

/**
 * For each probe, the SQL the server issues (captured at the db layer while the app answers it
 * in-process on the same storage, server stopped) and its EXPLAIN ANALYZE with the planner's own
 * choices: which scans each statement uses, and whether any reads a big table sequentially.
 */
export async function explainProbes(storage: Storage, probes: Probe[]) {
  let log: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = await openDb({
    ...storage,
    onQuery: (sql, parameters) => {
      log.push({ sql, parameters });
    },
  });
  try {
    const app = createApp({ db, logger: createLogger('silent') });
    // Exact counts: PGlite runs no autovacuum, so the statistics views may lag behind.
    const sizes = await db.script(async (session) => {
      const tables = await session.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      );
      const counts: Record<string, number> = {};
      for (const { table_name: table } of tables) {
        const [row] = await session.query(`SELECT count(*)::int AS n FROM "${String(table)}"`);
        counts[String(table)] = Number(row?.n);
      }
      return counts;
    });
    const big = new Set(Object.keys(sizes).filter((table) => (sizes[table] ?? 0) > BIG_TABLE_ROWS));
    const results: Record<string, ExplainedQuery> = {};
    for (const probe of probes) {
      log = [];
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: probe.body,
      });
      const text = await response.text();
      if (!isGraphQLSuccess(text)) throw new Error(`${probe.name}: ${text.slice(0, 300)}`);
      if (log.length === 0) throw new Error(`${probe.name}: no SQL captured (answered from a cache?)`);
      const statements = log;
      log = [];
      const plans = await db.script(async (session) => {
        const out = [];
        for (const { sql, parameters } of statements) {
          // Twice: the first run reads pages in from disk, the second is what a running server sees.
          await session.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...parameters]);
          const rows = await session.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...parameters]);
          const raw = rows[0]?.['QUERY PLAN'];
          const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
            Plan: PlanNode;
            'Execution Time': number;
          }[];
          const nodes = plan ? walk(plan.Plan) : [];
          const seqScans = [
            ...new Set(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'] ?? '')),
          ];
          out.push({
            sql: sql.replace(/\s+/g, ' ').slice(0, 300),
            executionMs: Math.round((plan?.['Execution Time'] ?? 0) * 100) / 100,
            indexes: [...new Set(nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])))],
            seqScans,
            seqScansOnBigTables: seqScans.filter((table) => big.has(table)),
          });
        }
        return out;
      });
      results[probe.name] = {
        statements: plans.length,
        usesIndexesOnly: plans.every((plan) => plan.seqScansOnBigTables.length === 0),
        executionMs: Math.round(plans.reduce((sum, plan) => sum + plan.executionMs, 0) * 100) / 100,
        plans,
      };
    }
    return {
      tableRows: sizes,
      bigTables: [...big],
      queries: results,
    };
  } finally {
    await db.close();
  }
}
