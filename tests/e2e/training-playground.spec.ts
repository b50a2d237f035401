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
    // From the click on, the status says the demo is working (never "Not trained yet." while the model is built).
    await expect(page.locator(FIGURE).getByTestId('tp-status')).toHaveText(/^(Starting training: building the model and running the first epoch…|Training…|Finished 40 epochs\.)$/);
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

test('Step trains exactly one epoch per press, and the main button offers Resume, never Pause, after it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=cpu&tp.ep=40');
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  const view = page.getByTestId('training-playground-view');
  const step = figure.getByRole('button', { name: 'Step', exact: true });
  await expect(step).toBeEnabled({ timeout: 30_000 });
  // An epoch is 5 optimizer steps here (150 training points, batch 32); the counter says both.
  await expect(figure.locator('.tp-playback')).toContainText('Step trains 1 epoch (5 optimizer steps).');
  const expectPausedAt = async (epoch: number): Promise<void> => {
    await expect(view).toHaveAttribute('data-phase', 'paused', { timeout: 30_000 });
    await expect(figure.getByTestId('tp-epoch')).toHaveText(String(epoch));
    await expect(figure.getByText(`Epoch ${epoch} of 40 · ${5 * epoch} optimizer steps (5 per epoch)`)).toBeVisible();
    await expect(figure.getByTestId('tp-status')).toHaveText(`Paused after epoch ${epoch}: Step trains 1 more epoch, Resume trains the rest.`);
    await expect(figure.getByRole('button', { name: 'Resume', exact: true })).toBeEnabled();
    await expect(figure.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
    // The worker runs an epoch in milliseconds: had it not paused, more epochs would show within this wait.
    await page.waitForTimeout(400);
    await expect(view).toHaveAttribute('data-epoch', String(epoch));
  };
  await step.click();
  await expectPausedAt(1);
  // Every setting is locked while a run is open, the free-text widths too.
  await expect(figure.getByLabel('Custom widths')).toBeDisabled();
  await expect(figure.getByLabel('Data set')).toBeDisabled();
  await step.click();
  await expectPausedAt(2);
  // Presses faster than an epoch are queued, one epoch each.
  await step.click();
  await step.click();
  await expectPausedAt(4);
  await figure.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 40_000 });
  await expect(view).toHaveAttribute('data-epoch', '40');
  await expect(figure.getByTestId('tp-status')).toHaveText('Finished 40 epochs.');
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('explains a bad custom width next to the field instead of ignoring it', async ({ page }) => {
  await page.goto('/terms/backpropagation/?backend=cpu&tp.h=8,8');
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  const widths = figure.getByLabel('Custom widths');
  await expect(widths).toHaveValue('8,8', { timeout: 30_000 });
  await widths.fill('100,abc');
  await widths.press('Enter');
  await expect(widths).toHaveAttribute('aria-invalid', 'true');
  await expect(widths).toHaveAccessibleDescription(/^“100” and “abc” are not whole numbers from 1 to 64: each layer needs 1 to 64 units\./);
  await expect(widths).toBeFocused();
  expect(new URL(page.url()).searchParams.get('tp.h')).toBe('8,8');
  await widths.fill('12,6');
  await widths.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('tp.h')).toBe('12,6');
  await expect(figure.getByLabel('Custom widths')).toHaveAttribute('aria-invalid', 'false');
});

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
  await expect(figure.getByLabel('Batch size').locator('option:checked')).toHaveText('500 (more than the 150 training points: full batch)');
  await expect(page.getByTestId('tp-settings-messages')).toContainText('The run stops early only if the loss passes 10,000 or stops being a number.');
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
  // One column: the playback buttons come before the plot, on screen and in tab order (the DOM order).
  const train = page.locator(FIGURE).getByRole('button', { name: 'Train', exact: true });
  const plot = page.locator(FIGURE).locator('.tp-figures');
  const [trainBox, plotBox] = [await train.boundingBox(), await plot.boundingBox()];
  expect(trainBox!.y + trainBox!.height).toBeLessThanOrEqual(plotBox!.y);
  expect(await train.evaluate((b, p) => (b.compareDocumentPosition(p!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, await plot.elementHandle())).toBe(true);
});
