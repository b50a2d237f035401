import { expect, test } from '@playwright/test';
import { collectPageErrors } from './page-errors';

const FIGURE = 'figure[data-demo="backend-check"]';


for (const backend of ['wasm', 'cpu'] as const) {
  test(`shows the ${backend} backend and benchmarks each backend on request`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/terms/hardware-aware-optimization/?backend=${backend}&bc.sec=1`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', backend, { timeout: 30_000 });
    await expect(page.getByTestId('bc-results')).toHaveCount(0);
    await page.getByTestId('bc-run').click();
    await expect(page.locator(FIGURE).getByRole('progressbar')).toBeVisible();
    await expect(page.getByTestId('backend-check-view')).toHaveAttribute('data-results', '4', { timeout: 40_000 });
    const rows = page.getByTestId('bc-results').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    const report: string[] = [];
    for (const name of ['wasm', 'webgl', 'webgpu', 'cpu']) {
      const row = rows.locator(`[data-backend="${name}"]`).or(page.locator(`[data-testid="bc-results"] tbody tr[data-backend="${name}"]`)).first();
      const sps = await row.getAttribute('data-steps-per-second');
      report.push(`${name}: ${sps === null ? `skipped (${(await row.textContent()) ?? ''})` : `${sps} steps/s`}`);
      if (name !== 'webgl' && name !== 'webgpu') expect(Number(sps)).toBeGreaterThan(0);
    }
    console.log(`[backend-check] initial ${backend}: ${report.join('; ')}`);
    await expect(page.getByTestId('bc-backend')).toHaveAttribute('data-backend', backend);
    expect(errors).toEqual([]);
  });
}
