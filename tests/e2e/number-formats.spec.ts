import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';

/** The FP8 entry embeds <NumberFormats format="fp8-e4m3" value={500} />. */
const PAGE = '/terms/fp8-training/';

async function openDemo(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const demo = page.getByTestId('number-formats');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('nf-axis')).toBeVisible();
  return demo;
}

const bits = (demo: ReturnType<Page['getByTestId']>, field: string) => demo.getByTestId(`nf-bits-${field}`).getAttribute('data-bits');

test('chooses a format and reads a typed number: bits, stored value and relative error', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page);
  const format = demo.getByLabel('Format', { exact: true });
  await expect(format).toHaveValue('fp8-e4m3');
  await expect(demo.getByTestId('nf-value')).toHaveText('448');
  await expect(demo.getByTestId('nf-axis')).toHaveAttribute('data-count', '126');
  const input = demo.getByLabel('Number', { exact: true });
  await input.fill('0.1');
  await expect(demo.getByTestId('nf-value')).toHaveText('0.1015625');
  expect(await bits(demo, 'sign')).toBe('0');
  expect(await bits(demo, 'exponent')).toBe('0011');
  expect(await bits(demo, 'mantissa')).toBe('101');
  await expect(demo.getByTestId('nf-relative-error')).toHaveText('0.0156');
  await format.selectOption('fp16');
  await expect(demo.getByTestId('nf-value')).toHaveText('0.0999755859375');
  expect(await bits(demo, 'exponent')).toBe('01011');
  expect(await bits(demo, 'mantissa')).toBe('1001100110');
  await expect(demo.getByTestId('nf-axis')).toHaveAttribute('data-count', '31743');
  await input.fill('-inf');
  await expect(demo.getByTestId('nf-value')).toHaveText('-65504');
  await input.fill('nan');
  await expect(demo.getByTestId('nf-value')).toHaveText('NaN');
  await expect(demo.getByTestId('nf-relative-error')).toHaveText('not defined');
  expect(errors).toEqual([]);
});

test('explains invalid text inline and never draws NaN', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page);
  const input = demo.getByLabel('Number', { exact: true });
  await input.fill('1e-3x');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const message = demo.getByTestId('nf-input-error');
  await expect(message).toContainText('is not a number');
  const described = (await input.getAttribute('aria-describedby'))!.split(' ');
  expect(described).toContain(await message.getAttribute('id'));
  await expect(demo.getByTestId('nf-no-result')).toBeVisible();
  expect(await demo.locator('svg').evaluateAll((els) => els.some((e) => e.outerHTML.includes('NaN')))).toBe(false);
  await input.fill('1e-3');
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect(message).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('saturates an overflow, or without saturation makes it NaN (E4M3) or infinity (E5M2)', async ({ page }) => {
  const demo = await openDemo(page);
  await expect(demo.getByTestId('nf-result')).toHaveAttribute('data-outcome', 'saturated');
  const saturate = demo.getByLabel('Saturate on overflow (clamp to ±max)');
  await saturate.uncheck();
  await expect(demo.getByTestId('nf-value')).toHaveText('NaN');
  await expect(demo.getByTestId('nf-outcome')).toContainText('no infinity');
  expect(await bits(demo, 'exponent')).toBe('1111');
  await demo.getByLabel('Format', { exact: true }).selectOption('fp8-e5m2');
  await expect(demo.getByTestId('nf-value')).toHaveText('512');
  await demo.getByLabel('Number', { exact: true }).fill('1e6');
  await expect(demo.getByTestId('nf-value')).toHaveText('+∞');
  await saturate.check();
  await expect(demo.getByTestId('nf-value')).toHaveText('57344');
});

