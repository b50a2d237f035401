import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const PAGE = '/terms/warmup/';


async function openDemo(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('sv-chart').locator('polyline[data-series]')).toHaveCount(10);
  return demo;
}

test('plots every schedule with the warm-up cosine from the entry highlighted', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page);
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('cosine');
  await expect(demo.getByRole('slider', { name: 'Warm-up steps (0 = none)' })).toHaveValue('10');
  const strong = demo.getByTestId('sv-chart').locator('polyline[data-series="cosine"]');
  await expect(strong).toHaveAttribute('stroke-width', '3');
  expect(Number(await demo.getByTestId('sv-readout').getAttribute('data-lr'))).toBeCloseTo(0.01, 9);
  const readStep = demo.getByRole('slider', { name: 'Read out step' });
  await readStep.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(demo.getByTestId('sv-readout')).toContainText('At step 10: lr = 0.1');
  expect(errors).toEqual([]);
});

test('restores its state from the URL and writes changes back', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page, '?sv.s=step&sv.size=20&sv.gamma=0.5&sv.warm=0&sv.at=25&sv.lr=0.2');
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('step');
  await expect.poll(async () => Number(await demo.getByTestId('sv-readout').getAttribute('data-lr'))).toBeCloseTo(0.1, 9);
  await demo.getByLabel('Schedule', { exact: true }).selectOption('one-cycle');
  await expect(page).toHaveURL(/sv\.s=one-cycle/);
  await expect(demo.getByTestId('sv-readout')).toContainText('momentum');
  expect(errors).toEqual([]);
});

test('explains invalid URL values and a warm-up longer than training', async ({ page }) => {
  const demo = await openDemo(page, '?sv.s=triangle&sv.total=50&sv.warm=80');
  await expect(demo.getByTestId('sv-warnings')).toContainText('sv.s=triangle is not valid');
  await expect(demo.getByTestId('sv-warnings')).toContainText('A warm-up of 80 steps is longer than the 50 training steps: using 49.');
  expect(await demo.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
});

test('fits a 320 px wide screen and switches the code tabs with the arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const demo = await openDemo(page);
  expect(await demo.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await demo.getByRole('tab', { name: 'PyTorch' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(demo.getByRole('tab', { name: 'TensorFlow.js' })).toHaveAttribute('aria-selected', 'true');
  await expect(demo.getByRole('tabpanel')).toContainText('setLearningRate');
  const axe = await new AxeBuilder({ page }).include('[data-testid="schedule-viewer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('cyclic on its entry: triangles from base_lr to max_lr with the momentum moving the other way', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/cyclical-learning-rates/');
  const demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('cyclic');
  await expect(demo.getByTestId('sv-chart').locator('polyline[data-series="cyclic"]')).toHaveAttribute('stroke-width', '3');
  const readStep = demo.getByRole('slider', { name: 'Read out step' });
  await readStep.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(demo.getByTestId('sv-readout')).toContainText('At step 10: lr = 0.1, momentum = 0.8 (Cyclic cycles it inversely)');
  await expect(demo.getByRole('tabpanel')).toContainText('CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=10)');
  expect(errors).toEqual([]);
});

test('WSD on its entry: a decay shape chosen in the menu is kept in the URL and survives a reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/warmup-stable-decay/?sv.at=50');
  let demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('warmup-stable-decay');
  await expect(demo.getByTestId('sv-readout')).toContainText('At step 50: lr = 0.1');
  await demo.getByLabel('Decay shape').selectOption('linear');
  await demo.getByRole('slider', { name: 'Decay share of the run' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('sv.shape')).toBe('linear');
  await expect.poll(() => new URL(page.url()).searchParams.get('sv.df')).toBe('0.25');
  await page.reload();
  demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByLabel('Decay shape')).toHaveValue('linear');
  await expect(demo.getByRole('slider', { name: 'Decay share of the run' })).toHaveValue('0.25');
  // Linear decay over the last 25 steps (75 to 99): at step 90 it is 15/25 of the way down, so 0.1 * (1 - 0.6).
  await readAt(page, demo, 90);
  await expect(demo.getByTestId('sv-readout')).toContainText('At step 90: lr = 0.04');
  await expect(demo.getByRole('tabpanel')).toContainText('get_wsd_schedule(opt, num_warmup_steps=10, num_decay_steps=25, num_training_steps=100, decay_type="linear"');
  expect(errors).toEqual([]);
});

async function readAt(page: Page, demo: ReturnType<Page['getByTestId']>, step: number): Promise<void> {
  const slider = demo.getByRole('slider', { name: 'Read out step' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
}

test('reduce-on-plateau on its entry is drawn on a labelled illustrative loss, axe clean in both themes at 320 px', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/terms/reduce-on-plateau/');
    const demo = page.getByTestId('schedule-viewer');
    await demo.scrollIntoViewIfNeeded();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(demo.getByLabel('Schedule', { exact: true })).toHaveValue('reduce-on-plateau');
    await expect(demo.getByTestId('sv-loss-chart')).toContainText(/Illustrative loss curve that stops improving/);
    await expect(demo.getByTestId('sv-loss-chart').locator('polyline[data-series="loss"]')).toHaveCount(1);
    await expect(demo.getByRole('slider', { name: 'Warm-up steps (0 = none)' })).toBeDisabled();
    await readAt(page, demo, 99);
    await expect(demo.getByTestId('sv-readout')).toContainText(/At step 99: lr = 0\.025, illustrative loss = /);
    await expect(demo.getByRole('tabpanel')).toContainText('sched.step(val_loss)');
    expect(await demo.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    expect(await demo.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
    const axe = await new AxeBuilder({ page }).include('[data-testid="schedule-viewer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
  // Patience in the URL round-trips: a shorter patience cuts sooner.
  await page.goto('/terms/reduce-on-plateau/?sv.pat=3&sv.pf=0.25&sv.at=99');
  const demo = page.getByTestId('schedule-viewer');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByRole('slider', { name: 'Patience (epochs without improvement)' })).toHaveValue('3');
  expect(Number(await demo.getByTestId('sv-readout').getAttribute('data-lr'))).toBeLessThan(0.025);
  expect(errors).toEqual([]);
});
