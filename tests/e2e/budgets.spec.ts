import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
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
