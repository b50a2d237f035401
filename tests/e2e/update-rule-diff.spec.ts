/**
 * The <UpdateRuleDiff> tag is static HTML made at build time: these checks run with JavaScript off, then once with
 * it on for axe, on a 375 px screen in dark mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const ENTRIES: [string, string, string][] = [
  ['/terms/momentum/', 'sgd', 'momentum'],
  ['/terms/nesterov-accelerated-gradient/', 'momentum', 'nesterov'],
  ['/terms/adamw/', 'adam', 'adamw'],
  ['/terms/adam/', 'adam', 'amsgrad'],
  ['/terms/nadam/', 'adam', 'nadam'],
  ['/terms/lion/', 'adam', 'lion'],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('AdamW shows Adam next to it with only the weight-decay line changed, in words and KaTeX', async ({ page }) => {
    await page.goto('/terms/adamw/');
    const diff = page.locator('figure[data-update-rule-diff][data-from="adam"][data-to="adamw"]');
    await expect(diff).toHaveCount(1);
    await expect(diff.locator('thead th')).toHaveText(['Step', 'Adam', 'AdamW']);
    const rows = diff.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(diff.locator('tbody tr[data-status="changed"]')).toHaveCount(1);
    const changed = diff.locator('tr[data-line="weight-decay"]');
    await expect(changed).toHaveAttribute('data-status', 'changed');
    await expect(changed.locator('th')).toContainText('changed');
    await expect(changed.locator('th')).toContainText('weight decay');
    await expect(diff.locator('tr[data-line="second-moment"] th')).toContainText('same');
    // KaTeX was rendered at build time: HTML for the eye, MathML for assistive technology.
    await expect(changed.locator('td .katex')).toHaveCount(2);
    await expect(changed.locator('td math')).toHaveCount(2);
    await expect(diff.locator('script')).toHaveCount(0);
  });

  test('every entry that uses the tag renders its pair', async ({ page }) => {
    for (const [path, from, to] of ENTRIES) {
      await page.goto(path);
      const diff = page.locator(`figure[data-update-rule-diff][data-from="${from}"][data-to="${to}"]`);
      await expect(diff, path).toHaveCount(1);
      await expect(diff.locator('tbody tr:not([data-status="unchanged"])').first(), path).toBeVisible();
    }
    await page.goto('/terms/lion/');
    await expect(page.locator('tr[data-line="second-moment"]')).toHaveAttribute('data-status', 'removed');
    await expect(page.locator('tr[data-line="second-moment"] th')).toContainText('removed');
    await expect(page.locator('tr[data-line="direction"] th')).toContainText('added');
  });

  test('fits a 375 px screen: one block per step, each formula labelled', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/terms/nadam/');
    const diff = page.locator('figure[data-update-rule-diff]');
    await diff.scrollIntoViewIfNeeded();
    const box = (await diff.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    for (const cell of await diff.locator('td').all()) {
      const b = (await cell.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(375);
    }
    await expect(diff.locator('tr[data-line="update"] td .who').first()).toBeVisible();
  });
});

test('is axe clean in dark mode on a phone, with no console errors', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/terms/lion/');
  const results = await new AxeBuilder({ page }).include('figure[data-update-rule-diff]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});
