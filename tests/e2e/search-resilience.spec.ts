import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockable, collectUnexpectedErrors } from './blocked-resources';

// Search tells "no match" from "the index could not be loaded", offers Retry and the A-Z list, and retries what failed
// at the next keystroke (issue 18, item 2). Pagefind's files: pagefind.js, its entry file and WASM, the index chunks
// a query needs, the result fragments and the filter chunks behind the category counts.
const PAGEFIND_JS = /\/pagefind\/pagefind\.js(\?.*)?$/;
const ENTRY = /\/pagefind\/pagefind-entry\.json(\?.*)?$/;
const INDEX_CHUNK = /\/pagefind\/index\/[\w-]+\.pf_index$/;
const FRAGMENT = /\/pagefind\/fragment\/[\w-]+\.pf_fragment$/;
const FILTER = /\/pagefind\/filter\/[\w-]+\.pf_filter$/;
const NAMES = /\/search-names\.json$/;
const DIALOG_CHUNK = /\/_astro\/search-dialog\.[\w-]+\.js$/;

function searchInput(page: Page) {
  return page.getByRole('combobox', { name: 'Search the glossary' });
}

function firstTitle(page: Page) {
  return page.getByRole('listbox', { name: 'Search results' }).locator('.search-hit:not(.search-section)').first().locator('.hit-title');
}

function failure(page: Page) {
  return page.locator('.search-failure[role="alert"]');
}

async function expectNoLie(page: Page): Promise<void> {
  await expect(page.getByText(/No entry matches|0 results|npm run build/)).toHaveCount(0);
}

for (const [what, pattern] of [
  ['pagefind.js', PAGEFIND_JS],
  ['the Pagefind index entry file', ENTRY],
] as const) {
  test(`${what} blocked: "could not load its index" with Retry and the A-Z list; unblocked, Retry finds the entry`, async ({ page }) => {
    const errors = collectUnexpectedErrors(page, [pattern]);
    const block = await blockable(page.context(), pattern);
    await page.goto('/search/?q=adam');
    await expect(failure(page)).toContainText('Search could not load its index (offline, or the connection dropped).');
    await expect(failure(page).getByRole('link', { name: 'browse all terms A–Z' })).toHaveAttribute('href', '/terms/');
    await expectNoLie(page);
    expect(block.hits).toBeGreaterThan(0);
    block.unblock();
    await failure(page).getByRole('button', { name: 'Retry' }).click();
    await expect(firstTitle(page)).toHaveText('Adam');
    await expect(failure(page)).toBeEmpty();
    await expect(searchInput(page)).toBeFocused();
    expect(errors).toEqual([]);
  });
}

for (const [what, pattern] of [
  ['index chunk', INDEX_CHUNK],
  ['result fragment', FRAGMENT],
] as const) {
  test(`a query whose ${what} fails says so (not "0 results") and the next keystroke retries it`, async ({ page }) => {
    const errors = collectUnexpectedErrors(page, [pattern]);
    await page.goto('/search/');
    const input = searchInput(page);
    await expect(input).toBeFocused();
    // Pagefind and the category counts are in before the chunks go missing.
    await expect(page.getByRole('combobox', { name: 'Filter by category' }).locator('option')).not.toHaveCount(1);
    const block = await blockable(page.context(), pattern);
    await input.fill('adam');
    await expect(failure(page)).toContainText('Search could not load the part of its index for “adam”');
    await expectNoLie(page);
    expect(block.hits).toBeGreaterThan(0);
    block.unblock();
    await input.press('w');
    await expect(firstTitle(page)).toHaveText('AdamW');
    await expect(failure(page)).toBeEmpty();
    await expect(page.getByRole('status')).toContainText('for “adamw”');
    expect(errors).toEqual([]);
  });
}

test('the category counts are asked again when their filter chunks failed', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [FILTER]);
  const block = await blockable(page.context(), FILTER);
  const categories = page.getByRole('combobox', { name: 'Filter by category' }).locator('option');
  await page.goto('/search/');
  await expect.poll(() => block.hits).toBeGreaterThan(0);
  await expect(categories).toHaveCount(1);
  block.unblock();
  await searchInput(page).fill('momentum');
  await expect(firstTitle(page)).toHaveText('Momentum');
  await expect(categories).not.toHaveCount(1);
  await expect(categories.nth(1)).toHaveText(/^.+ \(\d+\)$/);
  expect(errors).toEqual([]);
});

test('the typo layer failing does not break search: correct spellings still find their entry', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [NAMES]);
  const block = await blockable(page.context(), NAMES);
  await page.goto('/search/?q=quantization');
  await expect(firstTitle(page)).toHaveText('Quantization');
  await searchInput(page).fill('adma');
  await expect(page.getByRole('status').or(page.getByText('No entry matches “adma”.')).first()).toBeVisible();
  await expect(failure(page)).toBeEmpty();
  expect(block.hits).toBeGreaterThan(0);
  // Unblocked, the next search fetches the names and suggests Adam for the typo.
  block.unblock();
  await searchInput(page).fill('adm');
  await searchInput(page).fill('adma');
  await expect(page.locator('.hit-suggest').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('offline after load: typing a query says the index could not be loaded, then works once back online', async ({ page, context }) => {
  const errors = collectUnexpectedErrors(page, [/\/pagefind\//, /\/favicon\.svg$/]);
  await page.goto('/search/');
  const input = searchInput(page);
  await expect(page.getByRole('combobox', { name: 'Filter by category' }).locator('option')).not.toHaveCount(1);
  await context.setOffline(true);
  await input.fill('quantization');
  await expect(failure(page)).toContainText('could not load');
  await expectNoLie(page);
  await context.setOffline(false);
  await failure(page).getByRole('button', { name: 'Retry' }).click();
  await expect(firstTitle(page)).toHaveText('Quantization');
  expect(errors).toEqual([]);
});

test('the Search button with its code blocked goes to the search page instead of doing nothing', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [DIALOG_CHUNK]);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Only the home page's import of the dialog fails (as offline or after a redeploy); the search page loads its own.
  let blocked = 0;
  await page.route(DIALOG_CHUNK, (route) => (blocked++ === 0 ? route.abort('internetdisconnected') : route.fallback()));
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  expect(blocked).toBeGreaterThan(0);
  await searchInput(page).fill('adam');
  await expect(firstTitle(page)).toHaveText('Adam');
  expect(errors).toEqual([]);
});

test('the "/" shortcut with the dialog code blocked goes to the search page too', async ({ page }) => {
  const errors = collectUnexpectedErrors(page, [DIALOG_CHUNK]);
  await page.goto('/terms/');
  await page.waitForLoadState('networkidle');
  let blocked = 0;
  await page.route(DIALOG_CHUNK, (route) => (blocked++ === 0 ? route.abort('internetdisconnected') : route.fallback()));
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(searchInput(page)).toBeFocused();
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search failure message has no axe violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await blockable(page.context(), PAGEFIND_JS);
    await page.goto('/search/?q=adam');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(failure(page)).toContainText('could not load');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
