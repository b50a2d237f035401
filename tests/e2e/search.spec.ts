import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page) {
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the glossary' });
  await expect(input).toBeFocused();
  return input;
}

function results(page: Page) {
  return page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
}

function firstResult(page: Page) {
  return page.getByRole('listbox', { name: 'Search results' }).locator('.search-hit:not(.search-section)').first().locator('.hit-title');
}

for (const [query, title] of [
  ['adamw', 'AdamW'],
  ['adam', 'Adam'],
  ['SGD', 'Stochastic Gradient Descent'],
  ['quantisation', 'Quantization'],
  ['regularisation', 'Regularization'],
  ['learning rate warmup', 'Learning-Rate Warmup'],
  ['L-BFGS', 'L-BFGS'],
  ['PTQ', 'Post-Training Quantization'],
  ['QAT', 'Quantization-Aware Training'],
  ['LR', 'Learning Rate'],
] as const) {
  test(`"${query}" finds ${title} first`, async ({ page }) => {
    const input = await openSearch(page);
    await input.fill(query);
    await expect(firstResult(page)).toHaveText(title);
    await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  });
}

test('a query with no match shows the empty state with suggestions', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('wombat');
  await expect(page.getByText('No entry matches “wombat”.')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Browse all terms A–Z' }).last()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard only: "/", type, arrow down, Enter lands on the term page; Escape closes', async ({ page }) => {
  const input = await openSearch(page);
  await input.pressSequentially('momentum', { delay: 20 });
  await expect(firstResult(page)).toHaveText('Momentum');
  const secondUrl = await results(page).nth(1).getAttribute('data-url');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', /opt-1$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${secondUrl!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The shortcut's listener is a module script, which runs once the new page is parsed: a key pressed before that
  // (the heading can paint first) goes to the browser, as for a reader who types before the page has loaded.
  await page.waitForLoadState('domcontentloaded');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the category filter narrows results to that category', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('gradient');
  await expect(firstResult(page)).toBeVisible();
  const before = await results(page).count();
  await page.getByRole('combobox', { name: 'Filter by category' }).selectOption('Loss functions');
  await expect.poll(async () => page.locator('.hit-category').allTextContents()).toEqual(expect.arrayContaining(['Loss functions']));
  const categories = new Set(await page.locator('.hit-category').allTextContents());
  expect([...categories]).toEqual(['Loss functions']);
  expect(await results(page).count()).toBeLessThan(before);
});

test('matching sections of an entry are options of their own that jump to the section', async ({ page }) => {
  const input = await openSearch(page);
  await input.fill('bias correction');
  const section = page.locator('.search-section').first();
  await expect(section).toHaveAttribute('data-url', /#/);
  const url = await section.getAttribute('data-url');
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('/search/?q= runs the query from the URL and keeps the URL in sync', async ({ page }) => {
  await page.goto('/search/?q=adamw');
  await expect(firstResult(page)).toHaveText('AdamW');
  await page.getByRole('combobox', { name: 'Search the glossary' }).fill('lion');
  await expect(firstResult(page)).toHaveText('Lion');
  await expect(page).toHaveURL(/\?q=lion$/);
});

test('the search bundle loads on first use, not with the page', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/terms/adam/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((u) => u.includes('pagefind') || u.includes('search-dialog'))).toEqual([]);
  await page.getByRole('link', { name: /Search/ }).first().click();
  await expect(page.getByRole('combobox', { name: 'Search the glossary' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Search the glossary' }).fill('adam');
  await expect(firstResult(page)).toHaveText('Adam');
  expect(loaded.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

// What practitioners search for in 2026 (issue #13): each query lands on the term's own page first. One page per
// group, so the index loads once and each query reuses the open dialog.
const SEARCHES_2026: Record<string, [query: string, title: string][]> = {
  optimizers: [
    ['muon', 'Muon'], ['shampoo', 'Shampoo'], ['soap', 'SOAP'], ['adafactor', 'Adafactor'], ['radam', 'RAdam'],
    ['lamb', 'LAMB'], ['signsgd', 'signSGD'], ['schedule-free', 'Schedule-Free Optimization'],
    ['sam', 'Sharpness-Aware Minimization'], ['lookahead', 'Lookahead'], ['ema', 'Weight Averaging'],
    ['polyak averaging', 'Weight Averaging'], ['swa', 'Stochastic Weight Averaging'], ['natural gradient', 'Natural Gradient'],
    ['k-fac', 'K-FAC'], ['gauss-newton', 'Gauss-Newton Method'], ['bfgs', 'BFGS'],
  ],
  schedules: [
    ['one cycle', 'One-Cycle Policy'], ['wsd', 'Warmup-Stable-Decay'], ['step decay', 'Step Decay'],
    ['exponential decay', 'Exponential Decay'], ['cyclical learning rate', 'Cyclical Learning Rates'],
    ['lr range test', 'Learning-Rate Range Test'], ['reducelronplateau', 'Reduce on Plateau'], ['mup', 'Maximal Update Parametrization'],
  ],
  numerics: [
    ['gradient accumulation', 'Gradient Accumulation'], ['activation checkpointing', 'Activation Checkpointing'],
    ['batch norm', 'Batch Normalization'], ['layer norm', 'Layer Normalization'], ['label smoothing', 'Label Smoothing'],
    ['loss scaling', 'Loss Scaling'], ['bf16', 'bfloat16'], ['fp8', 'FP8 Training'], ['tf32', 'TF32'], ['fsdp', 'ZeRO and FSDP'],
    ['zero', 'ZeRO and FSDP'], ['data parallel', 'Data-Parallel Training'], ['large batch', 'Large-Batch Training'],
    ['critical batch size', 'Critical Batch Size'], ['condition number', 'Condition Number'],
  ],
  classical: [
    ['conjugate gradient', 'Conjugate Gradient Method'], ['trust region', 'Trust-Region Methods'],
    ['proximal gradient', 'Proximal Gradient Methods'], ['lagrange multipliers', 'Constrained Optimization'],
    ['kkt', 'KKT Conditions'], ['convergence rate', 'Convergence Rate'], ['bayesian optimization', 'Bayesian Optimization'],
  ],
  compression: [
    ['group-wise quantization', 'Quantization Granularity'], ['nf4', 'NF4'], ['qlora', 'QLoRA'], ['lora', 'LoRA'],
    ['gptq', 'GPTQ'], ['awq', 'AWQ'], ['smoothquant', 'SmoothQuant'], ['llm.int8', 'LLM.int8()'], ['mxfp4', 'Microscaling Formats'],
    ['nvfp4', 'Microscaling Formats'], ['2:4 sparsity', '2:4 Semi-Structured Sparsity'], ['kv cache', 'KV Cache'],
    ['kv cache quantization', 'KV-Cache Quantization'], ['weight clustering', 'Weight Clustering'],
    ['low-rank factorization', 'Low-Rank Factorization'], ['static quantization', 'Dynamic and Static Quantization'],
    ['calibration', 'Quantization Calibration'],
  ],
};

for (const [group, searches] of Object.entries(SEARCHES_2026)) {
  test(`2026 searches (${group}) each find the term's own page first`, async ({ page }) => {
    test.setTimeout(30_000 + searches.length * 5_000);
    const input = await openSearch(page);
    for (const [query, title] of searches) {
      await input.fill(query);
      await expect(page.getByRole('status'), `status for "${query}"`).toContainText(`for “${query}”`);
      await expect(firstResult(page), `first result for "${query}"`).toHaveText(title);
    }
  });
}
