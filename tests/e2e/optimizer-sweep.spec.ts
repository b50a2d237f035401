/**
 * The optimizer playground's issue-14 features in a browser: gradient noise and eps controls, the presets, the
 * effective-step chart and the sweep (worker, progress bar, keyboard cell selection that replays the run), with URL
 * round-trips, axe and no console errors.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';
import { openOptimizerPlayground } from './optimizer-playground-page';


const openDemo = openOptimizerPlayground;

const finalLoss = async (demo: Locator, id: string): Promise<number> => Number(await demo.locator(`tr[data-optimizer="${id}"]`).getAttribute('data-loss-final'));

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('[data-testid="optimizer-playground"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('gradient noise: the sigma slider and seed change the run, and the same URL gives the same noisy run', async ({ page }) => {
  const errors = collectPageErrors(page);
  let demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,adam&op.lr=0.05');
  const clean = await finalLoss(demo, 'sgd');
  const seed = demo.getByLabel('Noise seed');
  await expect(seed).toBeDisabled();
  const sigma = demo.getByRole('slider', { name: 'Gradient noise σ' });
  for (let i = 0; i < 5; i++) await sigma.press('ArrowRight');
  await expect(demo.getByLabel('Gradient noise σ value')).toHaveText('0.5');
  await expect(page).toHaveURL(/op\.ns=0\.5/);
  const noisy = await finalLoss(demo, 'sgd');
  expect(noisy).not.toBe(clean);
  await seed.fill('7');
  await expect(page).toHaveURL(/op\.sd=7/);
  await expect.poll(() => finalLoss(demo, 'sgd')).not.toBe(noisy);
  const seven = await finalLoss(demo, 'sgd');
  // Reproducible: the URL alone brings back the same noise.
  demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,adam&op.lr=0.05&op.ns=0.5&op.sd=7');
  await expect(demo.getByLabel('Noise seed')).toHaveValue('7');
  expect(await finalLoss(demo, 'sgd')).toBe(seven);
  expect(errors).toEqual([]);
});

test('eps: the slider is for the Adam family and round-trips through the URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  let demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd');
  await expect(demo.getByRole('slider', { name: 'eps (Adam family)' })).toBeDisabled();
  demo = await openDemo(page, '?op.fn=quadratic&op.opt=adam&op.lr=0.1&op.eps=10');
  await expect(demo.getByLabel('eps (Adam family) value')).toHaveText('10');
  const big = await finalLoss(demo, 'adam');
  await demo.getByRole('slider', { name: 'eps (Adam family)' }).press('Home');
  await expect(page).toHaveURL(/op\.eps=1e-10/);
  await expect.poll(() => finalLoss(demo, 'adam')).toBeLessThan(big / 100);
  expect(errors).toEqual([]);
});

const PRESET_CHECKS: [string, RegExp, (demo: Locator) => Promise<void>][] = [
  ['Learning rate too large', /op\.fn=quadratic.*op\.lr=0\.21/, async (demo) => await expect(demo.getByTestId('op-divergence')).toContainText('SGD diverged')],
  ['Narrow valley: zig-zag vs momentum', /op\.fn=rosenbrock/, async (demo) => expect(await finalLoss(demo, 'sgd')).toBeGreaterThan(10 * (await finalLoss(demo, 'momentum')))],
  ["Adam's eps", /op\.eps=10/, async (demo) => await expect(demo.getByLabel('eps (Adam family) value')).toHaveText('10')],
  ['AMSGrad counterexample', /op\.fn=reddi.*op\.b1=0&op\.b2=0\.1/, async (demo) => expect(await finalLoss(demo, 'adam')).toBeGreaterThan((await finalLoss(demo, 'amsgrad')) + 0.5)],
  ['Newton drawn to a saddle', /op\.fn=saddle/, async (demo) => expect(Math.abs(await finalLoss(demo, 'newton'))).toBeLessThan(1e-12)],
  ["Lion at AdamW's learning rate", /op\.opt=adamw,lion/, async (demo) => expect(await finalLoss(demo, 'lion')).toBeGreaterThan(100 * (await finalLoss(demo, 'adamw')))],
];

test('each preset sets the whole run, says what to look at, shows it, and survives a reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '');
  const explain = demo.getByTestId('op-preset-explain');
  await expect(explain).toContainText('Pick a preset');
  for (const [name, url, check] of PRESET_CHECKS) {
    const button = demo.getByRole('button', { name, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(explain).not.toContainText('Pick a preset');
    await expect(page).toHaveURL(url);
    await expect(demo.locator('tr[data-optimizer]').first()).toHaveAttribute('data-loss-final', /.+/);
    await check(demo);
  }
  // The last preset is still active after a reload (its state came back from the URL) until a setting changes.
  const text = await explain.textContent();
  await page.reload();
  const again = await openDemo(page, new URL(page.url()).search);
  await expect(again.getByTestId('op-preset-explain')).toHaveText(text!);
  await again.getByRole('slider', { name: 'Learning rate' }).press('ArrowLeft');
  await expect(again.getByTestId('op-preset-explain')).toContainText('Pick a preset');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the effective-step chart draws the adaptive optimizers and the learning rate, per coordinate', async ({ page }) => {
  const errors = collectPageErrors(page);
  let demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd&op.steps=40');
  await expect(demo.getByTestId('op-effective-step')).toContainText('Select an adaptive optimizer');
  demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,adam,lion&op.steps=40');
  const chart = demo.getByTestId('op-effective-step-chart');
  await expect(chart.locator('polyline[data-series]')).toHaveCount(3);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/\|Δx\|/);
  await demo.getByRole('radio', { name: 'y' }).check();
  await expect(chart.getByRole('img')).toHaveAccessibleName(/\|Δy\|/);
  expect(errors).toEqual([]);
});

test('the sweep fills a heat map with a progress bar; a cell chosen by keyboard replays its run', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,momentum&op.swo=momentum&op.swp=momentum&op.steps=150');
  const sweep = demo.getByTestId('op-sweep');
  await expect(sweep.getByLabel('Optimizer to sweep')).toHaveValue('momentum');
  await expect(sweep.getByLabel('Second hyper-parameter')).toHaveValue('momentum');
  const progress = sweep.getByRole('progressbar', { name: 'Sweep progress' });
  await sweep.getByRole('button', { name: /Run sweep \(24 × 24 runs of 150 iterations\)/ }).click();
  await expect(progress).toHaveJSProperty('value', 1, { timeout: 20_000 });
  await expect(sweep.getByTestId('op-sweep-status')).toContainText('576 runs done');
  const grid = sweep.getByRole('grid');
  await expect(grid.getByRole('gridcell')).toHaveCount(576);
  await expect(grid.locator('[role="gridcell"]:not([data-value])')).toHaveCount(0);
  // One tab stop: the grid is entered on its top-left cell (lowest lr, highest momentum) and walked with arrows.
  const first = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  const cell = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAttribute('data-i', '12');
  await expect(cell).toHaveAttribute('data-j', '15');
  const label = (await cell.getAttribute('aria-label'))!;
  expect(label).toMatch(/^lr [\d.e-]+, Momentum [\d.]+: (final loss [\d.e-]+|diverged)$/);
  const path = demo.getByTestId('op-contour').locator('[data-trajectory="momentum"] polyline');
  const pathBefore = await path.getAttribute('points');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-selected', 'true');
  // The contour plot redraws the momentum path with the cell's settings, played to the end of the budget.
  await expect.poll(() => path.getAttribute('points')).not.toBe(pathBefore);
  await expect(demo.getByText('Showing step 150 of 150')).toBeVisible();
  // The replay: the playground's lr and momentum are the cell's, and its momentum run ends at the cell's loss.
  const lr = /^lr ([^,]+),/.exec(label)![1]!;
  await expect(demo.getByLabel('Learning rate value')).toHaveText(lr);
  await expect(page).toHaveURL(/op\.lr=0\.0\d+/);
  await expect.poll(() => finalLoss(demo, 'momentum')).toBe(Number(await cell.getAttribute('data-value')));
  // A click selects too, and the heat map stays (lr and the swept parameter are not part of the sweep's settings).
  await grid.locator('[data-i="3"][data-j="3"]').click();
  await expect(grid.locator('[data-i="3"][data-j="3"]')).toHaveAttribute('aria-selected', 'true');
  await expect(sweep.getByTestId('op-sweep-status')).toContainText('576 runs done');
  // Another setting makes the sweep stale and hides it; the metric toggle needs no new sweep.
  await sweep.getByLabel('Colour shows').selectOption('steps');
  await expect(page).toHaveURL(/op\.swm=steps/);
  await expect(grid.locator('[data-i="3"][data-j="3"]')).toHaveAttribute('aria-label', /reached the tolerance|did not reach|diverged/);
  expect(await axeViolations(page)).toEqual([]);
  await demo.getByRole('slider', { name: 'Steps (same budget for each)' }).press('ArrowLeft');
  await expect(sweep.getByTestId('op-sweep-status')).toContainText('Settings changed');
  await expect(sweep.getByRole('grid')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('fits 375 px with the sweep shown', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const demo = await openDemo(page, '?op.fn=booth&op.opt=adam');
  await demo.getByRole('button', { name: /Run sweep/ }).click();
  await expect(demo.getByTestId('op-sweep-status')).toContainText('runs done', { timeout: 20_000 });
  const overflow = await demo.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  // Axe over the 576 cells takes half a minute on a shared machine: the sweep test above runs it once.
});
