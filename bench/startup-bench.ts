/**
 * Start-up benchmark (issue #16, goal 1): how long a reader waits after a demo scrolls into view, measured in
 * headless Chromium against the built site on the DEFAULT backend (no ?backend=), median of 5 fresh browser contexts.
 *  - training playground: scroll-in -> Train enabled -> click at once -> first epoch painted (data-epoch > 0);
 *  - compression lab: scroll-in -> teacher ready and "Quantize the model" enabled.
 * Each run is a new context (cold HTTP cache, new worker, new .wasm compile). Also prints the backend the page chose.
 * With BEFORE_DIST=<older build> it measures that build in turn with this one (same load for both columns).
 * Needs /usr/bin/chromium and a built site in DIST_DIR or dist/. Run alone: `npx tsx bench/startup-bench.ts`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server';

const root = resolve(import.meta.dirname, '..');
const RUNS = 5;

interface Sample {
  ms: number;
  backend: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function firstEpoch(browser: Browser, origin: string, query: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/terms/backpropagation/${query}`);
    await page.waitForLoadState('networkidle');
    const figure = page.locator('figure[data-demo="training-playground"]');
    const started = Date.now();
    await figure.scrollIntoViewIfNeeded();
    const train = figure.getByRole('button', { name: 'Train' });
    await train.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('figure[data-demo="training-playground"] button')].find((x) => x.textContent === 'Train');
      return b !== undefined && !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true';
    }, undefined, { timeout: 60_000, polling: 'raf' });
    await train.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="training-playground-view"]')?.getAttribute('data-epoch') !== '0', undefined, { timeout: 60_000, polling: 'raf' });
    const ms = Date.now() - started;
    const backend = (await figure.getByTestId('tp-backend').textContent()) ?? '';
    return { ms, backend: /Running on (\w+)/.exec(backend)?.[1] ?? '?' };
  } finally {
    await context.close();
  }
}

async function labReady(browser: Browser, origin: string, query: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/terms/quantization/${query}`);
    await page.waitForLoadState('networkidle');
    const figure = page.locator('figure[data-demo="compression-lab"]');
    const started = Date.now();
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const view = document.querySelector('[data-testid="compression-lab-view"]');
      const run = document.querySelector('[data-testid="cl-run"]') as HTMLButtonElement | null;
      // Busy buttons use aria-disabled (they keep focus), so ready means neither attribute is set.
      return view?.getAttribute('data-teacher') === 'ready' && run !== null && !run.disabled && run.getAttribute('aria-disabled') !== 'true';
    }, undefined, { timeout: 60_000, polling: 'raf' });
    const ms = Date.now() - started;
    const text = (await page.getByTestId('cl-teacher').textContent()) ?? '';
    return { ms, backend: /Backend: (\w+)/.exec(text)?.[1] ?? '?' };
  } finally {
    await context.close();
  }
}

export async function runStartupBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('(skipping start-up bench: /usr/bin/chromium is not installed)');
    return;
  }
  const dist = resolve(root, process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`(skipping start-up bench: no built site in ${dist}; run npm run build first)`);
    return;
  }
  // BEFORE_DIST (optional): a build of the code before this work, measured in turn with this one (run i of each
  // back to back), so both columns see the same machine load.
  const beforeDist = process.env['BEFORE_DIST'];
  const servers = [await serveStatic({ dir: dist, port: 0 })];
  if (beforeDist !== undefined) servers.push(await serveStatic({ dir: resolve(beforeDist), port: 0 }));
  const origins = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  const rows: Record<string, string | number>[] = [];
  try {
    const cases = [
      { figure: 'scroll-in -> first epoch painted (training playground)', goal: '< 1000 ms', before: '2.7 s quiet, 4.1 s during npm test (issue #16)', measure: firstEpoch },
      { figure: 'scroll-in -> compression lab ready to quantize', goal: '< 1500 ms', before: 'not timed; the lab first trained its teacher for 150 epochs (issue #16)', measure: labReady },
    ];
    for (const c of cases) {
      const samples: Sample[][] = origins.map(() => []);
      for (let i = 0; i < RUNS; i++) for (const [k, origin] of origins.entries()) samples[k]!.push(await c.measure(browser, origin, ''));
      const cell = (xs: Sample[]) => {
        const ms = xs.map((s) => s.ms);
        return `${Math.round(median(ms))} (${Math.min(...ms)}..${Math.max(...ms)}, ${[...new Set(xs.map((s) => s.backend))].join('/')})`;
      };
      const row: Record<string, string | number> = { figure: c.figure, 'median ms (min..max, backend)': cell(samples[0]!), goal: c.goal };
      row['before #16'] = c.before;
      if (samples[1] !== undefined) row['before this work, same runs'] = cell(samples[1]);
      rows.push(row);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  const { loadavg } = await import('node:os');
  console.log(`\nStart-up after scroll-in (headless Chromium, default backend, median of ${RUNS} fresh contexts; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartupBench();
