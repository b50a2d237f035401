import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page) {
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the glossary' });
  await expect(input).toBeFocused();
  return input;
}

const hits = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).locator('.search-hit:not(.search-section)');
const firstTitle = (page: Page) => hits(page).first().locator('.hit-title');

// Misspellings of titles and aliases: each must put the intended entry first, announced as "Did you mean ...?".
const TYPOS: [string, string][] = [
  ['adma', 'Adam'], ['momentun', 'Momentum'], ['quantizaton', 'Quantization'], ['gradeint descent', 'Gradient Descent'],
  ['backpropogation', 'Backpropagation'], ['overfiting', 'Overfitting'], ['hesian', 'Hessian'], ['dropuot', 'Dropout'],
  ['rmsporp', 'RMSprop'], ['adagard', 'Adagrad'], ['cosine aneling', 'Cosine Annealing'], ['early stoping', 'Early Stopping'],
  ['weight decya', 'Weight Decay'], ['batch normalizaton', 'Batch Normalization'], ['knowlege distillation', 'Knowledge Distillation'],
  ['lookahaed', 'Lookahead'], ['shapmoo', 'Shampoo'], ['sadle point', 'Saddle Point'], ['hyperparamter', 'Hyperparameter'],
  ['autogard', 'Automatic Differentiation'], ['baysian optimization', 'Bayesian Optimization'], ['label smothing', 'Label Smoothing'],
  ['regularisaton', 'Regularization'],
];

test('misspelled titles and aliases find the intended entry first, with "Did you mean"', async ({ page }) => {
  test.setTimeout(30_000 + TYPOS.length * 5_000);
  const input = await openSearch(page);
  for (const [query, title] of TYPOS) {
    await input.fill(query);
    await expect(page.getByRole('status'), `status for "${query}"`).toContainText(`for “${query}”`);
    await expect(firstTitle(page), `first result for "${query}"`).toHaveText(title);
    await expect(hits(page).first(), query).toContainText('Did you mean');
  }
});

test('correct queries get no suggestion and keep Pagefind\'s ranking', async ({ page }) => {
  const input = await openSearch(page);
  for (const [query, title] of [['adam', 'Adam'], ['momentum', 'Momentum'], ['quantization', 'Quantization'], ['curvature', undefined]] as const) {
    await input.fill(query);
    await expect(page.getByRole('status')).toContainText(`for “${query}”`);
    if (title) await expect(firstTitle(page)).toHaveText(title);
    await expect(page.locator('.hit-suggest')).toHaveCount(0);
  }
});

test('Enter on a suggestion opens the entry', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('adma');
  await expect(firstTitle(page)).toHaveText('Adam');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/terms\/adam\/$/);
});

test('the difficulty and "has a demo" filters narrow results, suggestions included', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('gradient');
  await expect(firstTitle(page)).toBeVisible();
  const total = async () => Number(/^(\d+) result/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1] ?? NaN);
  const before = await total();
  await page.getByRole('checkbox', { name: 'Has a demo' }).check();
  await expect.poll(total).toBeLessThan(before);
  for (const url of await hits(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url') ?? ''))) {
    const slug = /\/terms\/([^/]+)\//.exec(url)?.[1];
    const json = (await (await page.request.get('/terms.json')).json()) as { terms: { slug: string; demo: string | null }[] };
    expect(json.terms.find((t) => t.slug === slug)?.demo, slug).not.toBeNull();
  }
  await page.getByRole('checkbox', { name: 'Has a demo' }).uncheck();
  await page.getByRole('combobox', { name: 'Filter by difficulty' }).selectOption('advanced');
  await input.fill('adma');
  // Adam is intermediate: with "advanced" chosen it is not suggested.
  await expect(page.getByRole('status')).toContainText('for “adma”');
  await expect(page.locator('.hit-title', { hasText: /^Adam$/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Filter by difficulty' }).selectOption('intermediate');
  await expect(firstTitle(page)).toHaveText('Adam');
});

test('the filters are on /search/ too, and the names file stays under 10 KB gzip', async ({ page, request }) => {
  await page.goto('/search/?q=momentun');
  await expect(firstTitle(page)).toHaveText('Momentum');
  await expect(page.getByRole('combobox', { name: 'Filter by difficulty' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Has a demo' })).toBeVisible();
  const body = await (await request.get('/search-names.json')).body();
  expect(gzipSync(body).length).toBeLessThanOrEqual(10 * 1024);
});

test('"Cite this entry" offers plain text and BibTeX with date and URL, copied with the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/terms/adam/');
  const summary = page.locator('summary', { hasText: 'Cite this entry' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const bib = page.locator('#cite-bibtex');
  await expect(bib).toContainText('@misc{optimization-glossary-adam,');
  await expect(bib).toContainText(/url\s+= \{http:\/\/127\.0\.0\.1:\d+\/terms\/adam\/\}/);
  await expect(page.locator('#cite-plain')).toContainText('"Adam." Optimization Glossary.');
  const copy = page.getByRole('button', { name: 'Copy BibTeX' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('BibTeX copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{optimization-glossary-adam,');
  await page.getByRole('button', { name: 'Copy plain text' }).focus();
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Optimization Glossary contributors\. "Adam\."/);
});

test('printing a term page hides the site chrome and the demo, keeps its description and prints link targets', async ({ page }) => {
  await page.goto('/terms/adam/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('figure.demo .demo-body').first()).toBeHidden();
  await expect(page.locator('figure.demo .demo-description').first()).toBeVisible();
  const after = await page.locator('.entry-body a[href="/terms/momentum/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/terms/momentum/');
});
