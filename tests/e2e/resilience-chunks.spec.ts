import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockable, collectUnexpectedErrors } from './blocked-resources';

// A demo whose code, worker or .wasm cannot be downloaded says so and offers a way out that works (issue 18, item 3).
const FIGURE = 'figure[data-demo="training-playground"]';
const PAGE = '/terms/backpropagation/?tp.ep=5';
const VIEW_CHUNK = /\/_astro\/TrainingView\.[\w-]+\.js(\?.*)?$/;
const WORKER = /\/_astro\/core-worker-[\w-]+\.js$/;
const WASM = /\/tfjs\/[\w-]+\.wasm$/;
const HEADLINE = 'This demo could not load (offline or the site was updated).';

async function expectTrains(page: Page): Promise<void> {
  const figure = page.locator(FIGURE);
  const train = figure.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled({ timeout: 30_000 });
  await train.click();
  await expect(page.getByTestId('training-playground-view')).toHaveAttribute('data-phase', 'done', { timeout: 40_000 });
  const first = Number(await page.getByTestId('training-playground-view').getAttribute('data-first-train-loss'));
  const last = Number(await page.getByTestId('training-playground-view').getAttribute('data-train-loss'));
  expect(last).toBeLessThan(first);
}

/** True when keyboard focus is on an element inside the demo's figure (not on <body>). */
function focusInside(page: Page): Promise<boolean> {
  return page.locator(FIGURE).evaluate((el) => document.activeElement !== null && document.activeElement !== document.body && el.contains(document.activeElement));
}

function failure(page: Page) {
  return page.locator(FIGURE).getByRole('alert').filter({ hasText: HEADLINE });
}

test('an island chunk that fails to download: the message says so, and Retry downloads it again and the demo trains', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [VIEW_CHUNK]);
  const block = await blockable(page.context(), VIEW_CHUNK);
  await page.goto(`${PAGE}&backend=cpu`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(failure(page)).toBeVisible();
  await expect(failure(page)).toContainText('The connection seems to be down: Retry once it is back.');
  await expect(page.locator(FIGURE).getByText(/Loading the training playground/)).toHaveCount(0);
  expect(block.hits).toBeGreaterThan(0);
  // Still blocked: Retry really asks again (a second request), and says it failed again.
  const before = block.hits;
  await failure(page).getByRole('button', { name: 'Retry' }).click();
  await expect(failure(page)).toContainText('It still did not load.');
  expect(block.hits).toBeGreaterThan(before);
  block.unblock();
  await failure(page).getByRole('button', { name: 'Retry' }).click();
  await expect(failure(page)).toHaveCount(0);
  await expectTrains(page);
  expect(errors).toEqual([]);
});

test('a worker script that fails to download: the same message, and Retry starts a new worker that trains', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [WORKER]);
  const block = await blockable(page.context(), WORKER);
  await page.goto(`${PAGE}&backend=cpu`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(failure(page)).toBeVisible();
  expect(block.hits).toBeGreaterThan(0);
  block.unblock();
  await failure(page).getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await expect(failure(page)).toHaveCount(0);
  // The message went away with the focused Retry: focus moved into the demo, not to <body>.
  await expect.poll(() => focusInside(page)).toBe(true);
  await expectTrains(page);
  await expect(page.locator(FIGURE).getByTestId('tp-backend')).toContainText('Running on cpu');
  expect(errors).toEqual([]);
});

test('a blocked .wasm: the demo trains on the CPU and says why; unblocked, Retry WebAssembly starts a worker on wasm', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [WASM]);
  const block = await blockable(page.context(), WASM);
  await page.goto(`${PAGE}&backend=wasm`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(page.locator(FIGURE).getByTestId('tp-backend')).toContainText(/Running on cpu \(wasm skipped: [^)]+\)/, { timeout: 30_000 });
  const notice = page.locator(FIGURE).getByRole('status').filter({ hasText: 'WebAssembly could not be downloaded (offline or blocked), so this demo runs on the slower CPU backend.' });
  await expect(notice).toBeVisible();
  expect(block.hits).toBeGreaterThan(0);
  await expectTrains(page);
  block.unblock();
  await notice.getByRole('button', { name: 'Retry WebAssembly' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator(FIGURE).getByTestId('tp-backend')).toContainText('Running on wasm', { timeout: 30_000 });
  await expectTrains(page);
  expect(errors).toEqual([]);
});

