import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';

const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** Asks the real API directly, so tests compare the page with what the server says (no hard-coded names). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error('GraphQL answered without data');
  return body.data;
}

export interface SeedArticle {
  id: string;
  title: string | null;
  sections: { kind: string }[];
  mentions: { edges: { node: { id: string; text: string; actor: { id: string; name: string } } }[] };
  statements: { edges: { node: { id: string; kind: string; speaker: { name: string } | null } }[] };
  locations: { edges: { node: { id: string; name: string; latitude: number | null } }[] };
}

/** The article the server stored first: the seed (other tests add newer ones). */
export async function seedArticle(request: APIRequestContext): Promise<SeedArticle> {
  const { articles } = await gql<{ articles: { edges: { node: { id: string; ingestedAt: string } }[] } }>(
    request,
    '{ articles(first: 100) { edges { node { id ingestedAt } } } }',
  );
  const first = [...articles.edges].sort((a, b) => a.node.ingestedAt.localeCompare(b.node.ingestedAt))[0];
  if (!first) throw new Error('The server has no article; it should have stored the seed on start');
  const { article } = await gql<{ article: SeedArticle }>(
    request,
    `query ($id: ID!) { article(id: $id) {
      id title sections { kind }
      mentions(first: 500) { edges { node { id text actor { id name } } } }
      statements(first: 100) { edges { node { id kind speaker { name } } } }
      locations(first: 50) { edges { node { id name latitude } } }
    } }`,
    { id: first.node.id },
  );
  return article;
}

/** Fails on any serious or critical axe-core violation, listing them readably. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** Full-page screenshot under artifacts/screenshots, named by project (desktop/phone) and view. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = join(screenshotDir, `${testInfo.project.name}-${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Waits until the page shows no loading indicator. */
export async function settled(page: Page) {
  await expect(page.locator('main [role="status"] .spinner')).toHaveCount(0);
}
