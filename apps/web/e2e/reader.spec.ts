import { expect, test } from '@playwright/test';
import { gql, seedArticle } from './support.ts';

test.describe('article reader', () => {
  test('renders highlights by actor kind, statements and page chrome of the seed article', async ({
    page,
    request,
  }) => {
    const seed = await seedArticle(request);
    expect(seed.mentions.edges.length).toBeGreaterThan(0);
    expect(seed.statements.edges.length).toBeGreaterThan(0);

    await page.goto('/');
    await page
      .getByRole('link', { name: seed.title ?? 'Untitled article' })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${encodeURIComponent(seed.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title ?? 'Untitled article');

    const text = page.locator('.article-text');
    await expect(text.locator('a.mention')).toHaveCount(seed.mentions.edges.length);
    await expect(text.locator('a.mention').first()).toHaveClass(/kind-(PERSON|ORGANIZATION|STATE|GROUP)/);
    // One marker button per statement, each in a statement mark of its kind.
    await expect(text.locator('.statement-marker')).toHaveCount(seed.statements.edges.length);
    const first = seed.statements.edges[0]?.node;
    if (first) {
      await expect(text.locator(`[data-statement="${first.id}"]`).first()).toHaveClass(
        new RegExp(`kind-${first.kind}`),
      );
    }
    // Every mention's text is exactly what the API says the span covers.
    const shown = await text.locator('a.mention').allTextContents();
    expect(shown.join('|')).toBe(seed.mentions.edges.map((e) => e.node.text).join('|'));

    const chrome = seed.sections.filter((s) => s.kind !== 'BODY');
    // Page chrome (e.g. the publisher's appeal) is set apart exactly when the API found some.
    if (chrome.length > 0) await expect(text.locator('aside.chrome').first()).toBeVisible();
    else await expect(text.locator('aside.chrome')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  });

  test('names the speaker on focus of a statement marker', async ({ page, request }) => {
    const seed = await seedArticle(request);
    const attributed = seed.statements.edges.find((e) => e.node.speaker)?.node;
    if (!attributed?.speaker) throw new Error('No statement of the seed article has a speaker');
    await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
    const mark = page.locator(`[data-statement="${attributed.id}"]`).first();
    await mark.locator('.statement-marker').focus();
    const tip = mark.locator('[role="tooltip"]');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(attributed.speaker.name);
  });

  test('clicking a highlight opens its actor, and back returns to the article', async ({ page, request }) => {
    const seed = await seedArticle(request);
    await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
    const mention = page.locator('.article-text a.mention').first();
    const href = await mention.getAttribute('href');
    const actorId = decodeURIComponent(href?.split('/').pop() ?? '');
    const { actor } = await gql<{ actor: { name: string } }>(request, 'query ($id: ID!) { actor(id: $id) { name } }', {
      id: actorId,
    });
    await mention.click();
    await expect(page).toHaveURL(new RegExp(`/actors/${encodeURIComponent(actorId)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
    // Keyword-in-context lines link back into the reader at the mention.
    const kwic = page.locator('.kwic a').first();
    await expect(kwic).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/articles/${encodeURIComponent(seed.id)}$`));
    await page.goForward();
    await page.locator('.kwic a').first().click();
    await expect(page).toHaveURL(/\?focus=/);
    await expect(page.locator('.article-text [data-focused]').first()).toBeInViewport();
  });

  test('the side panel scrolls to and highlights every span of an actor', async ({ page, request }) => {
    const seed = await seedArticle(request);
    const counts = new Map<string, number>();
    for (const { node } of seed.mentions.edges) counts.set(node.actor.name, (counts.get(node.actor.name) ?? 0) + 1);
    const [name, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
    const panel = page.getByRole('complementary', { name: 'In this article' });
    await panel
      .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\d+$`) })
      .click();
    await expect(page).toHaveURL(/\?focus=/);
    await expect(page.locator('.article-text a.mention[data-focused]')).toHaveCount(count);
    await page.goBack();
    await expect(page.locator('.article-text [data-focused]')).toHaveCount(0);
  });

  test('the article map shows one marker per geocoded place', async ({ page, request }) => {
    const seed = await seedArticle(request);
    const mapped = seed.locations.edges.filter((e) => e.node.latitude !== null).length;
    await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
    await expect(page.locator('.reader-side .world-map .map-marker')).toHaveCount(mapped);
  });
});

test('going back to a known view is answered from the normalized cache, without a request', async ({
  page,
  request,
}) => {
  const seed = await seedArticle(request);
  await page.goto(`/articles/${encodeURIComponent(seed.id)}`);
  await expect(page.locator('.article-text a.mention').first()).toBeVisible();
  await page.locator('.article-text a.mention').first().click();
  await expect(page.locator('.kwic a').first()).toBeVisible();

  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/graphql')) requests.push(r.postData() ?? '');
  });
  await page.goBack();
  await expect(page.locator('.article-text a.mention').first()).toBeVisible();
  await page.goForward();
  await expect(page.locator('.kwic a').first()).toBeVisible();
  expect(requests).toEqual([]);
});

test('an unknown article gets an error in words, not a blank page', async ({ page }) => {
  await page.goto('/articles/not-an-id');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/could not find this article|not right/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a long article shows every span, loaded page by page', async ({ page, request }) => {
  const run = `${Date.now()}`;
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) =>
      `"Shipment ${i} of run ${run} will leave on time," Maria Jansen, the port director, said in Rotterdam on day ${i + 1}. ` +
      `Jansen added that Peter de Vries had approved the plan.`,
  );
  const { ingestArticle } = await gql<{ ingestArticle: { article: { id: string } } }>(
    request,
    'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
    { input: { text: paragraphs.join('\n'), title: `Port diary ${run}` } },
  );
  const { article } = await gql<{
    article: { mentions: { totalCount: number }; statements: { totalCount: number } };
  }>(
    request,
    'query ($id: ID!) { article(id: $id) { mentions(first: 1) { totalCount } statements(first: 1) { totalCount } } }',
    {
      id: ingestArticle.article.id,
    },
  );
  // More than one page of each list (60 mentions, 30 statements per page).
  expect(article.mentions.totalCount).toBeGreaterThan(60);
  expect(article.statements.totalCount).toBeGreaterThan(30);

  await page.goto(`/articles/${encodeURIComponent(ingestArticle.article.id)}`);
  await expect(page.locator('.article-text a.mention')).toHaveCount(article.mentions.totalCount);
  await expect(page.locator('.article-text .statement-marker')).toHaveCount(article.statements.totalCount);
  await expect(page.getByText('Loading the rest of the highlights…')).toHaveCount(0);
});
