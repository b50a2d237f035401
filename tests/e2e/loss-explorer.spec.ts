import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';


async function openDemo(page: Page, path: string) {
  await page.goto(path);
  const demo = page.getByTestId('loss-explorer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('le-fit-table').locator('tr[data-loss]')).toHaveCount(3);
  return demo;
}

const slope = async (demo: ReturnType<Page['getByTestId']>, loss: string) => Number(await demo.locator(`tr[data-loss="${loss}"]`).getAttribute('data-slope'));

test('draws the entry losses and shows the outlier dragging the MSE fit', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '/terms/huber-loss/');
  await expect(demo.getByTestId('le-regression-chart').locator('polyline[data-series]')).toHaveCount(3);
  await expect(demo.getByTestId('le-classification-chart')).toHaveCount(0);
  const mse = await slope(demo, 'mse');
  const mae = await slope(demo, 'mae');
  expect(Math.abs(mse - 0.5)).toBeGreaterThan(5 * Math.abs(mae - 0.5));
  await demo.getByRole('checkbox', { name: 'Add an outlier to the data' }).uncheck();
  await expect.poll(() => slope(demo, 'mse')).toBeLessThan(0.6);
  await expect(page).toHaveURL(/le\.outlier=0/);
  expect(errors).toEqual([]);
});

test('moves the Huber corner with the delta slider and keeps it in the URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '/terms/huber-loss/?le.delta=2&le.show=huber,hinge');
  await expect(demo.getByRole('slider', { name: 'Huber δ (delta)' })).toHaveValue('2');
  await expect(demo.getByTestId('le-classification-chart').locator('polyline[data-series="hinge"]')).toHaveCount(1);
  await demo.getByRole('slider', { name: 'Huber δ (delta)' }).press('ArrowLeft');
  await expect(page).toHaveURL(/le\.delta=1\.95/);
  await expect(demo.getByRole('tabpanel')).toContainText('HuberLoss(delta=1.95)');
  expect(errors).toEqual([]);
});

test('explains an invalid URL value instead of drawing NaN', async ({ page }) => {
  const demo = await openDemo(page, '/terms/cross-entropy-loss/?le.delta=abc&le.show=nope');
  await expect(demo.getByTestId('le-warnings')).toContainText('le.delta=abc is not valid');
  await expect(demo.getByTestId('le-warnings')).toContainText('le.show=nope is not valid');
  await expect(demo.getByTestId('le-classification-chart').locator('polyline[data-series]')).toHaveCount(2);
  expect(await demo.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
});

test('fits a 320 px wide screen in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const demo = await openDemo(page, '/terms/huber-loss/');
  expect(await demo.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  const stroke = await demo.locator('polyline[data-series="mse"]').evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).toBe('rgb(86, 180, 233)');
  const axe = await new AxeBuilder({ page }).include('[data-testid="loss-explorer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
