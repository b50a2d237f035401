import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { publishedTerms } from './published-terms';

const terms = publishedTerms();
const BUDGET_GZIP = 10 * 1024;

for (const [name, path] of [
  ['home', '/'],
  ['A-Z index', '/terms/'],
  ['category page', '/categories/foundations/'],
  ['concept map', '/map/'],
  ['term page without a demo', `/terms/${terms.find((t) => !t.data.demo)!.slug}/`],
] as const) {
  test(`${name} ships at most 10 KB of JS (gzip) before interaction`, async ({ page }) => {
    const bodies: Buffer[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') bodies.push(await r.body());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([type="application/ld+json"]):not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
    const gzip = gzipSync(Buffer.concat([Buffer.from(inline), ...bodies])).length;
    console.log(`${name}: ${gzip} B of JS (gzip) before interaction`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });
}

test('a demo page loads tfjs and the .wasm only once the demo scrolls into view', async ({ page }) => {
  const entry = terms.find((t) => t.data.demo === 'training-playground') ?? terms.find((t) => t.data.demo)!;
  const heavy: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (/tfjs|\.wasm|worker|react/i.test(url)) heavy.push(url);
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`/terms/${entry.slug}/`);
  await page.waitForLoadState('networkidle');
  const demo = page.locator('figure.demo').first();
  const box = await demo.boundingBox();
  expect(box!.y, 'the demo starts below the first screen').toBeGreaterThan(700);
  expect(heavy).toEqual([]);
  await demo.scrollIntoViewIfNeeded();
  await expect.poll(() => heavy.length, { timeout: 20_000 }).toBeGreaterThan(0);
});

// tfjs runs only in the demo worker: the page's own scripts, for every demo, stay free of it (about 107 KB gzip).
const TFJS_MARKER = 'Tensor is disposed';
// The worker entries and their chunks (worker-*: astro.config.mjs names them so, because Chromium lists a module
// worker's imports in the page's resource timeline).
const WORKER_SCRIPT = /\/(?:core-worker|sweep-worker|worker)-[\w-]+\.js$/;
const WORKER_ENTRY = /\/core-worker-[\w-]+\.js$/;

async function scriptsAfterDemoLoads(page: Page, demo: string, slug: string): Promise<{ url: string; text: string }[]> {
  await page.goto(`/terms/${slug}/`);
  const figure = page.locator(`figure[data-demo="${demo}"]`);
  await figure.scrollIntoViewIfNeeded();
  // The lazy view has rendered once the figure holds a form control of its own.
  await expect(figure.locator('.gd-demo').locator('button, select, input').first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.m?js(\?|$)/.test(u)));
  return Promise.all(urls.map(async (url) => ({ url, text: await (await page.request.get(url)).text() })));
}

for (const [demo, slug] of [
  ['optimizer-playground', 'gradient-descent'],
  ['training-playground', 'backpropagation'],
  ['schedule-viewer', 'learning-rate-schedule'],
  ['loss-explorer', 'loss-function'],
  ['compression-lab', 'quantization'],
  ['backend-check', 'hardware-aware-optimization'],
] as const) {
  test(`the ${demo} demo keeps tfjs off the main thread`, async ({ page }) => {
    const scripts = (await scriptsAfterDemoLoads(page, demo, slug)).filter((s) => !WORKER_SCRIPT.test(s.url));
    expect(scripts.length, 'the demo loaded its island scripts').toBeGreaterThan(2);
    const gzip = scripts.reduce((sum, s) => sum + gzipSync(s.text).length, 0);
    console.log(`${demo}: ${scripts.length} main-thread scripts, ${gzip} B gzip (worker and .wasm not counted)`);
    expect(scripts.filter((s) => s.text.includes(TFJS_MARKER)).map((s) => s.url)).toEqual([]);
  });
}

test('the tfjs marker those checks look for is in the worker that runs tfjs', async ({ page }) => {
  await scriptsAfterDemoLoads(page, 'training-playground', 'backpropagation');
  // The worker starts after the view renders, so its script can join the resource list after the network first idles.
  const resourceUrls = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  await expect.poll(async () => (await resourceUrls()).some((u) => WORKER_ENTRY.test(u)), { timeout: 20_000 }).toBe(true);
  await page.waitForLoadState('networkidle');
  const texts = await Promise.all((await resourceUrls()).filter((u) => WORKER_SCRIPT.test(u)).map(async (u) => (await page.request.get(u)).text()));
  expect(texts.filter((t) => t.includes(TFJS_MARKER)).length, 'one of the worker\'s scripts holds tfjs').toBeGreaterThan(0);
});

// The WebGL backend is a chunk of its own that the worker imports only when backend.ts tries WebGL (which it does
// first only for large models or ?backend=webgl). The marker is a WebGL-only flag name inside that chunk.
const WEBGL_MARKER = 'WEBGL_RENDER_FLOAT32_CAPABLE';
/** A string only the worker's compression chunk holds (src/core/compress/compression-variants.ts). */
const COMPRESSION_MARKER = 'spec.kind must be one of';

async function scriptsWithMarkers(page: Page, query: string): Promise<{ backend: string; webgl: string[]; compression: string[] }> {
  const bodies: Promise<{ url: string; text: string }>[] = [];
  // Context-wide: the worker's own module requests are seen here, not on the page.
  page.context().on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) bodies.push(r.text().then((text) => ({ url: r.url(), text }), () => ({ url: r.url(), text: '' })));
  });
  await page.goto(`/terms/backpropagation/${query}`);
  const figure = page.locator('figure[data-demo="training-playground"]');
  await figure.scrollIntoViewIfNeeded();
  const backend = figure.getByTestId('tp-backend');
  await expect(backend).toContainText('Running on', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(bodies);
  const having = (marker: string) => loaded.filter((s) => s.text.includes(marker)).map((s) => s.url);
  return { backend: (await backend.textContent()) ?? '', webgl: having(WEBGL_MARKER), compression: having(COMPRESSION_MARKER) };
}

test('a demo that did not choose WebGL never fetches the WebGL code; one that asks for it does', async ({ page }) => {
  const byDefault = await scriptsWithMarkers(page, '');
  expect(byDefault.backend, 'the toy model runs on WASM by default').toContain('Running on wasm');
  expect(byDefault.webgl).toEqual([]);
  expect(byDefault.compression, 'a worker that only trains does not download the compression jobs').toEqual([]);
  const forced = await scriptsWithMarkers(page, '?backend=webgl');
  expect(forced.webgl.length, 'the marker is in the chunk that ?backend=webgl loads').toBeGreaterThan(0);
});
