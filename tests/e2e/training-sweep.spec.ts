/** The training playground's learning-rate x batch-size sweep in a browser: the worker verb, progress, keyboard selection. */
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="training-playground"]';

test('sweeps lr x batch size in the worker, fills the heat map, and a cell chosen by keyboard sets lr and batch size', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=wasm&tp.n=100');
  const demo = page.locator(FIGURE);
  await demo.scrollIntoViewIfNeeded();
  const sweep = demo.getByTestId('tp-sweep');
  const button = sweep.getByRole('button', { name: 'Run sweep (8 × 8 short runs of 20 epochs)' });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.click();
  const progress = sweep.getByRole('progressbar', { name: 'Sweep progress' });
  await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value)).toBeGreaterThan(0);
  await expect(progress).toHaveJSProperty('value', 1, { timeout: 150_000 });
  await expect(sweep.getByTestId('tp-sweep-status')).toContainText(/\d+ trainings done/);
  const grid = sweep.getByRole('grid', { name: 'Final validation loss by learning rate and batch size' });
  const cells = grid.getByRole('gridcell');
  expect(await cells.count()).toBe(64);
  await expect(grid.locator('[role="gridcell"]:not([data-value])')).toHaveCount(0);
  await grid.locator('[role="gridcell"][tabindex="0"]').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const cell = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(cell).toBeFocused();
  const label = (await cell.getAttribute('aria-label'))!;
  expect(label).toMatch(/^lr [\d.]+, batch size \d+: (validation loss [\d.e-]+(, accuracy \d+%)?|diverged)$/);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-selected', 'true');
  const [, lr, bs] = /^lr ([^,]+), batch size (\d+)/.exec(label)!;
  await expect(page).toHaveURL(new RegExp(`tp\\.bs=${bs}(&|$)`));
  // The label rounds the lr to 3 digits; the URL carries the exact value.
  const urlLr = Number(new URL(page.url()).searchParams.get('tp.lr'));
  expect(Math.abs(urlLr - Number(lr)) / Number(lr)).toBeLessThan(0.005);
  expect(errors).toEqual([]);
});
