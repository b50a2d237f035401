import { expect, test, type Page } from '@playwright/test';

/** Collects CSP violations reported in the page, and every request's origin. */
async function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    requests,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test('every page carries a strict CSP meta tag', async ({ page }) => {
  for (const path of ['/', '/terms/', '/terms/adam/', '/search/', '/map/']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  }
});

test('searching and running a demo report no CSP violation, and no request leaves the site', async ({ page, baseURL }) => {
  const { requests, violations } = await watch(page);
  const origin = new URL(baseURL!).origin;
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the glossary' }).fill('adam');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/terms\/adam\/$/);
  const demo = page.locator('figure.demo').first();
  await demo.scrollIntoViewIfNeeded();
  // A running demo keeps the network busy (worker, wasm), so give it a fixed time to start instead of "idle".
  await page.waitForTimeout(3_000);
  for (const path of ['/terms/', '/categories/', '/map/', '/terms/quantization/', '/terms/overfitting/']) {
    await page.goto(path);
    if (await page.locator('figure.demo').count()) {
      await page.locator('figure.demo').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(3_000);
    }
  }
  expect(await violations()).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test('the site works when served cross-origin isolated (COOP/COEP), and search still runs', async ({ page, baseURL }) => {
  const isolated = new URL(baseURL!);
  isolated.port = String(Number(isolated.port) + 1);
  const { violations } = await watch(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('/terms/adam/', isolated).href);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the glossary' }).fill('lion');
  await expect(page.locator('.search-hit .hit-title').first()).toHaveText('Lion');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
