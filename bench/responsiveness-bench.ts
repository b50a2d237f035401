/**
 * Responsiveness benchmark (issue #16, "timing belongs in the bench"): the optimizer playground computes four
 * 1000-step paths on the page (L-BFGS among them) and animates them. Measured in headless Chromium on the built site,
 * RUNS fresh contexts: every main-thread long task (the Long Tasks API reports those over 50 ms) and the interval
 * between animation frames while the paths animate, as median, p95 and max. The browser test keeps only a ceiling an
 * order of magnitude above the 50 ms goal (tests/e2e/optimizer-playground.spec.ts), which machine load cannot trip.
 * Needs /usr/bin/chromium and a built site in DIST_DIR or dist/. Run alone: `npx tsx bench/responsiveness-bench.ts`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server';

const root = resolve(import.meta.dirname, '..');
const RUNS = 5;

interface Run {
  longTasks: number[];
  frames: number[];
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

async function animateFourPaths(browser: Browser, origin: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/terms/gradient-descent/?op.steps=40`);
    const demo = page.locator('[data-testid="optimizer-playground"]');
    await demo.scrollIntoViewIfNeeded();
    await demo.getByRole('button', { name: 'Replay' }).waitFor({ timeout: 60_000 });
    await demo.getByRole('checkbox', { name: 'L-BFGS' }).check();
    await page.evaluate(() => {
      const w = window as Window & { __longTasks?: number[]; __frames?: number[] };
      w.__longTasks = [];
      w.__frames = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks!.push(e.duration))).observe({ type: 'longtask' });
    });
    // Computing the paths: the largest step budget, on the page.
    await demo.getByRole('slider', { name: 'Steps (same budget for each)' }).press('End');
    await demo.getByText('Showing step 1000 of 1000').waitFor({ timeout: 60_000 });
    // Animating them: frame intervals until the last step is shown.
    // A string, not a function: tsx names inner functions with a helper the page does not have.
    await page.evaluate(`(() => {
      let last = performance.now();
      requestAnimationFrame(function tick(now) {
        window.__frames.push(now - last);
        last = now;
        if (window.__stopFrames !== true) requestAnimationFrame(tick);
      });
    })()`);
    await demo.getByRole('button', { name: 'Replay' }).click();
    await demo.getByText('Showing step 1000 of 1000').waitFor({ timeout: 60_000 });
    return await page.evaluate(() => {
      const w = window as Window & { __longTasks?: number[]; __frames?: number[]; __stopFrames?: boolean };
      w.__stopFrames = true;
      return { longTasks: w.__longTasks ?? [], frames: (w.__frames ?? []).slice(1) };
    });
  } finally {
    await context.close();
  }
}

export async function runResponsivenessBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) return console.log('(skipping responsiveness bench: /usr/bin/chromium is not installed)');
  const dist = resolve(root, process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) return console.log(`(skipping responsiveness bench: no built site in ${dist}; run npm run build first)`);
  const server = await serveStatic({ dir: dist, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await animateFourPaths(browser, origin));
  } finally {
    await browser.close();
    server.close();
  }
  const tasks = runs.flatMap((r) => r.longTasks);
  const frames = runs.flatMap((r) => r.frames);
  const ms = (x: number) => Math.round(x * 10) / 10;
  console.log(`\nOptimizer playground, four optimizers x 1000 steps, compute then animate (headless Chromium, ${RUNS} runs; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.table([
    { figure: 'long tasks over 50 ms per run', values: runs.map((r) => r.longTasks.length).join(', '), median: ms(quantile(runs.map((r) => r.longTasks.length), 0.5)), p95: '', max: Math.max(...runs.map((r) => r.longTasks.length)), goal: '0', 'before #16': '1 task of 52 ms in a fresh-clone CI run (issue #16)' },
    { figure: 'long task duration (ms)', values: `${tasks.length} tasks`, median: ms(quantile(tasks, 0.5)), p95: ms(quantile(tasks, 0.95)), max: ms(Math.max(0, ...tasks)), goal: '< 50 ms', 'before #16': '52 ms (issue #16)' },
    { figure: 'frame interval while animating (ms)', values: `${frames.length} frames`, median: ms(quantile(frames, 0.5)), p95: ms(quantile(frames, 0.95)), max: ms(Math.max(0, ...frames)), goal: '< 50 ms', 'before #16': 'not measured' },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await runResponsivenessBench();
