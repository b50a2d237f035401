import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="compression-lab"]';

async function openLab(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-teacher', 'ready', { timeout: 60_000 });
  return figure;
}

/** Presses the action button and waits until the compressed caption names the expected model. */
async function run(page: Page, caption: string | RegExp): Promise<number> {
  await page.getByTestId('cl-run').click();
  await expect(page.getByTestId('cl-compressed-caption')).toHaveText(caption, { timeout: 60_000 });
  await expect(page.getByTestId('compression-lab-view')).toHaveAttribute('data-busy', 'false');
  return Number(await page.getByTestId('cl-row-variant').first().locator('[data-accuracy]').getAttribute('data-accuracy'));
}

async function expectCurrentPoint(page: Page): Promise<void> {
  await expect(page.getByTestId('cl-pareto-current')).toHaveCount(1);
  await expect(page.getByTestId('cl-pareto-detail')).toContainText('Current:');
}

test('every new Quantize control really quantizes and puts the model on the Pareto view', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  const lab = await openLab(page, '/terms/quantization/?backend=wasm');
  const format = lab.getByLabel('Format', { exact: true });
  const cases: [string, string | RegExp, (() => Promise<void>)?][] = [
    ['bf16', 'bfloat16 kernels'],
    ['fp8-e4m3', 'FP8 E4M3 kernels'],
    ['fp8-e5m2', 'FP8 E5M2 kernels'],
    ['int4-blocks', 'int4, blocks of 64', () => lab.getByLabel('Block size').selectOption('64').then(() => undefined)],
    ['int8-blocks', 'int8, blocks of 16', () => lab.getByLabel('Block size').selectOption('16').then(() => undefined)],
    ['nf4', 'NF4 + double quant, blocks of 64', async () => {
      await lab.getByLabel('Block size').selectOption('64');
      await lab.getByLabel('Double quantization').check();
    }],
    ['mxfp4', 'MXFP4, blocks of 32', () => expect(lab.getByTestId('cl-fixed-block')).toContainText('Blocks of 32')],
    ['mxfp8-e4m3', 'MXFP8 (E4M3), blocks of 32'],
    ['nvfp4', 'NVFP4, blocks of 16', () => expect(lab.getByTestId('cl-fixed-block')).toContainText('Blocks of 16')],
  ];
  let points = 0;
  for (const [value, caption, setUp] of cases) {
    await format.selectOption(value);
    await setUp?.();
    const accuracy = await run(page, caption);
    expect(accuracy).toBeGreaterThan(0.5);
    await expectCurrentPoint(page);
    const now = Number(await page.getByTestId('cl-pareto').getAttribute('data-points'));
    expect(now).toBe(points + 1);
    points = now;
  }
  // NF4 without double quantization is another model with more bits per weight.
  await format.selectOption('nf4');
  await lab.getByLabel('Double quantization').uncheck();
  await run(page, 'NF4, blocks of 64');
  await expect(page.getByTestId('cl-pareto-detail')).toContainText('NF4, blocks of 64: 4.');

  await format.selectOption('gptq');
  await lab.getByLabel('Bits', { exact: true }).selectOption('3');
  await lab.getByLabel('Group size').selectOption('8');
  await run(page, 'GPTQ int3, groups of 8');
  await lab.getByLabel('Method', { exact: true }).selectOption('rtn');
  await run(page, 'round-to-nearest int3, groups of 8');
  await expect(page.locator(FIGURE)).toContainText('no error feedback');

  await format.selectOption('w8a8');
  await lab.getByLabel('Method', { exact: true }).selectOption('plain');
  const plain = await run(page, 'plain W8A8');
  await lab.getByLabel('Outlier channels').check();
  const broken = await run(page, 'plain W8A8, outlier channels');
  expect(broken).toBeLessThan(plain - 0.1);
  await lab.getByLabel('Method', { exact: true }).selectOption('smoothquant');
  expect(await run(page, 'SmoothQuant W8A8, outlier channels')).toBeGreaterThan(broken + 0.1);
  await lab.getByLabel('Method', { exact: true }).selectOption('llm-int8');
  expect(await run(page, 'LLM.int8(), outlier channels')).toBeGreaterThan(broken + 0.1);
  await expect(page.getByTestId('cl-speed-note')).toContainText('Speed-ups are not measurable here');
  expect(errors).toEqual([]);
});

