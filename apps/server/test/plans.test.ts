import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusExtractor, ingestCorpus } from './corpus.ts';
import { createTestApp, type TestApp } from './helpers.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

/**
 * Every SQL statement behind the main views can be served by an index: with sequential scans
 * switched off (so the tiny test tables do not make them the cheapest), no plan falls back to one.
 */
describe('query plans', () => {
  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp({ extract: corpusExtractor });
    ids = await ingestCorpus(t);
  });
  afterAll(() => t.close());

  async function plansOf(query: string, variables: Record<string, unknown> = {}) {
    t.resetQueryCount();
    const { errors } = await t.gql(query, variables);
    expect(errors).toBeUndefined();
    const statements = t.queries();
    expect(statements.length).toBeGreaterThan(0);
    return t.db.script(async (session) => {
      await session.exec('SET LOCAL enable_seqscan = off');
      const plans: { sql: string; nodes: PlanNode[] }[] = [];
      for (const { sql, parameters } of statements) {
        const rows = await session.query(`EXPLAIN (FORMAT JSON) ${sql}`, [...parameters]);
        const raw = rows[0]?.['QUERY PLAN'];
        const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
        plans.push({ sql, nodes: plan[0] ? walk(plan[0].Plan) : [] });
      }
      return plans;
    });
  }

  it('notices a query no index serves (so the checks below can fail)', async () => {
    const nodes = await t.db.script(async (session) => {
      await session.exec('SET LOCAL enable_seqscan = off');
      const rows = await session.query('EXPLAIN (FORMAT JSON) SELECT id FROM articles WHERE url = $1', ['x']);
      const raw = rows[0]?.['QUERY PLAN'];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
      return plan[0] ? walk(plan[0].Plan) : [];
    });
    expect(nodes.map((node) => node['Node Type'])).toContain('Seq Scan');
  });

  it.each([
    ['the article list', '{ articles(first: 20) { totalCount edges { node { title } } } }'],
    [
      'the actor list by kind',
      '{ actors(first: 50, kind: PERSON) { totalCount edges { node { name mentionCount } } } }',
    ],
    ['the statement list', '{ statements(first: 50) { totalCount edges { node { text speaker { name } } } } }'],
    ['the location list', '{ locations(first: 50) { totalCount edges { node { name } } } }'],
    ['search', '{ search(query: "harb") { totalCount edges { node { snippet } } } }'],
    [
      'an actor page',
      '{ actors(first: 1) { edges { node { mentions(first: 20) { totalCount edges { node { text } } } statements(first: 20) { edges { node { text } } } articles(first: 10) { totalCount edges { node { title } } } relations { totalCount } } } } }',
    ],
  ])('%s uses indexes only', async (_name, query) => {
    for (const { sql, nodes } of await plansOf(query)) {
      const seq = nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']);
      expect(seq, sql).toEqual([]);
    }
  });

  it('an article page uses indexes only', async () => {
    const query = `query($id: ID!) { article(id: $id) { title sections { kind }
      actors { totalCount edges { node { name } } } mentions { edges { node { start actor { name } } } }
      statements { edges { node { text speaker { name } } } } locations { edges { node { name } } }
      locationMentions { edges { node { start location { name } } } } relations { totalCount } } }`;
    for (const { sql, nodes } of await plansOf(query, { id: ids[0] })) {
      const seq = nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']);
      expect(seq, sql).toEqual([]);
    }
  });
});
