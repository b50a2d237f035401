/**
 * WebGPU where the browser has an adapter: this file's Chromium gets --enable-unsafe-webgpu (headless Debian
 * Chromium then offers a SwiftShader adapter, in a worker too); the rest of the suite keeps the config's flags and
 * has no adapter (webgpu-fallback.spec.ts).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { collectPageErrors } from './page-errors';
import { WEBGPU_MARKER, workerScripts } from './webgpu-scripts';

const test = base.extend<object, object>({
  launchOptions: [async ({ launchOptions }, use) => use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--enable-unsafe-webgpu'] }), { scope: 'worker' }],
});

const FIGURE = 'figure[data-demo="training-playground"]';

async function train(page: Page, query: string): Promise<{ backend: string; first: number; last: number }> {
  await page.goto(`/terms/backpropagation/${query}`);
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  const backend = figure.getByTestId('tp-backend');
  await expect(backend).toContainText('Running on', { timeout: 30_000 });
  const trainButton = figure.getByRole('button', { name: 'Train' });
  await expect(trainButton).toBeEnabled({ timeout: 30_000 });
  await trainButton.click();
  const view = page.getByTestId('training-playground-view');
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 50_000 });
  return { backend: (await backend.textContent()) ?? '', first: Number(await view.getAttribute('data-first-train-loss')), last: Number(await view.getAttribute('data-train-loss')) };
}

// What this Chromium does (SwiftShader): the adapter works and async reads are right, but dataSync, which the core
// uses for every loss and weight, reads zeros (tfjs draws the buffer onto a canvas for it). backend.ts checks that once
// and falls back, so the demo trains correctly on the next backend instead of showing a loss of 0.
const READ_BACK = 'webgpu skipped: synchronous read-back (dataSync) gave [0, 0, 0, 0] for [7, 10, 15, 22], and the core reads values synchronously';

test('?backend=webgpu downloads the WebGPU chunk, finds its synchronous read-back broken here, says so and trains on wasm', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const scripts = workerScripts(page);
  const tried = await train(page, '?backend=webgpu&tp.ep=20');
  expect(tried.backend).toBe(`Running on wasm (${READ_BACK}).`);
  expect(tried.last).toBeLessThan(tried.first);
  const withMarker = (await scripts()).filter((s) => s.text.includes(WEBGPU_MARKER)).map((s) => s.url);
  expect(withMarker, 'the WebGPU backend came as one lazy worker chunk').toHaveLength(1);
  expect(withMarker[0]).toMatch(/\/_astro\/worker-[\w-]+\.js$/);
  // The fallback is the same training as asking for wasm directly.
  const wasm = await train(page, '?backend=wasm&tp.ep=20');
  expect(wasm.backend).toBe('Running on wasm.');
  expect(tried.first).toBe(wasm.first);
  expect(tried.last).toBe(wasm.last);
  expect(errors).toEqual([]);
});

test('a small model still runs on wasm and never fetches the WebGPU code, although an adapter exists', async ({ page }) => {
  const errors = collectPageErrors(page);
  const scripts = workerScripts(page);
  await page.goto('/terms/backpropagation/');
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.locator(FIGURE).getByTestId('tp-backend')).toHaveText('Running on wasm.', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(async () => (await (navigator as unknown as { gpu: { requestAdapter(): Promise<unknown> } }).gpu.requestAdapter()) !== null)).toBe(true);
  expect((await scripts()).filter((s) => s.text.includes(WEBGPU_MARKER)).map((s) => s.url)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the backend check tries WebGPU and says why it cannot use it here', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/terms/hardware-aware-optimization/?backend=wasm&bc.sec=0.5');
  await page.locator('figure[data-demo="backend-check"]').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', 'wasm', { timeout: 30_000 });
  await page.getByTestId('bc-run').click();
  await expect(page.getByTestId('backend-check-view')).toHaveAttribute('data-results', '4', { timeout: 60_000 });
  const row = page.getByTestId('bc-results').locator('tbody tr[data-backend="webgpu"]');
  // Timed only where its read-back is right; here the row says why it is not.
  await expect(row).toHaveAttribute('data-skipped', 'true');
  await expect(row).toContainText('not available in this browser (synchronous read-back (dataSync) gave [0, 0, 0, 0]');
  await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', 'wasm');
  expect(errors).toEqual([]);
});
