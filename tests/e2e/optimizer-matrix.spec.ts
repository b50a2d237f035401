/**
 * The optimizer playground's remaining issue-14 controls in a browser: each new optimizer in the 2-D menu (its run,
 * the sliders it uses, one of them changing its run, the URL) and the "Muon on a 2 x 2 matrix problem" panel
 * (keyboard, loss chart, singular values of the first updates, URL round-trip, axe in both themes, 320 px).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';
import { openOptimizerPlayground } from './optimizer-playground-page';


const openDemo = openOptimizerPlayground;

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('[data-testid="optimizer-playground"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const num = async (row: Locator, attribute: string): Promise<number> => Number(await row.getAttribute(attribute));

type Slider = 'Momentum' | 'β₁ (beta1)' | 'eps (Adam family)' | 'Weight decay';
/** Menu label, id, which of momentum / beta1 / eps it enables, and a slider whose change must change its run. */
const NEW_OPTIMIZERS: { label: string; id: string; momentum: boolean; betas: boolean; eps: boolean; changes: Slider }[] = [
  { label: 'RAdam', id: 'radam', momentum: false, betas: true, eps: true, changes: 'β₁ (beta1)' },
  { label: 'LAMB', id: 'lamb', momentum: false, betas: true, eps: true, changes: 'β₁ (beta1)' },
  { label: 'SAM (momentum SGD)', id: 'sam', momentum: true, betas: false, eps: false, changes: 'Momentum' },
  { label: 'Schedule-free AdamW', id: 'adamw-schedulefree', momentum: false, betas: true, eps: true, changes: 'β₁ (beta1)' },
  { label: 'Schedule-free SGD', id: 'sgd-schedulefree', momentum: true, betas: false, eps: false, changes: 'Momentum' },
  { label: 'Adafactor', id: 'adafactor', momentum: false, betas: false, eps: false, changes: 'Weight decay' },
];