test('offline after the page loaded: the demo says it could not load; back online, Retry loads it and it trains', async ({ page, context }) => {
  const errors = collectUnexpectedErrors(page, [/\/_astro\//, WASM]);
  await page.goto(`${PAGE}&backend=cpu`);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(failure(page)).toBeVisible();
  await expect(failure(page)).toHaveAttribute('data-cause', 'offline');
  await expect(page.locator(FIGURE).getByText(/Loading the training playground/)).toBeHidden();
  await context.setOffline(false);
  await failure(page).getByRole('button', { name: 'Retry' }).click();
  await expect(failure(page)).toHaveCount(0, { timeout: 20_000 });
  await expectTrains(page);
  expect(errors).toEqual([]);
});

test('a tab opened before a redeploy (the hashed chunk is a 404): a reload prompt, not a dead Retry', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [VIEW_CHUNK]);
  const gone = await blockable(page.context(), VIEW_CHUNK, 404);
  await page.goto(`${PAGE}&backend=cpu`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expect(failure(page)).toHaveAttribute('data-cause', 'updated');
  await expect(failure(page)).toContainText('The site was updated since this page was opened: reload the page to get the new version.');
  await expect(failure(page).getByRole('button', { name: 'Retry' })).toHaveCount(0);
  gone.unblock();
  await failure(page).getByRole('button', { name: 'Reload the page' }).click();
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await expectTrains(page);
  expect(errors).toEqual([]);
});

const MESSAGES: [string, (page: Page) => Promise<void>][] = [
  ['the "could not load" message (a blocked view chunk)', async (page) => {
    await blockable(page.context(), VIEW_CHUNK);
    await page.goto(`${PAGE}&backend=cpu`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await expect(failure(page)).toContainText('Retry once it is back');
  }],
  ['the "could not load" message of an island that never started (offline)', async (page) => {
    await page.goto(`${PAGE}&backend=cpu`);
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await expect(failure(page)).toContainText('Retry once it is back');
  }],
  ['the "Retry WebAssembly" note (a blocked .wasm)', async (page) => {
    await blockable(page.context(), WASM);
    await page.goto(`${PAGE}&backend=wasm`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await expect(page.locator(FIGURE).getByRole('button', { name: 'Retry WebAssembly' })).toBeVisible({ timeout: 30_000 });
  }],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, show] of MESSAGES) {
    test(`${name} has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await show(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const results = await new AxeBuilder({ page }).include(FIGURE).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
}

test('the compression code the worker fetches on first use fails to download: the lab says so, and the next try works', async ({ page }) => {
  const COMPRESS_CHUNK = /\/_astro\/worker-compress-[\w-]+\.js$/;
  const errors = collectUnexpectedErrors(page, [COMPRESS_CHUNK]);
  const block = await blockable(page.context(), COMPRESS_CHUNK);
  await page.goto('/terms/quantization/?backend=cpu');
  const figure = page.locator('figure[data-demo="compression-lab"]');
  await figure.scrollIntoViewIfNeeded();
  const view = page.getByTestId('compression-lab-view');
  await expect(view).toHaveAttribute('data-teacher', 'ready', { timeout: 40_000 });
  expect(block.hits, 'training does not need the compression chunk').toBe(0);
  await page.getByTestId('cl-run').click();
  await expect(page.getByTestId('cl-error')).toContainText('the worker could not download its compression code (offline, or the site was updated');
  await expect(page.getByTestId('cl-error')).toContainText('try again, or reload the page');
  expect(block.hits).toBeGreaterThan(0);
  await expect(page.getByTestId('cl-run')).toBeEnabled();
  block.unblock();
  await page.getByTestId('cl-run').click();
  await expect(view).toHaveAttribute('data-variants', '1', { timeout: 30_000 });
  await expect(page.getByTestId('cl-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});
