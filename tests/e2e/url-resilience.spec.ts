import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BackendCheckStateSchema } from '../../components/demos/BackendCheck/state';
import { CompressionLabStateSchema } from '../../components/demos/CompressionLab/state';
import { LossExplorerStateSchema } from '../../components/demos/LossExplorer/state';
import { NumberFormatsStateSchema } from '../../components/demos/NumberFormats/state';
import { OptimizerPlaygroundStateSchema } from '../../components/demos/OptimizerPlayground/state';
import { DEMOS, type DemoId } from '../../components/demos/registry';
import { ScheduleViewerStateSchema } from '../../components/demos/ScheduleViewer/state';
import { TrainingPlaygroundStateSchema } from '../../components/demos/TrainingPlayground/state';
import { urlKeys, type UrlSchema, type UrlShape } from '../../components/demos/shared/url-state';
import { collectPageErrors } from './page-errors';
import { publishedTerms } from './published-terms';

// Hostile and mistyped URLs (issue 18, items 1 and 5): a long value never widens the page, and every value the
// codec refuses is named, shortened, grouped, and replaced by the default.

const SCHEMAS: Record<DemoId, UrlSchema<UrlShape>> = {
  'optimizer-playground': OptimizerPlaygroundStateSchema,
  'training-playground': TrainingPlaygroundStateSchema,
  'schedule-viewer': ScheduleViewerStateSchema,
  'compression-lab': CompressionLabStateSchema,
  'loss-explorer': LossExplorerStateSchema,
  'backend-check': BackendCheckStateSchema,
  'number-formats': NumberFormatsStateSchema,
};
const terms = publishedTerms();
/** An entry embedding each demo (its first in file order). */
const pageOf = (tag: string) => {
  const term = terms.find((t) => new RegExp(`<${tag}\\b`).test(t.body));
  if (term === undefined) throw new Error(`no published entry embeds <${tag}>`);
  return `/terms/${term.slug}/`;
};

/**
 * Opens `path?query` with the whole query in the address bar (the demos read it there) while the server gets the
 * bare path: a 150 KB query would exceed any server's header limit (Node's is 16 KB), which is not what is tested.
 */
async function openWithQuery(page: Page, path: string, query: string) {
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch({ url: new URL(path, route.request().url()).href });
    await route.fulfill({ response });
  });
  await page.goto(`${path}?${query}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const LONG = 'W'.repeat(10_000);

for (const demo of DEMOS) {
  for (const width of [320, 1280]) {
    test(`${demo.title}: a 10,000-character value in every URL parameter keeps the page ${width} px wide`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.setViewportSize({ width, height: 900 });
      const keys = Object.values<string>(urlKeys(SCHEMAS[demo.id]));
      const query = [...keys.map((k) => `${demo.urlPrefix}.${k}=${LONG}`), `${demo.urlPrefix}.${'k'.repeat(10_000)}=${LONG}`].join('&');
      await openWithQuery(page, pageOf(demo.tag), query);
      const root = page.getByTestId(demo.id).first();
      await root.scrollIntoViewIfNeeded();
      const warnings = root.locator('.gd-message-warning');
      await expect(warnings).toContainText(`${demo.urlPrefix}.${keys[0]}=WWW`, { timeout: 30_000 });
      // One line per refused value plus one for the unknown key; each echo is shortened.
      await expect(warnings.locator('p')).toHaveCount(keys.length + 1);
      for (const text of await warnings.locator('p').allTextContents()) expect(text.length).toBeLessThan(400);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
}

test('five optimizers in op.opt (one too many) keep a 320 px page from scrolling sideways', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/terms/adam/?op.opt=sgd,momentum,adam,adamw,lion');
  const demo = page.getByTestId('optimizer-playground').first();
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('op-url-warnings')).toContainText('op.opt=sgd,momentum,adam,adamw,lion is not valid (at most 4 names)');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('a start point of 1e308,1e308 is refused with a warning and the default start runs (no "diverged at step 0")', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/convex-optimization/?op.x0=1e308,1e308&op.opt=sgd');
  const demo = page.getByTestId('optimizer-playground').first();
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('op-url-warnings')).toContainText('URL value op.x0=1e308,1e308 is not valid (above the maximum 100 in a coordinate): using the default -5,-5 instead.');
  const row = demo.locator('tr[data-optimizer="sgd"]');
  await expect(row).toHaveAttribute('data-loss-final', /.+/, { timeout: 30_000 });
  await expect(row).toHaveAttribute('data-diverged', 'false');
  expect(Number.isFinite(Number(await row.getAttribute('data-loss-start')))).toBe(true);
  await expect(demo).not.toContainText('diverged at step 0');
  await expect(demo).toContainText('Start (-5, -5)');
  expect(errors).toEqual([]);
});

test('hexadecimal numbers, built-in property names, repeated keys and 200 unknown keys each get one clear warning', async ({ page }) => {
  const errors = collectPageErrors(page);
  const unknown = Array.from({ length: 200 }, (_, i) => `op.k${i}=1`).join('&');
  await page.goto(`/terms/convex-optimization/?op.lr=0x10&op.steps=20&op.steps=30&op.__proto__=1&op.constructor=2&${unknown}`);
  const demo = page.getByTestId('optimizer-playground').first();
  await demo.scrollIntoViewIfNeeded();
  const lines = demo.getByTestId('op-url-warnings').locator('p');
  await expect(lines).toHaveText([
    /^URL value op\.lr=0x10 is not valid \(not a decimal number \(0x, 0b, 0o and Infinity are not accepted\)\): using the default [\d.e-]+ instead\.$/,
    'URL key op.steps is given 2 times: the first value is used.',
    '202 unknown settings ignored: op.__proto__, op.constructor, op.k0, op.k1, op.k2 and 197 more.',
  ]);
  // The first op.steps (20) is the one used: the URL written back says so.
  await expect(page).toHaveURL(/op\.steps=20(&|$)/, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the grouped URL warnings with a long echoed value pass axe (${scheme})`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`/terms/huber-loss/?le.delta=${'9'.repeat(300)}&le.a=1&le.b=2&le.delta=3`);
    await page.getByTestId('loss-explorer').first().scrollIntoViewIfNeeded();
    const warnings = page.getByTestId('le-warnings');
    await expect(warnings.locator('p')).toHaveCount(3);
    await expect(warnings).toContainText('2 unknown settings ignored: le.a, le.b.');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).include('[data-testid="le-warnings"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
