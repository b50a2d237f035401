import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="training-playground"]';


async function numTensors(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => {
    const demo = window.__glossaryDemos?.find((d) => d.id === 'training-playground');
    try {
      return await demo?.numTensors();
    } catch {
      return undefined;
    }
  });
}

async function trainToEnd(page: Page): Promise<void> {
  const view = page.getByTestId('training-playground-view');
  await page.locator(FIGURE).getByRole('button', { name: /^(Train|Resume)$/ }).click();
  await expect(view).toHaveAttribute('data-phase', /done|diverged|stopped/, { timeout: 40_000 });
}

for (const backend of ['wasm', 'cpu'] as const) {
  test(`trains in the worker on ${backend}: loss falls, the boundary and curves appear, memory stays flat`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/terms/backpropagation/?backend=${backend}&tp.ep=40`);
    const started = Date.now();
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    const train = page.locator(FIGURE).getByRole('button', { name: 'Train' });
    await expect(train).toBeEnabled({ timeout: 30_000 });
    await train.click();
    const view = page.getByTestId('training-playground-view');
    await expect(view).not.toHaveAttribute('data-epoch', '0');
    console.log(`[training-playground] ${backend}: scroll to first training epoch shown: ${Date.now() - started} ms`);
    await expect(page.locator(FIGURE).getByTestId('tp-backend')).toContainText(`Running on ${backend}`);
    await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 40_000 });
    const first = Number(await view.getAttribute('data-first-train-loss'));
    const last = Number(await view.getAttribute('data-train-loss'));
    expect(last).toBeLessThan(first);
    await expect(page.getByTestId('tp-boundary')).toHaveAttribute('data-drawn', 'field');
    await expect(page.getByTestId('tp-loss-chart').locator('polyline[data-series="validation"]')).toHaveCount(1);
    await expect(page.locator(FIGURE).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const before = await numTensors(page);
    await trainToEnd(page);
    await trainToEnd(page);
    const after = await numTensors(page);
    // The worker disposes a finished run's tensors, so a leak-free count is the same after two more runs.
    expect(typeof before, 'the demo reports the worker\'s tf.memory().numTensors').toBe('number');
    expect(after).toBe(before);
    expect(errors).toEqual([]);
  });
}

test('reads its state from the URL, explains clamped and invalid values, and reports divergence', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=cpu&tp.ds=circles&tp.h=8,8&tp.opt=sgd&tp.lr=1000000&tp.bs=500&tp.ep=10&tp.act=relu&tp.noise=abc');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  const figure = page.locator(FIGURE);
  await expect(figure.getByLabel('Data set')).toHaveValue('circles');
  await expect(figure.getByLabel('Optimizer')).toHaveValue('sgd');
  await expect(figure.getByLabel('Activation')).toHaveValue('relu');
  await expect(figure.getByLabel('Custom widths')).toHaveValue('8,8');
  await expect(page.getByTestId('tp-url-warnings')).toContainText('URL value tp.noise=abc is not valid (not a number): using the default 0.2 instead.');
  await expect(page.getByTestId('tp-settings-messages')).toContainText('batch size 500 is larger than the 150 training points: using 150 (full batch).');
  await figure.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('tp-run-message')).toContainText(/diverged at epoch \d+: loss (became (NaN|Infinity)|grew to)/, { timeout: 30_000 });
  await expect(page.getByTestId('training-playground-view')).toHaveAttribute('data-phase', 'diverged');
  await figure.getByRole('slider', { name: 'Learning rate' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('tp.lr')).toBe('8.25');
  expect(new URL(page.url()).searchParams.get('tp.ds')).toBe('circles');
  expect(errors).toEqual([]);
});

test('fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/terms/overfitting/?backend=cpu');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('training-playground-view')).toBeVisible({ timeout: 30_000 });
  // Measured on the demo itself: the page's KaTeX MathML already overflows at 320 px on entries without demos.
  const sizes = await page.locator(FIGURE).evaluate((figure) => ({ right: figure.getBoundingClientRect().right, scroll: figure.scrollWidth - figure.clientWidth }));
  expect(sizes.right).toBeLessThanOrEqual(320);
  expect(sizes.scroll).toBeLessThanOrEqual(0);
});