test('each new optimizer in the menu runs on the page, enables its own sliders, follows them and goes into the URL', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  // Plain SGD alongside uses only lr and weight decay, so the enabled sliders are the new optimizer's.
  const demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd&op.lr=0.05&op.m=0.9&op.b1=0.9');
  for (const o of NEW_OPTIMIZERS) {
    const box = demo.getByRole('checkbox', { name: o.label, exact: true });
    await box.check();
    await expect(page).toHaveURL(new RegExp(`op\\.opt=sgd,${o.id}(&|$)`));
    const row = demo.getByTestId('op-readout').locator(`tr[data-optimizer="${o.id}"]`);
    await expect(row).toHaveAttribute('data-loss-final', /.+/);
    await expect(row).toHaveAttribute('data-diverged', 'false');
    expect(await num(row, 'data-loss-final'), o.id).toBeLessThan((await num(row, 'data-loss-start')) / 100);
    await expect(demo.getByTestId('op-loss-chart').locator('polyline[data-series]')).toHaveCount(2);
    await expect(demo.getByTestId('op-contour').locator('[data-trajectory] polyline')).toHaveCount(2);
    for (const [name, on] of [['Momentum', o.momentum], ['β₁ (beta1)', o.betas], ['eps (Adam family)', o.eps]] as const) {
      const slider = demo.getByRole('slider', { name, exact: true });
      if (on) await expect(slider, `${o.id}: ${name}`).toBeEnabled();
      else await expect(slider, `${o.id}: ${name}`).toBeDisabled();
    }
    const before = await row.getAttribute('data-loss-final');
    const slider = demo.getByRole('slider', { name: o.changes, exact: true });
    await slider.press('ArrowRight');
    await expect(row, `${o.id} follows ${o.changes}`).not.toHaveAttribute('data-loss-final', before!);
    await slider.press('ArrowLeft');
    await expect(row).toHaveAttribute('data-loss-final', before!);
    await box.uncheck();
    await expect(row).toHaveCount(0);
  }
  // The URL alone brings a new optimizer back.
  const again = await openDemo(page, '?op.fn=quadratic&op.opt=lamb,sgd-schedulefree');
  await expect(again.getByRole('checkbox', { name: 'LAMB', exact: true })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Schedule-free SGD', exact: true })).toBeChecked();
  await expect(again.getByTestId('op-readout').locator('tr[data-optimizer]')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('Muon on the matrix problem: opens by keyboard, draws three losses, shows the orthogonalized step and round-trips its settings', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '?op.fn=quadratic&op.opt=sgd,adam&op.lr=0.05&op.steps=40');
  const panel = demo.getByTestId('op-matrix');
  const toggle = panel.getByRole('button', { name: /Muon on a 2 × 2 matrix problem/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('op-matrix-chart')).toHaveCount(0);
  const playground = demo.getByTestId('op-readout').locator('tr[data-optimizer="sgd"]');
  const sgdLoss = await playground.getAttribute('data-loss-final');

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(/op\.mx=1/);
  const chart = panel.getByTestId('op-matrix-chart');
  await expect(chart.locator('polyline[data-series]')).toHaveCount(3);
  await expect(chart.getByRole('img')).toHaveAccessibleName('Loss per step on the 2 × 2 matrix problem');
  const rows = panel.getByTestId('op-matrix-readout').locator('tr[data-optimizer]');
  await expect(rows).toHaveCount(3);
  const row = (id: string) => panel.getByTestId('op-matrix-readout').locator(`tr[data-optimizer="${id}"]`);
  // What the panel is about: Muon's first step has (nearly) equal singular values, momentum SGD's the gradient's spread,
  // Adam's (a sign per entry, all the same sign here) rank one.
  expect(await num(row('muon'), 'data-sv-ratio')).toBeGreaterThan(0.85);
  expect(await num(row('momentum'), 'data-sv-ratio')).toBeLessThan(0.3);
  expect(await num(row('adam'), 'data-sv-ratio')).toBeLessThan(1e-6);
  for (const id of ['momentum', 'adam', 'muon']) expect(await num(row(id), 'data-loss-final')).toBeLessThan(0.885 / 20);
  await expect(panel).toContainText('Newton–Schulz');

  // Each optimizer has its own learning rate; the keyboard changes Muon's, only Muon's run changes, the 2-D runs stay.
  const muonLoss = await row('muon').getAttribute('data-loss-final');
  const adamLoss = await row('adam').getAttribute('data-loss-final');
  const muonLr = panel.getByRole('slider', { name: 'Muon learning rate', exact: true });
  await muonLr.focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByLabel('Muon learning rate value')).toHaveText('0.121');
  await expect(page).toHaveURL(/op\.mxu=0\.121/);
  await expect(row('muon')).not.toHaveAttribute('data-loss-final', muonLoss!);
  await expect(row('adam')).toHaveAttribute('data-loss-final', adamLoss!);
  await expect(playground).toHaveAttribute('data-loss-final', sgdLoss!);
  await panel.getByRole('slider', { name: 'Matrix steps', exact: true }).press('ArrowRight');
  await expect(panel.getByLabel('Matrix steps value')).toHaveText('110');
  await expect(page).toHaveURL(/op\.mxs=110/);
  await panel.getByRole('slider', { name: 'Momentum SGD learning rate', exact: true }).press('ArrowLeft');
  await expect(page).toHaveURL(/op\.mxm=0\.0825/);
  const finals = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-loss-final')));

  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  expect(await axeViolations(page)).toEqual([]);

  // Round trip: the URL alone reopens the panel with the same settings and the same runs.
  await page.reload();
  const again = await openDemo(page, new URL(page.url()).search);
  const reopened = again.getByTestId('op-matrix');
  await expect(reopened.getByRole('button', { name: /Muon on a 2 × 2 matrix problem/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(reopened.getByLabel('Muon learning rate value')).toHaveText('0.121');
  await expect(reopened.getByLabel('Matrix steps value')).toHaveText('110');
  await expect(reopened.getByLabel('Momentum SGD learning rate value')).toHaveText('0.0825');
  await expect(reopened.getByTestId('op-matrix-readout').locator('tr[data-optimizer]')).toHaveCount(3);
  expect(await reopened.getByTestId('op-matrix-readout').locator('tr[data-optimizer]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-loss-final')))).toEqual(finals);

  // Closing it (Space) hides the body and writes op.mx=0.
  const close = reopened.getByRole('button', { name: /Muon on a 2 × 2 matrix problem/ });
  await close.focus();
  await page.keyboard.press('Space');
  await expect(close).toHaveAttribute('aria-expanded', 'false');
  await expect(reopened.getByTestId('op-matrix-chart')).toHaveCount(0);
  await expect(page).toHaveURL(/op\.mx=0/);
  expect(errors).toEqual([]);
});

test('the matrix panel explains a bad URL value and fits 320 px when open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '?op.mx=1&op.mxu=0&op.mxs=7');
  await expect(demo.getByTestId('op-url-warnings')).toContainText('op.mxu=0');
  await expect(demo.getByTestId('op-url-warnings')).toContainText('op.mxs=7');
  const panel = demo.getByTestId('op-matrix');
  await expect(panel.getByLabel('Muon learning rate value')).toHaveText('0.1');
  await expect(panel.getByTestId('op-matrix-chart').locator('polyline[data-series]')).toHaveCount(3);
  expect(await panel.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
  const overflow = await demo.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});
