/**
 * Issue 18 for the optimizer playground's sweep (its own plain worker): Cancel from the keyboard stops it, keeps the
 * cells done and focus in the demo; a sweep worker script that cannot be downloaded gets the demos' "could not load"
 * message whose Retry starts a new worker; and after any demo's Retry works, focus is inside the demo, not on <body>.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockable, collectUnexpectedErrors } from './blocked-resources';
import { collectPageErrors } from './page-errors';

const PAGE = '/terms/convex-optimization/';
const DEMO = '[data-testid="optimizer-playground"]';
const SWEEP_WORKER = /\/_astro\/sweep-worker-[\w-]+\.js(\?.*)?$/;
const VIEW_CHUNK = /\/_astro\/PlaygroundView\.[\w-]+\.js(\?.*)?$/;

async function openDemo(page: Page, query: string): Promise<Locator> {
  await page.goto(`${PAGE}${query}`);
  const demo = page.locator(DEMO);
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.locator('tr[data-optimizer]').first()).toHaveAttribute('data-loss-final', /.+/, { timeout: 30_000 });
  return demo;
}

/** True when keyboard focus is on an element inside `scope` (not on <body>). */
const focusInside = (scope: Locator): Promise<boolean> =>
  scope.evaluate((el) => document.activeElement !== null && document.activeElement !== document.body && el.contains(document.activeElement));

async function expectAxeClean(page: Page, selector: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
    const axe = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
}

/**
 * Serves the real sweep worker with a pause after each row it posts (a busy wait, as a slow phone would compute), so
 * a sweep lasts seconds. CPU throttling through DevTools does not reach workers.
 */
async function slowSweepWorker(page: Page, msPerRow: number): Promise<void> {
  await page.context().route(SWEEP_WORKER, async (route) => {
    const response = await route.fetch();
    const pause = `const __post = self.postMessage.bind(self); self.postMessage = (m) => { __post(m); const t = performance.now(); while (performance.now() - t < ${msPerRow}); };\n`;
    await route.fulfill({ response, body: pause + (await response.text()) });
  });
}

