import { expect, test } from '@playwright/test';
import { seedArticle } from './support.ts';

test('the header search finds an actor as you type and lands on it', async ({ page, request }) => {
  const seed = await seedArticle(request);
  const actor = seed.mentions.edges[0]?.node.actor;
  if (!actor) throw new Error('The seed article has no actor');
  // A prefix of the name, as someone would type it.
  const term = actor.name.split(' ').at(-1)?.slice(0, 6) ?? actor.name;

  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search actors, statements, places and articles' });
  await box.pressSequentially(term, { delay: 40 });
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results).toBeVisible();
  const hit = results
    .getByRole('link', { name: new RegExp(actor.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/actors\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
});

test('Enter opens the full results, reachable by keyboard', async ({ page, request }) => {
  const seed = await seedArticle(request);
  const place = seed.locations.edges[0]?.node;
  if (!place) throw new Error('The seed article has no place');
  await page.goto('/actors');
  const box = page.getByRole('searchbox', { name: 'Search actors, statements, places and articles' });
  await box.fill(place.name);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(place.name)}`));
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.search-results')).toContainText(place.name);
  // Keyboard: from the search box, ArrowDown moves into the live results.
  await box.fill('');
  await box.pressSequentially(place.name.slice(0, 5), { delay: 40 });
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await box.press('ArrowDown');
  const focused = page.locator('.search-popup a:focus');
  await expect(focused).toHaveCount(1);
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});
