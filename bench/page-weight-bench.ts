/**
 * Page weight benchmark: what each kind of page makes the browser download, measured in headless Chromium against
 * the built site (gzip sizes, as a compressing host would send them). For demo pages it separates what loads before
 * interaction, what the page's main thread loads once the demo is scrolled into view, and what the demo's worker
 * and the .wasm add (on the WASM backend). Needs /usr/bin/chromium and a built site in DIST_DIR or dist/ (built if missing).
 * Run alone with `npm run bench:pages` or as part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server';

const root = resolve(import.meta.dirname, '..');

const PAGES: { label: string; path: string; demo?: string }[] = [
  { label: 'home', path: '/' },
  { label: 'A-Z index', path: '/terms/' },
  { label: 'concept map', path: '/map/' },
  { label: 'term without a demo', path: '/terms/chain-rule/' },
  { label: 'optimizer playground', path: '/terms/gradient-descent/', demo: 'optimizer-playground' },
  { label: 'training playground', path: '/terms/backpropagation/', demo: 'training-playground' },
  { label: 'schedule viewer', path: '/terms/learning-rate-schedule/', demo: 'schedule-viewer' },
  { label: 'loss explorer', path: '/terms/loss-function/', demo: 'loss-explorer' },
  { label: 'compression lab', path: '/terms/quantization/', demo: 'compression-lab' },
  { label: 'backend check', path: '/terms/hardware-aware-optimization/', demo: 'backend-check' },
  { label: 'number-format explorer', path: '/terms/fp8-training/', demo: 'number-formats' },
];

interface Loaded {
  url: string;
  gzip: number;
}

/** Every script and .wasm the page and its workers fetched so far (the context sees worker requests too). */
function recordDownloads(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.context().on('response', async (response) => {
    const url = response.url();
    if (!/\.(m?js|wasm)(\?|$)/.test(url) || response.status() !== 200) return;
    try {
      loaded.push({ url, gzip: gzipSync(await response.body()).length });
    } catch {
      // A body can be gone if the page navigated meanwhile; such a response is not part of the measured page.
    }
  });
  return loaded;
}

const inlineScriptGzip = (page: Page) =>
  page
    .locator('script:not([type="application/ld+json"]):not([src])')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''))
    .then((text) => (text.length === 0 ? 0 : gzipSync(text).length));

const sum = (items: Loaded[]) => items.reduce((total, item) => total + item.gzip, 0);
const kb = (bytes: number) => (bytes === 0 ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const isWasm = (url: string) => /\.wasm(\?|$)/.test(url);

export async function runPageWeightBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('(skipping page weight bench: /usr/bin/chromium is not installed)');
    return;
  }
  const dist = resolve(root, process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, DIST_DIR: dist } });
  // Chromium lists a module worker's static imports in the PAGE's resource timeline, so worker files are known by
  // name: everything reachable from the worker entry in the build.
  const workerFiles = workerChunks(dist);
  const isWorker = (url: string) => workerFiles.has(new URL(url).pathname.split('/').pop() ?? '');
  const server = await serveStatic({ dir: dist, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const rows: Record<string, string>[] = [];
  try {
    for (const { label, path, demo } of PAGES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const loaded = recordDownloads(page);
      // Demo pages run on WASM, the backend the demos are measured on elsewhere (WebGL is SwiftShader here).
      await page.goto(origin + path + (demo === undefined ? '' : '?backend=wasm'));
      await page.waitForLoadState('networkidle');
      const inline = await inlineScriptGzip(page);
      const before = inline + sum(loaded);
      const row: Record<string, string> = { page: label, 'JS before interaction': kb(before) };
      if (demo !== undefined) {
        const figure = page.locator(`figure[data-demo="${demo}"]`);
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('.gd-demo').locator('button, select, input').first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        // The worker starts its backend after the view renders; give its .wasm fetch time to begin and end.
        await page.waitForTimeout(1500);
        await page.waitForLoadState('networkidle');
        // The page's resource timeline lists only what the main thread fetched; the rest came from the worker.
        const pageUrls = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
        const mainThread = loaded.filter((l) => pageUrls.has(l.url) && !isWasm(l.url) && !isWorker(l.url));
        row['main-thread JS with the demo'] = kb(inline + sum(mainThread));
        row['worker JS'] = kb(sum(loaded.filter((l) => (isWorker(l.url) || !pageUrls.has(l.url)) && !isWasm(l.url))));
        row['.wasm'] = kb(sum(loaded.filter((l) => isWasm(l.url))));
      }
      rows.push(row);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('\nPage weight (gzip; headless Chromium, 1280x800; demo pages measured again after the demo scrolls into view)');
  console.log(`Load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}. Goals: pages without a demo <= 2 KB of JS; main-thread JS with a demo <= 80 KB. Before issue #16 (same bench): 1.7 KB; 102.6-118.9 KB with a demo (React 65.7, zod ~25), worker 230.3 KB.`);
  console.table(rows);
  console.log('\nCore worker bundle (gzip, from the built files; goal without WebGL <= 150 KB; before the split 230.3 KB with WebGL inside)');
  console.table(workerBundle(dist));
}

/** Every file of the core worker's bundle: its entry, static imports and lazy chunks. */
function workerChunks(dist: string): Set<string> {
  const dir = join(dist, '_astro');
  const entry = readdirSync(dir).find((f) => /^core-worker-[\w-]+\.js$/.test(f));
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*[`"']\.\/([\w.-]+\.js)[`"']/g)) walk(m[1]!);
  };
  if (entry !== undefined) walk(entry);
  return seen;
}

/** The worker entry and its static imports (what every worker downloads), and each lazily imported chunk. */
function workerBundle(dist: string): Record<string, string>[] {
  const dir = join(dist, '_astro');
  const entry = readdirSync(dir).find((f) => /^core-worker-[\w-]+\.js$/.test(f));
  if (entry === undefined) return [{ part: 'no core-worker-*.js in the build' }];
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) walk(m[1]!);
    for (const m of text.matchAll(/import\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g)) lazy.add(m[1]!);
  };
  walk(entry);
  const eager = [...seen].reduce((t, f) => t + gz(f), 0);
  // Each lazy chunk with what it imports beyond the eager part (WebGL; the compression and benchmark jobs).
  const lazyRows = [...lazy].filter((f) => !seen.has(f)).map((chunk) => {
    const before = new Set(seen);
    walk(chunk);
    const added = [...seen].filter((f) => !before.has(f));
    return { part: `  + lazy ${chunk.replace(/-[\w]+\.js$/, '')} (when asked for)`, files: added.join(', '), gzip: kb(added.reduce((t, f) => t + gz(f), 0)) };
  });
  const all = [...seen].reduce((t, f) => t + gz(f), 0);
  return [
    { part: 'worker that trains (entry + static imports; goal <= 150 KB)', files: [...new Set([...seen].filter((f) => f === entry || !lazyRows.some((r) => r.files.split(', ').includes(f))))].join(', '), gzip: kb(eager) },
    ...lazyRows,
    { part: 'worker with every chunk', files: '', gzip: kb(all) },
  ];
}

// Run directly (npm run bench:pages) rather than through bench/run.ts.
if (import.meta.url === `file://${process.argv[1]}`) await runPageWeightBench();
