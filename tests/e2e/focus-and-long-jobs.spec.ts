/**
 * Issue 18 items 4 and 6: focus never falls to the page when a control disables itself (busy buttons keep it,
 * locked settings hand it to Stop / the play button), the demos' shortcuts keep working, a long distillation shows
 * its progress and can be cancelled, and a diverged training readout shows no NaN.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const TP = 'figure[data-demo="training-playground"]';
const CL = 'figure[data-demo="compression-lab"]';
const BC = 'figure[data-demo="backend-check"]';

/** True when keyboard focus is on an element inside `figure` (not on <body>). */
function focusInside(figure: Locator): Promise<boolean> {
  return figure.evaluate((el) => document.activeElement !== null && document.activeElement !== document.body && el.contains(document.activeElement));
}

async function workerTensors(page: Page, id: string): Promise<number | undefined> {
  return page.evaluate(async (demoId) => window.__glossaryDemos?.find((d) => d.id === demoId)?.numTensors(), id);
}

async function expectAxeClean(page: Page, selector: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
    const axe = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
}

test('training playground: P on a setting starts training, focus stays in the demo and P / R keep working', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=cpu&tp.ep=1000');
  const figure = page.locator(TP);
  await figure.scrollIntoViewIfNeeded();
  const view = page.getByTestId('training-playground-view');
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
  const noise = figure.getByRole('slider', { name: 'Noise' });
  await noise.focus();
  await page.keyboard.press('p');
  await expect(view).toHaveAttribute('data-phase', 'running');
  // The slider is now locked (disabled): focus went to Stop, not to <body>.
  await expect(noise).toBeDisabled();
  expect(await focusInside(figure)).toBe(true);
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeFocused();
  await page.keyboard.press('p');
  await expect(view).toHaveAttribute('data-phase', 'paused');
  // Enter on Stop disables Stop: focus moves to the play button and R still resets.
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-phase', 'stopped');
  expect(await focusInside(figure)).toBe(true);
  await page.keyboard.press('r');
  await expect(view).toHaveAttribute('data-phase', 'idle');
  // Shortcuts also work from the status line.
  await figure.getByTestId('tp-status').focus();
  await page.keyboard.press('p');
  await expect(view).toHaveAttribute('data-phase', 'running');
  expect(await focusInside(figure)).toBe(true);
  await page.keyboard.press('p');
  await expect(view).toHaveAttribute('data-phase', 'paused');
  expect(errors).toEqual([]);
});

test('training playground: after divergence to NaN (SGD at lr 1e6 on the regression set, from the URL) the readout says diverged, never NaN', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=cpu&tp.ds=regression&tp.opt=sgd&tp.lr=1e6&tp.ep=50');
  const figure = page.locator(TP);
  await figure.scrollIntoViewIfNeeded();
  const train = figure.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled({ timeout: 30_000 });
  await train.click();
  await expect(page.getByTestId('training-playground-view')).toHaveAttribute('data-phase', 'diverged', { timeout: 30_000 });
  await expect(figure.getByTestId('tp-run-message')).toContainText('Lower the learning rate');
  await expect(figure.getByTestId('tp-readout')).toContainText('training loss diverged');
  await expect(figure.getByTestId('tp-readout')).not.toContainText('NaN');
  // The message may name NaN ("loss became NaN"); the numbers beside it must not be NaN or Infinity.
  expect(await figure.getByTestId('tp-readout').innerText()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('compression lab: Enter on "Quantize the model" keeps focus on it, and it works again from the keyboard', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/quantization/?backend=cpu');
  const figure = page.locator(CL);
  await figure.scrollIntoViewIfNeeded();
  const view = page.getByTestId('compression-lab-view');
  await expect(view).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  const run = page.getByTestId('cl-run');
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-variants', '1', { timeout: 30_000 });
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-variants', '2', { timeout: 30_000 });
  // "Clear table" empties the table and turns itself off: focus moves to the run button.
  await figure.getByRole('button', { name: 'Clear table' }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-variants', '0');
  expect(await focusInside(figure)).toBe(true);
  expect(errors).toEqual([]);
});

test('backend check: Enter on "Run benchmark" keeps focus while it runs, and Enter runs it again', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/hardware-aware-optimization/?backend=cpu&bc.sec=0.5');
  const figure = page.locator(BC);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
  const run = page.getByTestId('bc-run');
  const view = page.getByTestId('backend-check-view');
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(view).not.toHaveAttribute('data-running', '');
  await expect(run).toHaveAttribute('aria-disabled', 'true');
  await expect(run).toBeFocused();
  // A press while busy is ignored (no second run on top of the first).
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-results', '4', { timeout: 40_000 });
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view).not.toHaveAttribute('data-running', '');
  await expect(view).toHaveAttribute('data-results', '4', { timeout: 40_000 });
  expect(errors).toEqual([]);
});

