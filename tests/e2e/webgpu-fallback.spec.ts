/**
 * WebGPU in the suite's Chromium (launched without --enable-unsafe-webgpu): navigator.gpu exists but gives no
 * adapter, so a page that asks for WebGPU falls back with the reason, and no page ever downloads the WebGPU code.
 * webgpu.spec.ts runs the same pages in a Chromium that has a (SwiftShader) adapter.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';
import { WEBGPU_MARKER, workerScripts } from './webgpu-scripts';

const NO_ADAPTER = 'webgpu skipped: navigator.gpu gave no adapter (no usable GPU, or WebGPU is disabled in this browser)';

async function openDemo(page: Page, slug: string, demo: string, query = ''): Promise<void> {
  await page.goto(`/terms/${slug}/${query}`);
  const figure = page.locator(`figure[data-demo="${demo}"]`);
  await figure.scrollIntoViewIfNeeded();
  // The demo names its backend once the worker has chosen one (the compression lab as "Backend: wasm.").
  await expect(figure.getByText(/Running on \w+|Backend: \w+\./).first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

for (const [demo, slug] of [
  ['training-playground', 'backpropagation'],
  ['compression-lab', 'quantization'],
  ['backend-check', 'hardware-aware-optimization'],
] as const) {
  test(`the ${demo} demo never fetches the WebGPU code by default`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const scripts = workerScripts(page);
    await openDemo(page, slug, demo);
    const loaded = await scripts();
    expect(loaded.length, 'the worker\'s scripts were seen').toBeGreaterThan(0);
    expect(loaded.filter((s) => s.text.includes(WEBGPU_MARKER)).map((s) => s.url)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('?backend=webgpu without an adapter falls back to wasm, says why, never downloads the WebGPU code and still trains', async ({ page }) => {
  const errors = collectPageErrors(page);
  const scripts = workerScripts(page);
  await openDemo(page, 'backpropagation', 'training-playground', '?backend=webgpu&tp.ep=20');
  expect(await page.evaluate(() => 'gpu' in navigator), 'this Chromium exposes navigator.gpu (without an adapter)').toBe(true);
  const figure = page.locator('figure[data-demo="training-playground"]');
  await expect(figure.getByTestId('tp-backend')).toHaveText(`Running on wasm (${NO_ADAPTER}).`);
  await figure.getByRole('button', { name: 'Train' }).click();
  const view = page.getByTestId('training-playground-view');
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 40_000 });
  expect(Number(await view.getAttribute('data-train-loss'))).toBeLessThan(Number(await view.getAttribute('data-first-train-loss')));
  // The adapter is asked for before the import, so a browser without one does not pay for the code.
  expect((await scripts()).filter((s) => s.text.includes(WEBGPU_MARKER)).map((s) => s.url)).toEqual([]);
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the backend check says WebGPU is not available in this browser (${scheme} mode, axe)`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openDemo(page, 'hardware-aware-optimization', 'backend-check', '?backend=wasm&bc.sec=0.5');
    await page.getByTestId('bc-run').click();
    await expect(page.getByTestId('backend-check-view')).toHaveAttribute('data-results', '4', { timeout: 40_000 });
    const row = page.getByTestId('bc-results').locator('tbody tr[data-backend="webgpu"]');
    await expect(row).toHaveAttribute('data-skipped', 'true');
    await expect(row).toContainText('not available in this browser (navigator.gpu gave no adapter');
    await expect(page.getByTestId('bc-verdict')).toContainText('WebGPU is not available in this browser');
    const results = await new AxeBuilder({ page }).include('figure[data-demo="backend-check"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
