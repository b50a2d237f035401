import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="compression-lab"]';

async function compress(page: Page, expected: number): Promise<void> {
  await page.getByTestId('cl-run').click();
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-variants', String(expected), { timeout: 30_000 });
}

/** Every numeric cell of the results table sits on one line (no "474 / 0"), and no header breaks inside a word. */
async function expectTableUnbroken(table: Locator): Promise<void> {
  const lines = await table.evaluate((el) => {
    const lineCount = (node: Element): number => {
      const range = document.createRange();
      range.selectNodeContents(node);
      // one rect per line box; rounding merges rects of the same line
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    };
    return {
      numbers: Array.from(el.querySelectorAll('td.gd-num'), (td) => ({ text: td.textContent, lines: lineCount(td) })),
      headers: Array.from(el.querySelectorAll('th'), (th) => ({ text: th.textContent, lines: lineCount(th), words: (th.textContent ?? '').trim().split(/\s+/).length })),
    };
  });
  expect(lines.numbers.length).toBeGreaterThan(0);
  for (const n of lines.numbers) expect(n, `numeric cell "${n.text}" wraps`).toMatchObject({ lines: 1 });
  for (const h of lines.headers) expect(h.lines, `header "${h.text}" breaks inside a word`).toBeLessThanOrEqual(h.words);
}

for (const backend of ['wasm', 'cpu'] as const) {
  test(`quantizes the trained model on ${backend} and fills the table, boundaries and histograms`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/terms/quantization/?backend=${backend}`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    const view = page.getByTestId('compression-lab-view');
    await expect(view).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
    await expect(page.getByRole('tab', { name: 'Quantize' })).toHaveAttribute('aria-selected', 'true');
    // The button's name is a verb phrase distinct from the tab's, and the empty caption names that button.
    await expect(page.getByTestId('cl-run')).toHaveText('Quantize the model');
    await expect(page.getByRole('button', { name: 'Quantize the model' })).toBeEnabled();
    await expect(page.getByTestId('cl-compressed-caption')).toHaveText('Compressed: press “Quantize the model”');
    await expect(page.locator(FIGURE).getByLabel('Data set (the original model retrains)')).toBeVisible();
    await expect(page.getByTestId('cl-teacher')).toContainText('Original model: 2-32-32-1, trained 150 epochs on moons');
    await expect(page.getByTestId('cl-teacher-progress')).toHaveCount(0);
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
    await expectTableUnbroken(page.getByTestId('cl-results'));
    expect(errors).toEqual([]);
  });
}

test('shows training progress for the original model before it is ready', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/quantization/?backend=cpu');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  // The live region says what is happening; the bar (not live) carries the epoch count.
  await expect(page.getByTestId('cl-teacher')).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('cl-teacher')).toContainText('Training the original model', { timeout: 20_000 });
  const bar = page.getByRole('progressbar', { name: 'Training the original model' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '150');
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  await expect(bar).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('at 375 px the settings and button come before the results, and the table scrolls inside its region', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/terms/quantization/?backend=cpu&cl.q=int4');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  await compress(page, 1);
  const region = page.getByRole('region', { name: 'Size and accuracy of each model' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const button = await page.getByTestId('cl-run').boundingBox();
  const boundary = await page.getByTestId('cl-boundary-original').boundingBox();
  const table = await region.boundingBox();
  expect(button!.y + button!.height).toBeLessThan(boundary!.y);
  expect(button!.y + button!.height).toBeLessThan(table!.y);
  // The table keeps its shape and scrolls sideways within its region; the page itself does not scroll sideways.
  const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await expectTableUnbroken(page.getByTestId('cl-results'));
  // Keyboard users reach the region and scroll it with the arrow keys.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('starts on the prune tab from the MDX prop, clamps sparsity 100% and keeps the raw size', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/model-pruning/?backend=cpu&cl.sp=1&cl.ft=50');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.getByRole('tab', { name: 'Prune' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('cl-settings-messages')).toContainText('sparsity 100% would remove every weight: the maximum here is 95%, so using 95%.');
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  await expect(page.getByTestId('cl-run')).toHaveText('Prune the model');
  await expect(page.locator(FIGURE).getByLabel('Data set (the original model retrains)')).toBeVisible();
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
  await expect(page.getByTestId('cl-run')).toHaveText('Distill a student');
  await expect(page.locator(FIGURE).getByLabel('Data set (the teacher retrains)')).toBeVisible();
  await compress(page, 1);
  await expect(page.getByTestId('cl-row-baseline')).toContainText('hard labels only');
  await expectTableUnbroken(page.getByTestId('cl-results'));
  // The student has about 12 kernel weights against the teacher's 1,056: its row is scaled by share, so its tallest
  // bar is well above the few pixels a shared count scale gave it.
  const tallest = await page.getByTestId('cl-hist-after').locator('rect').evaluateAll((rects) => Math.max(...rects.map((r) => Number(r.getAttribute('height')))));
  expect(tallest).toBeGreaterThan(20);
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
