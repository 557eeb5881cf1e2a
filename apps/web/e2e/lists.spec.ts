import { expect, test } from '@playwright/test';
import { gql, seedArticle } from './support.ts';

test('the actor list filters by kind, in the URL, with mention counts', async ({ page }) => {
  await page.goto('/actors');
  const rows = page.locator('.data-table tbody tr');
  await expect(rows.first()).toBeVisible();
  // The radio follows the URL, which the router updates just after the click: check() would read
  // the state in between, so click and wait for it instead.
  const person = page.getByRole('radio', { name: 'Person' });
  await person.click();
  await expect(person).toBeChecked();
  await expect(page).toHaveURL(/\?kind=PERSON/);
  // Until the filtered page arrives the old rows may still show: wait for them to go.
  await expect(rows.locator('.badge:not(.kind-PERSON)')).toHaveCount(0);
  await expect(rows.first()).toBeVisible();
  for (const count of await rows.locator('td.num').allTextContents()) expect(Number(count)).toBeGreaterThan(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/actors$/);
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
});

test('the statement list filters by kind and speaker', async ({ page, request }) => {
  const seed = await seedArticle(request);
  const statement = seed.statements.edges.find((e) => e.node.speaker)?.node;
  if (!statement?.speaker) throw new Error('No attributed statement in the seed');
  await page.goto('/statements');
  await page.getByLabel('Kind').selectOption(statement.kind);
  await expect(page).toHaveURL(new RegExp(`kind=${statement.kind}`));
  const items = page.locator('.statement-item');
  await expect(page.locator(`.statement-item:not(.kind-${statement.kind})`)).toHaveCount(0);
  await expect(items.first()).toBeVisible();

  await page.getByLabel('Speaker').selectOption({ label: statement.speaker.name });
  await expect(page).toHaveURL(/speaker=/);
  await expect(page.locator('.statements[aria-busy="true"]')).toHaveCount(0);
  await expect(items.first()).toBeVisible();
  for (const speaker of await items.locator('.meta a[href^="/actors/"]').allTextContents()) {
    expect(speaker).toBe(statement.speaker.name);
  }
  // Each statement links to its place in the article.
  await items.first().getByRole('link', { name: /^In “/ }).click();
  await expect(page).toHaveURL(/\/articles\/[^?]+\?focus=/);
  await expect(page.locator('.article-text [data-focused]').first()).toBeVisible();
});

test('the map draws one marker per geocoded place and opens a popup with articles', async ({ page, request }) => {
  const { locations } = await gql<{
    locations: { edges: { node: { id: string; name: string; latitude: number | null } }[] };
  }>(request, '{ locations(first: 500) { edges { node { id name latitude } } } }');
  const mapped = locations.edges.filter((e) => e.node.latitude !== null);
  expect(mapped.length).toBeGreaterThan(0);
  await page.goto('/locations');
  const markers = page.locator('.world-map .map-marker');
  await expect(markers).toHaveCount(mapped.length);
  const first = mapped[0]?.node;
  if (!first) return;
  // Markers are links: keyboard users reach and open them like any other.
  await page.locator(`.world-map .map-marker[href="/locations?focus=${encodeURIComponent(first.id)}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?focus=/);
  const popup = page.locator('.map-popup');
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(first.name);
  await expect(popup.locator('a[href^="/articles/"]').first()).toBeVisible();
  await popup.getByRole('button', { name: 'Close' }).click();
  await expect(popup).toHaveCount(0);
});

test('the network shows the corpus and one article', async ({ page, request }) => {
  const seed = await seedArticle(request);
  await page.goto('/network');
  const nodes = page.locator('.network .network-node');
  await expect(nodes.first()).toBeVisible();
  expect(await nodes.count()).toBeGreaterThan(1);
  await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
  await page.getByRole('link', { name: 'Actor network' }).click();
  await expect(page).toHaveURL(/\/network$/);
  await expect(nodes.first()).toBeVisible();
  const href = await nodes.first().getAttribute('href');
  await nodes.first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
