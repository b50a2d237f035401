/** Opens the optimizer playground on its test page with `query` and waits for its first runs. Not a test file itself. */
import { expect, type Locator, type Page } from '@playwright/test';

export const OPTIMIZER_PLAYGROUND_PAGE = '/terms/convex-optimization/';

export async function openOptimizerPlayground(page: Page, query: string): Promise<Locator> {
  await page.goto(`${OPTIMIZER_PLAYGROUND_PAGE}${query}`);
  const demo = page.getByTestId('optimizer-playground');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('op-backend')).toContainText('Runs on this page', { timeout: 30_000 });
  await expect(demo.locator('tr[data-optimizer]').first()).toHaveAttribute('data-loss-final', /.+/);
  return demo;
}
