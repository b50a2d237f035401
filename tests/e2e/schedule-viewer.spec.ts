import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const PAGE = '/terms/warmup/';


async function openDemo(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('sv-chart').locator('polyline[data-series]')).toHaveCount(10);
  return demo;
}

test('plots every schedule with the warm-up cosine from the entry highlighted', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page);
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('cosine');
  await expect(demo.getByRole('slider', { name: 'Warm-up steps (0 = none)' })).toHaveValue('10');
  const strong = demo.getByTestId('sv-chart').locator('polyline[data-series="cosine"]');
  await expect(strong).toHaveAttribute('stroke-width', '3');
  expect(Number(await demo.getByTestId('sv-readout').getAttribute('data-lr'))).toBeCloseTo(0.01, 9);
  const readStep = demo.getByRole('slider', { name: 'Read out step' });
  await readStep.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(demo.getByTestId('sv-readout')).toContainText('At step 10: lr = 0.1');
  expect(errors).toEqual([]);
});

test('restores its state from the URL and writes changes back', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '?sv.s=step&sv.size=20&sv.gamma=0.5&sv.warm=0&sv.at=25&sv.lr=0.2');
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('step');
  await expect.poll(async () => Number(await demo.getByTestId('sv-readout').getAttribute('data-lr'))).toBeCloseTo(0.1, 9);
  await demo.getByLabel('Schedule', { exact: true }).selectOption('one-cycle');
  await expect(page).toHaveURL(/sv\.s=one-cycle/);
  await expect(demo.getByTestId('sv-readout')).toContainText('momentum');
  expect(errors).toEqual([]);
});

test('explains invalid URL values and a warm-up longer than training', async ({ page }) => {
  const demo = await openDemo(page, '?sv.s=triangle&sv.total=50&sv.warm=80');
  await expect(demo.getByTestId('sv-warnings')).toContainText('sv.s=triangle is not valid');
  await expect(demo.getByTestId('sv-warnings')).toContainText('A warm-up of 80 steps is longer than the 50 training steps: using 49.');
  expect(await demo.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
});

test('fits a 320 px wide screen and switches the code tabs with the arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const demo = await openDemo(page);
  expect(await demo.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await demo.getByRole('tab', { name: 'PyTorch' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(demo.getByRole('tab', { name: 'TensorFlow.js' })).toHaveAttribute('aria-selected', 'true');
  await expect(demo.getByRole('tabpanel')).toContainText('setLearningRate');
  const axe = await new AxeBuilder({ page }).include('[data-testid="schedule-viewer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
