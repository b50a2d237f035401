import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { publishedTerms } from './published-terms';

const terms = publishedTerms();
const plain = terms.find((t) => !t.data.demo)!;
const withDemo = terms.find((t) => t.slug === 'adam') ?? terms.find((t) => t.data.demo)!;

const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['home', '/'],
  ['A-Z index', '/terms/'],
  ['category index', '/categories/'],
  ['category page', `/categories/${plain.data.category}/`],
  ['term page without a demo', `/terms/${plain.slug}/`],
  ['term page with a demo', `/terms/${withDemo.slug}/`, async (page) => {
    await page.locator('figure.demo').first().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
  }],
  ['term page with the number-format explorer', '/terms/fp8-training/', async (page) => {
    await page.locator('figure[data-demo="number-formats"]').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('nf-axis')).toBeVisible();
  }],
  ['search open with results', '/', async (page) => {
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search the glossary' }).fill('adam');
    await expect(page.locator('.search-hit').first()).toBeVisible();
  }],
  ['search with a typo suggestion and filters set', '/search/?q=adma', async (page) => {
    await page.getByRole('checkbox', { name: 'Has a demo' }).check();
    await expect(page.locator('.hit-suggest').first()).toBeVisible();
  }],
  ['term page with "Cite this entry" open', `/terms/${plain.slug}/`, async (page) => {
    await page.locator('summary', { hasText: 'Cite this entry' }).click();
    await expect(page.getByRole('button', { name: 'Copy BibTeX' })).toBeVisible();
  }],
  ['search page, no match', '/search/?q=wombat', async (page) => {
    await expect(page.getByText('No entry matches')).toBeVisible();
  }],
  ['concept map', '/map/'],
  ['404 page', '/no-such-page/'],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path, prepare] of PAGES) {
    test(`${name} has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      if (prepare) await prepare(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  }
}
