import { LinkChecker } from 'linkinator';
import { expect, test } from '@playwright/test';
import { BASE } from '../../playwright.base-path.config';
import { collectPageErrors } from '../e2e/page-errors';
import { builtPages } from '../quality/built-site';

test('every link, asset and anchor of the site resolves under the base path (nothing points at the root)', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const start = `${baseURL}${BASE}`;
  const result = await new LinkChecker().check({
    path: start,
    recurse: true,
    checkFragments: true,
    // Only our own server; external hosts are never fetched.
    linksToSkip: async (url: string) => !url.startsWith(`${baseURL}/`),
    concurrency: 8,
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status ?? ''} ${l.url} (on ${l.parent ?? '?'})`);
  console.log(`linkinator under ${BASE}: ${result.links.length} links checked, ${broken.length} broken`);
  expect(broken).toEqual([]);
  // Every page was reached by following links from the home page (unique URLs: pages plus assets).
  expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThanOrEqual(builtPages().length - 1);
  expect(result.links.every((l) => l.state === 'SKIPPED' || l.url.startsWith(`${baseURL}${BASE}`))).toBe(true);
});

test('a search opens its result, and a typo is forgiven, under the base path', async ({ page }) => {
  await page.goto(BASE);
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the glossary' });
  await input.fill('adma');
  const first = page.getByRole('listbox', { name: 'Search results' }).locator('.search-hit:not(.search-section)').first();
  await expect(first.locator('.hit-title')).toHaveText('Adam');
  await input.fill('momentum');
  await expect(first.locator('.hit-title')).toHaveText('Momentum');
  await expect(first).toHaveAttribute('data-url', `${BASE}terms/momentum/`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}terms/momentum/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Momentum');
});

test('the training playground trains under the base path (worker and .wasm found)', async ({ page }) => {
  const errors = collectPageErrors(page);
  const wasm: string[] = [];
  page.context().on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${BASE}terms/backpropagation/?backend=wasm&tp.ep=20`);
  const figure = page.locator('figure[data-demo="training-playground"]');
  await figure.scrollIntoViewIfNeeded();
  const train = figure.getByRole('button', { name: 'Train' });
  await expect(train).toBeEnabled({ timeout: 30_000 });
  await train.click();
  const view = page.getByTestId('training-playground-view');
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(figure.getByTestId('tp-backend')).toContainText('Running on wasm');
  expect(Number(await view.getAttribute('data-train-loss'))).toBeLessThan(Number(await view.getAttribute('data-first-train-loss')));
  expect(wasm.length).toBeGreaterThan(0);
  expect(wasm.every((p) => p.startsWith(`${BASE}tfjs/`))).toBe(true);
  expect(errors).toEqual([]);
});

test('generated files carry the base path: terms.json, llms.txt, Markdown copies, feed', async ({ request }) => {
  const json = await (await request.get(`${BASE}terms.json`)).json();
  expect(json.terms.every((t: { url: string; markdown: string }) => t.url.startsWith(BASE) && t.markdown.startsWith(BASE))).toBe(true);
  const llms = await (await request.get(`${BASE}llms.txt`)).text();
  const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
  const md = await (await request.get(`${BASE}terms/adam.md`)).text();
  expect(md).toContain(`](${BASE}terms/momentum/)`);
  expect(md).not.toMatch(/\]\(\/terms\//);
  const feed = await (await request.get(`${BASE}feed.xml`)).text();
  expect(feed).toContain(`href="${BASE}terms/adam/"`);
  const names = await (await request.get(`${BASE}search-names.json`)).json();
  expect(names[0].u.startsWith(`${BASE}terms/`)).toBe(true);
});

test('with REPO_URL set, term pages link to the entry file on the repository ("Edit this page")', async ({ page }) => {
  await page.goto(`${BASE}terms/adam/`);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', 'https://github.com/example/optimization-glossary/edit/main/content/terms/adam.mdx');
});
