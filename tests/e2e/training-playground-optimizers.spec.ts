import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="training-playground"]';

async function openPlayground(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const figure = page.locator(FIGURE).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
  return figure;
}

/** Trains to the end and returns the first and last training losses and the last lr the readout shows. */
async function trainToEnd(figure: Locator): Promise<{ first: number; last: number; lr: number }> {
  const view = figure.getByTestId('training-playground-view');
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  const readout = (await figure.getByTestId('tp-readout').textContent()) ?? '';
  return {
    first: Number(await view.getAttribute('data-first-train-loss')),
    last: Number(await view.getAttribute('data-train-loss')),
    lr: Number(/lr (\S+)$/.exec(readout)?.[1]),
  };
}

test('Muon on the Muon entry: the groups sentence names the tensors, and training lowers a finite loss', async ({ page }) => {
  const errors = collectPageErrors(page);
  const figure = await openPlayground(page, '/terms/muon/?backend=cpu&tp.ep=20');
  await expect(figure.getByLabel('Optimizer')).toHaveValue('muon');
  const note = figure.getByTestId('tp-optimizer-note');
  await expect(note).toHaveText(/^Muon updates the 1 hidden weight matrix \(16x16\); AdamW the other 5 tensors: the 2 weight matrices \(input and output layers\) and 3 biases\./);
  await expect(figure.getByLabel('Optimizer')).toHaveAccessibleDescription(/Muon updates the 1 hidden weight matrix/);
  const { first, last } = await trainToEnd(figure);
  expect(Number.isFinite(last)).toBe(true);
  expect(last).toBeLessThan(first);
  await expect(figure.getByTestId('tp-readout')).not.toContainText('NaN');
  // A deeper network gives Muon more matrices; the sentence follows the network.
  await figure.getByLabel('Hidden layers').selectOption('32,32,32');
  await expect(note).toContainText('Muon updates the 2 hidden weight matrices (32x32, 32x32); AdamW the other 6 tensors');
  await figure.getByLabel('Hidden layers').selectOption('8');
  await expect(note).toContainText('so Muon has nothing to update: AdamW trains all 4 tensors');
  await expect(figure.getByRole('tabpanel')).toContainText('AdamW trains everything');
  expect(errors).toEqual([]);
});

for (const optimizer of ['radam', 'adafactor', 'lamb', 'sam', 'adamw-schedulefree', 'sgd-schedulefree', 'muon'] as const) {
  test(`tp.opt=${optimizer} from the URL selects it and trains to a finite, lower loss`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const figure = await openPlayground(page, `/terms/backpropagation/?backend=cpu&tp.ep=10&tp.opt=${optimizer}`);
    await expect(figure.getByLabel('Optimizer')).toHaveValue(optimizer);
    await expect(page.getByTestId('tp-url-warnings')).toHaveCount(0);
    const { first, last } = await trainToEnd(figure);
    expect(Number.isFinite(last)).toBe(true);
    expect(last).toBeLessThan(first);
    expect(errors).toEqual([]);
  });
}

for (const schedule of ['cyclic', 'reduce-on-plateau', 'warmup-stable-decay'] as const) {
  test(`tp.sch=${schedule} from the URL trains with that schedule`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const figure = await openPlayground(page, `/terms/backpropagation/?backend=cpu&tp.ep=20&tp.sch=${schedule}`);
    await expect(figure.getByLabel('Learning-rate schedule')).toHaveValue(schedule);
    const { last, lr } = await trainToEnd(figure);
    expect(Number.isFinite(last)).toBe(true);
    expect(Number.isFinite(lr) && lr > 0).toBe(true);
    // The PyTorch tab shows the matching scheduler.
    const code = { cyclic: 'CyclicLR(', 'reduce-on-plateau': 'ReduceLROnPlateau(', 'warmup-stable-decay': 'get_wsd_schedule(' }[schedule];
    await expect(figure.getByRole('tabpanel')).toContainText(code);
    expect(errors).toEqual([]);
  });
}

test('reduce-on-plateau follows the real validation loss: a run that stops improving trains on at a lower lr', async ({ page }) => {
  const errors = collectPageErrors(page);
  const figure = await openPlayground(page, '/terms/plateau/?backend=cpu&tp.opt=sgd&tp.lr=2&tp.h=4&tp.ep=60');
  await expect(figure.getByLabel('Learning-rate schedule')).toHaveValue('reduce-on-plateau');
  await expect(figure.getByTestId('tp-schedule-note')).toHaveText('Follows the validation loss: after each epoch, once it has not improved for more than 3 epochs, the learning rate is multiplied by 0.5.');
  const { lr } = await trainToEnd(figure);
  expect(lr).toBeLessThan(2);
  // Halvings of 2: the lr only ever moves by the factor (the readout rounds it to a few digits).
  expect(Math.log2(2 / lr)).toBeCloseTo(Math.round(Math.log2(2 / lr)), 2);
  expect(errors).toEqual([]);
});

test('an optimizer and schedule chosen in the menus survive a reload, and SAM says it takes two gradients', async ({ page }) => {
  const errors = collectPageErrors(page);
  let figure = await openPlayground(page, '/terms/backpropagation/?backend=cpu');
  await figure.getByLabel('Optimizer').selectOption('sam');
  await figure.getByLabel('Learning-rate schedule').selectOption('warmup-stable-decay');
  await expect.poll(() => new URL(page.url()).searchParams.get('tp.opt')).toBe('sam');
  await expect.poll(() => new URL(page.url()).searchParams.get('tp.sch')).toBe('warmup-stable-decay');
  await page.reload();
  figure = page.locator(FIGURE).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByLabel('Optimizer')).toHaveValue('sam');
  await expect(figure.getByLabel('Learning-rate schedule')).toHaveValue('warmup-stable-decay');
  await expect(figure.getByTestId('tp-optimizer-note')).toContainText('two gradients per step');
  await expect(figure.getByRole('slider', { name: 'Momentum' })).toBeVisible();
  await figure.getByLabel('Optimizer').selectOption('muon');
  await expect.poll(() => new URL(page.url()).searchParams.get('tp.opt')).toBe('muon');
  await page.reload();
  await expect(page.locator(FIGURE).first().getByLabel('Optimizer')).toHaveValue('muon');
  expect(errors).toEqual([]);
});

test('the optimizer and schedule notes are axe clean in both themes and fit 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const figure = await openPlayground(page, '/terms/muon/?backend=cpu&tp.sch=reduce-on-plateau');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(figure.getByTestId('tp-optimizer-note')).toBeVisible();
    await expect(figure.getByTestId('tp-schedule-note')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).include(FIGURE).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
});
