import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { publishedTerms } from './published-terms';

const terms = publishedTerms();
const withRelated = terms.find((t) => t.slug === 'gradient-descent') ?? terms[0]!;

test('home page introduces the site and links to featured terms', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Optimization Glossary' })).toBeVisible();
  await page.getByRole('link', { name: 'Gradient Descent' }).first().click();
  await expect(page).toHaveURL(/\/terms\/gradient-descent\/$/);
});

test('the A-Z index lists every published term once', async ({ page }) => {
  await page.goto('/terms/');
  const listed = await page.locator('[data-term]').evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
  expect(listed.sort()).toEqual(terms.map((t) => t.slug).sort());
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'G', exact: true }).click();
  await expect(page).toHaveURL(/#letter-G$/);
});

test('a term page shows Summary, ELI5, In-depth explanation and Related terms', async ({ page }) => {
  await page.goto(`/terms/${withRelated.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: withRelated.data.title })).toBeVisible();
  for (const name of ['Summary', 'ELI5', 'In-depth explanation', 'Related terms', 'References']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.locator('.katex').first()).toBeAttached();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'DefinedTerm', name: withRelated.data.title });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', withRelated.data.title);
});

test('related links and "Referenced by" backlinks navigate between entries', async ({ page }) => {
  const source = terms.find((t) => t.data.related.length > 0)!;
  await page.goto(`/terms/${source.slug}/`);
  const firstRelated = terms.find((t) => t.slug === source.data.related[0])!;
  await page.locator('#related-terms').locator('..').getByRole('link', { name: firstRelated.data.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/terms/${firstRelated.slug}/$`));

  const target = terms.find((t) => terms.some((o) => o.data.related.includes(t.slug) && !t.data.related.includes(o.slug)));
  test.skip(!target, 'every link in the content is mutual, so no page has a "Referenced by" list');
  const referrer = terms.find((o) => o.data.related.includes(target!.slug) && !target!.data.related.includes(o.slug))!;
  await page.goto(`/terms/${target!.slug}/`);
  await page.locator('section[aria-labelledby="referenced-by"]').getByRole('link', { name: referrer.data.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/terms/${referrer.slug}/$`));
});

test('the dark-mode toggle persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`/terms/${withRelated.slug}/`);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 18, 22)');
});

test('an unknown address is answered by the 404 page', async ({ page }) => {
  const response = await page.goto('/terms/no-such-term/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a term page without a demo ships only the small site-chrome scripts, no React or tfjs', async ({ page }) => {
  const plain = terms.find((t) => !t.data.demo && !t.body.includes('<'))!;
  const scripts: { url: string; body: Buffer }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), body: await r.body() });
  });
  await page.goto(`/terms/${plain.slug}/`);
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
  const external = Buffer.concat(scripts.map((s) => s.body));
  const gzipBytes = gzipSync(Buffer.concat([Buffer.from(inline), external])).length;
  expect(scripts.map((s) => s.url).join(' ')).not.toMatch(/react|tfjs|client\./i);
  expect(gzipBytes).toBeLessThan(3_000);
  console.log(`JS on a term page without a demo: ${inline.length} B inline + ${external.length} B external, ${gzipBytes} B gzip`);
});

test('the concept map draws every term as a keyboard-reachable link, with a text list', async ({ page }) => {
  await page.goto('/map/');
  const nodes = page.locator('.concept-map a.node');
  await expect(nodes).toHaveCount(terms.length);
  await nodes.first().focus();
  await expect(nodes.first()).toBeFocused();
  const href = await nodes.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page.locator('#concept-map-text a[href^="/terms/"]').first()).toBeVisible();
});

test('category pages list their terms with counts, and every term page links to its category', async ({ page }) => {
  await page.goto('/categories/');
  const first = page.locator('.cat-card').first();
  const count = Number((await first.locator('.count').textContent())!.replace(/\D/g, ''));
  await first.getByRole('link').click();
  await expect(page.locator('.card-grid > li')).toHaveCount(count);
  await page.locator('.card-grid a').first().click();
  await page.locator('.facts a').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/\/categories\/[a-z-]+\/$/);
});

test('demo descriptions name what the demo opens with in words a reader knows, not internal ids', async ({ page }) => {
  const cases: [string, string, RegExp][] = [
    ['gradient-descent', 'optimizer-playground', /opens with SGD at learning rate 0\.05 on the surface “Quadratic bowl/],
    ['learning-rate-schedule', 'schedule-viewer', /opens on “[A-Z][^”]+”/],
    ['loss-function', 'loss-explorer', /opens with MSE, MAE, Huber/],
  ];
  for (const [slug, demo, expected] of cases) {
    await page.goto(`/terms/${slug}/`);
    const description = page.locator(`figure[data-demo="${demo}"] .demo-description`);
    await expect(description).toHaveText(expected);
    await expect(description).not.toHaveText(/\b(sgd|mse|mae|huber|cross-entropy|warmup-cosine)\b/);
  }
});

test('every term page fits a 375 px phone without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const wide: string[] = [];
  for (const term of terms) {
    await page.goto(`/terms/${term.slug}/`);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (width > 375) wide.push(`${term.slug} (${width} px)`);
  }
  expect(wide).toEqual([]);
});
