import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, gql, saveScreenshot, seedArticle, settled } from './support.ts';

// Every view: it renders, passes the axe-core audit (no serious or critical violation) and is
// saved as a screenshot under artifacts/screenshots, at 1280 px (desktop) and 375 px (phone).
async function tour(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  // Nothing may overflow a 375 px screen sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('views pass the accessibility audit and are saved as screenshots', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const seed = await seedArticle(request);
  const actorId = seed.mentions.edges[0]?.node.actor.id ?? '';
  const { search } = await gql<{ search: { totalCount: number } }>(
    request,
    'query ($q: String!) { search(query: $q) { totalCount } }',
    {
      q: seed.mentions.edges[0]?.node.actor.name ?? '',
    },
  );
  expect(search.totalCount).toBeGreaterThan(0);

  const views: [string, string][] = [
    ['articles', '/'],
    ['reader', `/articles/${encodeURIComponent(seed.id)}`],
    ['actor', `/actors/${encodeURIComponent(actorId)}`],
    ['actors', '/actors'],
    ['statements', '/statements'],
    ['locations', '/locations'],
    ['network', '/network'],
    ['search', `/search?q=${encodeURIComponent(seed.mentions.edges[0]?.node.actor.name ?? '')}`],
    ['add', '/add'],
    ['not-found', '/no/such/page'],
  ];
  for (const [name, path] of views) {
    await test.step(name, async () => {
      await tour(page, path);
      if (name === 'locations' || name === 'reader') await expect(page.locator('.map-marker').first()).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(page, testInfo, name);
    });
  }
});

test('the dark scheme passes the audit too (colour contrast included)', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const seed = await seedArticle(request);
  const actorId = seed.mentions.edges[0]?.node.actor.id ?? '';
  const views: [string, string][] = [
    ['reader-dark', `/articles/${encodeURIComponent(seed.id)}`],
    ['actor-dark', `/actors/${encodeURIComponent(actorId)}`],
    ['statements-dark', '/statements'],
    ['locations-dark', '/locations'],
    ['network-dark', '/network'],
  ];
  for (const [name, path] of views) {
    await test.step(name, async () => {
      await tour(page, path);
      await expectAccessible(page);
      await saveScreenshot(page, testInfo, name);
    });
  }
});

test('keyboard users can skip to content and see where focus is', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