test('compression lab: a long distillation shows percent and time left, Cancel stops it and keeps the table', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto('/terms/knowledge-distillation/?backend=cpu&cl.dsteps=2000&cl.sh=32,32');
  const figure = page.locator(CL);
  await figure.scrollIntoViewIfNeeded();
  const view = page.getByTestId('compression-lab-view');
  await expect(view).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  // A quick variant first, so there is a table the cancelled run must leave alone.
  await figure.getByRole('tab', { name: 'Quantize' }).click();
  await page.getByTestId('cl-run').click();
  await expect(view).toHaveAttribute('data-variants', '1', { timeout: 30_000 });
  await figure.getByRole('tab', { name: 'Distill' }).click();
  const before = await workerTensors(page, 'compression-lab');

  const run = page.getByTestId('cl-run');
  await run.focus();
  await page.keyboard.press('Enter');
  const job = page.getByTestId('cl-job');
  const bar = figure.getByRole('progressbar', { name: 'Distillation progress' });
  await expect(bar).toBeVisible();
  await expect(run).toBeFocused();
  await expect(job).toContainText(/\d+% · \d+ of 4000 steps · (about \d+ (s|min)|less than 1 s) left/, { timeout: 20_000 });
  const first = Number(await job.getAttribute('data-percent'));
  await expect.poll(async () => Number(await job.getAttribute('data-percent')), { timeout: 20_000 }).toBeGreaterThan(first);
  await expect(bar).toHaveAttribute('aria-valuetext', /of 4000 steps/);
  await expectAxeClean(page, CL);

  const cancel = page.getByTestId('cl-job-cancel');
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cl-notice')).toHaveText(/Distillation cancelled after \d+ of 4000 steps; the table keeps the earlier results\./, { timeout: 10_000 });
  await expect(job).toHaveCount(0);
  await expect(view).toHaveAttribute('data-busy', 'false');
  await expect(view).toHaveAttribute('data-variants', '1');
  await expect(page.getByTestId('cl-results')).toBeVisible();
  // Cancel went away with the job: focus is on the run button, inside the demo.
  await expect(run).toBeFocused();
  expect(await workerTensors(page, 'compression-lab')).toBe(before);
  await expectAxeClean(page, CL);

  // The page still works: with the fewest steps the distillation runs to the end and adds its row.
  await figure.getByRole('slider', { name: 'Training steps' }).focus();
  await page.keyboard.press('Home');
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-variants', '2', { timeout: 60_000 });
  await expect(page.getByTestId('cl-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('backend check: the benchmark shows percent and time left, and Cancel stops it with focus kept in the demo', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto('/terms/hardware-aware-optimization/?backend=cpu&bc.sec=5');
  const figure = page.locator(BC);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
  const view = page.getByTestId('backend-check-view');
  const before = await workerTensors(page, 'backend-check');
  await page.getByTestId('bc-run').click();
  const job = page.getByTestId('bc-job');
  await expect(job).toContainText(/\d+% · (about \d+ (s|min)|less than 1 s) left/, { timeout: 20_000 });
  await expectAxeClean(page, BC);
  await page.getByTestId('bc-job-cancel').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('bc-notice')).toContainText(/Benchmark cancelled while timing (wasm|webgl|cpu)/, { timeout: 10_000 });
  await expect(view).toHaveAttribute('data-running', '');
  await expect(page.getByTestId('bc-run')).toBeFocused();
  expect(await workerTensors(page, 'backend-check')).toBe(before);
  await expectAxeClean(page, BC);
  expect(errors).toEqual([]);
});

test('training playground: the sweep shows time left, Enter on Cancel stops it, keeps its cells, and focus stays in the demo', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto('/terms/backpropagation/?backend=cpu&tp.n=100');
  const figure = page.locator(TP);
  await figure.scrollIntoViewIfNeeded();
  const sweep = figure.getByTestId('tp-sweep');
  const button = sweep.getByRole('button', { name: /^Run sweep/ });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.focus();
  await page.keyboard.press('Enter');
  // aria-disabled while it runs: the pressed button keeps focus.
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toBeFocused();
  await expect(sweep.getByTestId('tp-sweep-left')).toContainText(/^\d+% · (about \d+ (s|min)|less than 1 s) left$/, { timeout: 30_000 });
  await sweep.getByTestId('tp-sweep-cancel').focus();
  await page.keyboard.press('Enter');
  await expect(sweep.getByTestId('tp-sweep-status')).toHaveText(/^Sweep cancelled after \d+ of 64 trainings; the heat map keeps them\.$/, { timeout: 30_000 });
  const done = Number(/after (\d+)/.exec((await sweep.getByTestId('tp-sweep-status').textContent()) ?? '')![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(64);
  await expect(sweep.locator('[role="gridcell"][data-value]')).toHaveCount(done);
  expect(await focusInside(figure)).toBe(true);
  // The demo still answers its shortcuts: P starts training.
  await page.keyboard.press('p');
  await expect(page.getByTestId('training-playground-view')).toHaveAttribute('data-phase', /running|done/);
  expect(errors).toEqual([]);
});

test('optimizer playground: P with focus on Step (which then disables itself) moves focus to play/pause, and R still resets', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/convex-optimization/');
  const demo = page.getByTestId('optimizer-playground');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.locator('tr[data-optimizer]').first()).toHaveAttribute('data-loss-final', /.+/, { timeout: 30_000 });
  const step = demo.getByRole('button', { name: 'Step', exact: true });
  const playPause = demo.getByRole('group', { name: 'Playback' }).locator('[aria-keyshortcuts="p"]');
  // The paths play to the end on load: R (from the play button) rewinds, which enables Step.
  await playPause.focus();
  await page.keyboard.press('r');
  await expect(step).toBeEnabled();
  await step.focus();
  await page.keyboard.press('p');
  // Step is disabled while playing (and at the end): focus is on the play / pause button, not on <body>.
  await expect(step).toBeDisabled();
  await expect(playPause).toBeFocused();
  await page.keyboard.press('r');
  await expect(step).toBeEnabled();
  await expect(playPause).toBeFocused();
  await page.keyboard.press('n');
  await expect(demo.locator('tr[data-optimizer]').first().locator('td').nth(2)).not.toHaveText('0');
  expect(errors).toEqual([]);
});