test('the Pareto view compares every format; keyboard focus on a point shows its raw and gzip bytes', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await openLab(page, '/terms/quantization/?backend=wasm&cl.q=nf4&cl.bs=64');
  const compare = page.getByTestId('cl-pareto-run');
  await compare.click();
  await expect(compare).toHaveText('Compare all formats again', { timeout: 120_000 });
  const pareto = page.getByTestId('cl-pareto');
  expect(Number(await pareto.getAttribute('data-points'))).toBeGreaterThanOrEqual(20);
  await expectCurrentPoint(page);
  await expect(page.getByTestId('cl-pareto-current')).toHaveAttribute('aria-label', /NF4, blocks of 64: .*\(current settings\)/);
  // Keyboard: from the button, Tab reaches the first point; its sizes appear under the chart.
  await compare.focus();
  await page.keyboard.press('Tab');
  const first = page.getByTestId(/cl-pareto-(point|current)/).first();
  await expect(first).toBeFocused();
  const label = (await first.getAttribute('aria-label'))!.replace(' (current settings)', '');
  await expect(page.getByTestId('cl-pareto-detail')).toHaveText(new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(page.getByTestId('cl-pareto-detail')).toContainText(/\d+ bytes raw, \d+ bytes gzip/);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('cl-pareto-detail')).not.toHaveText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // Hover shows the same line.
  await page.getByTestId('cl-pareto-point').last().hover();
  await expect(page.getByTestId('cl-pareto-detail')).toContainText('bytes gzip');
  // The table alternative lists every point, with the outlier-free W8A8 rows and both 2:4 rows.
  await page.getByText('The points as a table').click();
  const table = page.getByTestId('cl-pareto-table');
  await expect(table).toContainText('2:4 sparse + 100 fine-tune steps');
  await expect(table).toContainText('GPTQ int3');
  await expect(table).toContainText('original float32');
  expect(errors).toEqual([]);
});

test('the Prune tab offers 2:4 semi-structured pruning with and without fine-tuning', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const lab = await openLab(page, '/terms/model-pruning/?backend=wasm');
  await lab.getByLabel('What to remove').selectOption('two-four');
  await expect(lab.getByLabel('Sparsity')).toHaveCount(0);
  const oneShot = await run(page, '2:4 sparse');
  await expectCurrentPoint(page);
  await expect(page.locator(FIGURE)).toContainText('17 bits per weight');
  await lab.getByRole('slider', { name: 'Fine-tune steps after pruning' }).fill('100');
  const tuned = await run(page, '2:4 sparse + 100 fine-tune steps');
  expect(tuned).toBeGreaterThanOrEqual(oneShot - 0.02);
  await expect(page.getByTestId('cl-pareto')).toHaveAttribute('data-points', '2');
  await expect.poll(() => new URL(page.url()).searchParams.get('cl.struct')).toBe('two-four');
  expect(errors).toEqual([]);
});

test('the new settings round-trip through the URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  const lab = await openLab(page, '/terms/quantization/?backend=cpu&cl.q=nf4&cl.bs=128&cl.dq=1');
  await expect(lab.getByLabel('Format', { exact: true })).toHaveValue('nf4');
  await expect(lab.getByLabel('Block size')).toHaveValue('128');
  await expect(lab.getByLabel('Double quantization')).toBeChecked();
  await lab.getByLabel('Format', { exact: true }).selectOption('gptq');
  await lab.getByLabel('Method', { exact: true }).selectOption('rtn');
  await lab.getByLabel('Bits', { exact: true }).selectOption('3');
  await lab.getByLabel('Group size').selectOption('32');
  await expect.poll(() => new URL(page.url()).searchParams.get('cl.gs')).toBe('32');
  expect(new URL(page.url()).searchParams.get('cl.gm')).toBe('rtn');
  expect(new URL(page.url()).searchParams.get('cl.gb')).toBe('3');
  await lab.getByLabel('Format', { exact: true }).selectOption('w8a8');
  await lab.getByLabel('Method', { exact: true }).selectOption('smoothquant');
  await lab.getByLabel('Outlier channels').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('cl.out')).toBe('1');
  await page.reload();
  const again = page.locator(FIGURE);
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByLabel('Format', { exact: true })).toHaveValue('w8a8');
  await expect(again.getByLabel('Method', { exact: true })).toHaveValue('smoothquant');
  await expect(again.getByLabel('Outlier channels')).toBeChecked();
  await again.getByLabel('Format', { exact: true }).selectOption('gptq');
  await expect(again.getByLabel('Method', { exact: true })).toHaveValue('rtn');
  await expect(again.getByLabel('Group size')).toHaveValue('32');
  expect(errors).toEqual([]);
});

test('at 320 px the lab and its Pareto view fit without horizontal scroll and are axe clean in both themes', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const lab = await openLab(page, '/terms/quantization/?backend=wasm&cl.q=w8a8&cl.out=1');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await run(page, 'plain W8A8, outlier channels');
    await page.getByTestId('cl-pareto-run').click();
    await expect(page.getByTestId('cl-pareto-run')).toHaveText('Compare all formats again', { timeout: 150_000 });
    await page.getByText('The points as a table').click();
    await page.getByTestId('cl-pareto-current').focus();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await lab.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const axe = await new AxeBuilder({ page }).include(FIGURE).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
  expect(errors).toEqual([]);
});