test('sweep: Enter on Run, Tab to Cancel, Enter: it stops, keeps its cells, says so, and focus stays in the demo', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  // At full speed the sweep takes about a second: served as on a slow phone it lasts seconds, time to cancel it.
  // 1 s per row (24 s in all): the axe checks below, slow on a loaded machine, must finish before the sweep does.
  await slowSweepWorker(page, 1000);
  const demo = await openDemo(page, '?op.fn=rosenbrock&op.opt=adam&op.steps=1000&op.ns=0.5');
  const sweep = demo.getByTestId('op-sweep');
  const run = sweep.getByRole('button', { name: /^Run sweep \(24 × 24 runs of 1000 iterations\)/ });
  await run.focus();
  await page.keyboard.press('Enter');
  const job = sweep.getByTestId('op-sweep-job');
  await expect(job).toBeVisible();
  // aria-disabled while it runs: the pressed button keeps focus; the bar counts runs and estimates the time left.
  await expect(run).toHaveAttribute('aria-disabled', 'true');
  await expect(run).toBeFocused();
  await expect(job).toContainText(/^\d+% · \d+ of 576 runs · (about \d+ (s|min)|less than 1 s) left/, { timeout: 30_000 });
  await expect(sweep.getByRole('progressbar', { name: 'Sweep progress' })).toHaveAttribute('aria-valuetext', /of 576 runs/);
  // Axe on the bar and its Cancel (over the whole demo it would outlast the sweep; the other specs cover the rest).
  await expectAxeClean(page, '[data-testid="op-sweep-job"]');
  await expect(job).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(sweep.getByTestId('op-sweep-job-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  const status = sweep.getByTestId('op-sweep-status');
  await expect(status).toHaveText(/^Sweep cancelled after \d+ of 576 runs; the heat map keeps them\.$/, { timeout: 30_000 });
  const done = Number(/after (\d+)/.exec((await status.textContent()) ?? '')![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(576);
  expect(done % 24).toBe(0);
  // The cells done stay drawn, no more arrive (the worker really stopped), and the bar is gone.
  const cells = sweep.locator('[role="gridcell"][data-value]');
  await expect(cells).toHaveCount(done);
  await page.waitForTimeout(500);
  await expect(cells).toHaveCount(done);
  await expect(job).toHaveCount(0);
  // Cancel went away with the job: focus moved to Run sweep, and the playground's shortcuts still work (R rewinds).
  await expect(run).toBeFocused();
  await expect(run).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('r');
  await expect(demo.getByText(/^Showing step 0 of \d+$/)).toBeVisible();
  // It runs again to the end.
  await run.press('Enter');
  await expect(status).toContainText('576 runs done', { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('sweep: a worker script that cannot be downloaded shows the "could not load" message; Retry starts a new worker that sweeps', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectUnexpectedErrors(page, [SWEEP_WORKER]);
  const block = await blockable(page.context(), SWEEP_WORKER);
  await page.setViewportSize({ width: 320, height: 800 });
  const demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,momentum&op.steps=100');
  const sweep = demo.getByTestId('op-sweep');
  const run = sweep.getByRole('button', { name: /^Run sweep/ });
  await run.focus();
  await page.keyboard.press('Enter');
  const failure = sweep.getByRole('alert').filter({ hasText: 'The sweep could not load (offline or the site was updated).' });
  await expect(failure).toBeVisible();
  await expect(failure).toHaveAttribute('data-cause', 'unknown');
  await expect(failure).toContainText('Retry, or reload the page.');
  await expect(sweep.getByTestId('op-sweep-status')).toHaveText('The sweep did not run: its worker could not be downloaded.');
  await expect(sweep.getByTestId('op-sweep-job')).toHaveCount(0);
  expect(block.hits).toBeGreaterThan(0);
  // The message wraps at 320 px: the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The rest of the playground runs on the page and keeps working.
  await expect(demo.locator('tr[data-optimizer="sgd"]')).toHaveAttribute('data-loss-final', /.+/);
  await expectAxeClean(page, DEMO);
  // Still blocked: Retry asks again (a new worker, a new request) and says it failed again.
  const retry = failure.getByRole('button', { name: 'Retry' });
  const before = block.hits;
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(failure).toContainText('It still did not load.');
  expect(block.hits).toBeGreaterThan(before);
  await expect(retry).toBeFocused();
  block.unblock();
  await page.keyboard.press('Enter');
  await expect(sweep.getByTestId('op-sweep-status')).toContainText('576 runs done', { timeout: 30_000 });
  await expect(failure).toHaveCount(0);
  await expect(sweep.getByRole('grid').locator('[role="gridcell"]:not([data-value])')).toHaveCount(0);
  // The message went away with its button: focus is on Run sweep, not on <body>.
  await expect(run).toBeFocused();
  expect(errors).toEqual([]);
});

test('a demo whose view chunk failed: after a Retry that works, focus is inside the demo, not on <body>', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [VIEW_CHUNK]);
  const block = await blockable(page.context(), VIEW_CHUNK);
  await page.goto(PAGE);
  const demo = page.locator(DEMO);
  await demo.scrollIntoViewIfNeeded();
  const failure = demo.getByRole('alert').filter({ hasText: 'This demo could not load (offline or the site was updated).' });
  await expect(failure).toBeVisible();
  block.unblock();
  await failure.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await expect(failure).toHaveCount(0);
  await expect(demo.locator('tr[data-optimizer]').first()).toHaveAttribute('data-loss-final', /.+/, { timeout: 30_000 });
  await expect.poll(() => focusInside(demo)).toBe(true);
  // Keyboard use goes on from there: Tab moves to the next control of the demo.
  await page.keyboard.press('Tab');
  expect(await focusInside(demo)).toBe(true);
  expect(errors).toEqual([]);
});