test('tabulates sane errors and bits per weight for every format', async ({ page }) => {
  const demo = await openDemo(page);
  const row = (f: string) => demo.getByTestId(`nf-error-row-${f}`);
  const num = async (f: string, attr: string) => Number(await row(f).getAttribute(`data-${attr}`));
  await expect(demo.getByTestId('nf-error-table').locator('tbody tr')).toHaveCount(11);
  expect(await num('fp16', 'bits')).toBe(16);
  expect(await num('mxfp4', 'bits')).toBe(4.25);
  expect(await num('nf4', 'bits')).toBe(4.5);
  for (const f of ['fp16', 'bf16', 'fp8-e4m3', 'int8', 'nf4', 'mxfp4', 'nvfp4']) {
    const mean = await num(f, 'mean-absolute');
    expect(mean, f).toBeGreaterThan(0);
    expect(await num(f, 'max-absolute'), f).toBeGreaterThanOrEqual(mean);
  }
  expect(await num('fp16', 'mean-relative')).toBeLessThan(await num('bf16', 'mean-relative'));
  expect(await num('int8', 'mean-absolute')).toBeLessThan(await num('int4', 'mean-absolute'));
  const total = Number(await demo.getByTestId('nf-histogram').getAttribute('data-total'));
  const exact = Number(await demo.getByTestId('nf-histogram').getAttribute('data-exact'));
  expect(total + exact).toBe(4096);
  await demo.getByLabel('Format in the histogram', { exact: true }).selectOption('nvfp4');
  await expect(row('nvfp4')).toHaveClass(/nf-current/);
  await expect(demo.getByTestId('nf-range-row-fp8-e5m2')).toContainText('57344');
});

test('round-trips its state through the URL on reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  const demo = await openDemo(page);
  await demo.getByLabel('Format', { exact: true }).selectOption('bf16');
  await demo.getByLabel('Number', { exact: true }).fill('257');
  await demo.getByLabel('Saturate on overflow (clamp to ±max)').uncheck();
  await demo.getByLabel('Format in the histogram', { exact: true }).selectOption('mxfp4');
  await demo.getByLabel('Error shown').selectOption('absolute');
  await expect(page).toHaveURL(/nf\.err=absolute/);
  await expect(page).toHaveURL(/nf\.x=257/);
  await page.reload();
  const again = page.getByTestId('number-formats');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByLabel('Format', { exact: true })).toHaveValue('bf16');
  await expect(again.getByLabel('Number', { exact: true })).toHaveValue('257');
  await expect(again.getByTestId('nf-value')).toHaveText('256');
  await expect(again.getByLabel('Saturate on overflow (clamp to ±max)')).not.toBeChecked();
  await expect(again.getByLabel('Format in the histogram', { exact: true })).toHaveValue('mxfp4');
  await expect(again.getByLabel('Error shown')).toHaveValue('absolute');
  expect(errors).toEqual([]);
});

test('warns about invalid URL values and falls back to defaults', async ({ page }) => {
  const demo = await openDemo(page, '?nf.f=fp6&nf.std=-1');
  await expect(demo.getByTestId('nf-warnings')).toContainText('nf.f=fp6 is not valid');
  await expect(demo.getByLabel('Format', { exact: true })).toHaveValue('fp8-e4m3');
});

test('works from the keyboard alone', async ({ page }) => {
  const demo = await openDemo(page);
  await demo.getByLabel('Format', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(demo.getByLabel('Number', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await expect(demo.getByTestId('nf-value')).toHaveText('2');
  await page.keyboard.press('Tab');
  await expect(demo.getByLabel('Saturate on overflow (clamp to ±max)')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(demo.getByLabel('Saturate on overflow (clamp to ±max)')).not.toBeChecked();
  await demo.getByLabel('Format', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(demo.getByLabel('Format', { exact: true })).toHaveValue('fp8-e5m2');
  const std = demo.getByRole('slider', { name: 'Weight standard deviation' });
  await std.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/nf\.std=/);
  await demo.getByTestId('nf-error-region').focus();
  await expect(demo.getByTestId('nf-error-region')).toBeFocused();
});

test('fits a 320 px screen (tables scroll in their own regions) and is axe clean in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const demo = await openDemo(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await demo.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const axe = await new AxeBuilder({ page }).include('[data-testid="number-formats"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
});
