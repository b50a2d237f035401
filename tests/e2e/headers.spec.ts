import { expect, test } from '@playwright/test';
import { collectPageErrors } from './page-errors';

// `npm start` / `npm run serve` send the headers of the built `_headers` file (one source for Netlify, Cloudflare
// and the local server), and never serve that file itself.

test('pages carry the security headers of _headers, with frame-ancestors only in the header', async ({ page, request }) => {
  const response = await request.get('/terms/adam/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // The default server is the GitHub Pages case: no cross-origin isolation unless --isolated.
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  const errors = collectPageErrors(page);
  await page.goto('/terms/adam/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).not.toContain('frame-ancestors');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
  expect(errors).toEqual([]);
});

test('the --isolated server adds COOP/COEP to the same headers', async ({ request, baseURL }) => {
  const isolated = new URL(baseURL!);
  isolated.port = String(Number(isolated.port) + 1);
  const headers = (await request.get(new URL('/terms/adam/', isolated).href)).headers();
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('_headers and _redirects are not served', async ({ request }) => {
  for (const path of ['/_headers', '/_redirects', '/%5Fheaders']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy:');
  }
});

test('another page cannot frame the site', async ({ page, baseURL }) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') blocked.push(m.text());
  });
  await page.setContent(`<iframe src="${new URL('/terms/adam/', baseURL!).href}" title="framed"></iframe>`);
  await expect.poll(() => blocked.join('\n')).toContain('frame-ancestors');
  // The frame shows the browser's error page, not the entry.
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  expect(await frame?.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
});
