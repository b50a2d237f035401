import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="compression-lab"]';


async function compress(page: Page, expected: number): Promise<void> {
  await page.getByTestId('cl-run').click();
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-variants', String(expected), { timeout: 30_000 });
}

for (const backend of ['wasm', 'cpu'] as const) {
  test(`quantizes the trained model on ${backend} and fills the table, boundaries and histograms`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/terms/quantization/?backend=${backend}`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    const view = page.getByTestId('compression-lab-view');
    await expect(view).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
    await expect(page.getByRole('tab', { name: 'Quantize' })).toHaveAttribute('aria-selected', 'true');
    await compress(page, 1);
    await page.locator(FIGURE).getByLabel('Format').selectOption('int4');
    await compress(page, 2);
    const rows = page.getByTestId('cl-row-variant');
    await expect(rows.first()).toContainText('int4 symmetric per-channel');
    const accuracy = Number(await rows.first().locator('[data-accuracy]').getAttribute('data-accuracy'));
    expect(accuracy).toBeGreaterThan(0.5);
    await expect(page.getByTestId('cl-boundary-compressed')).toHaveAttribute('data-drawn', 'field');
    await expect(page.getByTestId('cl-histogram')).toBeVisible();
    await expect(page.locator(FIGURE)).toContainText('biases stay float32');
    expect(errors).toEqual([]);
  });
}

test('starts on the prune tab from the MDX prop, clamps sparsity 100% and keeps the raw size', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/model-pruning/?backend=cpu&cl.sp=1&cl.ft=50');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.getByRole('tab', { name: 'Prune' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('cl-settings-messages')).toContainText('sparsity 100% would remove every weight: the maximum here is 95%, so using 95%.');
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  await compress(page, 1);
  const original = page.getByTestId('cl-row-original').locator('td').first();
  const pruned = page.getByTestId('cl-row-variant').first().locator('td').first();
  await expect(pruned).toHaveText((await original.textContent()) ?? '');
  expect(errors).toEqual([]);
});

test('distills into a student and shows the hard-label baseline; 1-bit gives a message', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/knowledge-distillation/?backend=wasm&cl.dsteps=100');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  await compress(page, 1);
  await expect(page.getByTestId('cl-row-baseline')).toContainText('hard labels only');
  await page.getByRole('tab', { name: 'Distill' }).press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Prune' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Prune' }).press('ArrowLeft');
  await page.locator(FIGURE).getByLabel('Format').selectOption('custom');
  await page.locator(FIGURE).getByLabel('Bits', { exact: true }).fill('1');
  await expect(page.getByTestId('cl-settings-messages')).toContainText('bits must be 2-16');
  await expect.poll(() => new URL(page.url()).searchParams.get('cl.mode')).toBe('quantize');
  await expect.poll(() => new URL(page.url()).searchParams.get('cl.bits')).toBe('1');
  expect(errors).toEqual([]);
});
