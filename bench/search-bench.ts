/**
 * Search benchmark: Pagefind index size and build time, and warm query latency in headless Chromium, for the
 * real glossary and for 1,000 synthetic entries built into a temporary folder. Needs /usr/bin/chromium.
 * Run alone with `npm run bench:search` or as part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { plainEntry } from './build-bench';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const QUERIES = ['adam', 'sgd', 'learning rate', 'quantisation', 'momentum', 'warmup', 'hessian', 'dropout', 'overfitting', 'weight decay'];

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = dirStats(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** A minimal static server for a built folder, on loopback only. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

async function queryLatency(dir: string): Promise<{ coldMs: number; coldBytes: number; medianMs: number; p95Ms: number; firstHit: string }> {
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await page.waitForLoadState('networkidle');
    // Bytes of the first query: everything under /pagefind/ fetched until its first result's data is in, as a
    // compressing host sends it (gzip; Pagefind's own index files are already compressed and barely shrink).
    const sizes: Promise<number>[] = [];
    const onResponse = (r: import('playwright-core').Response) => {
      if (r.url().includes('/pagefind/')) sizes.push(r.body().then((b) => gzipSync(b).length, () => 0));
    };
    page.context().on('response', onResponse);
    const coldMs = await page.evaluate(async () => {
      const t0 = performance.now();
      const bundle = '/pagefind/pagefind.js';
      // As the site does (components/site/search/search-engine.ts): an instance on the main thread, without
      // Pagefind's worker, so the page sees a failed index download and can offer Retry.
      type Instance = { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
      const mod = (await import(bundle)) as { createInstance: (o: object) => Instance };
      const pf = mod.createInstance({ basePath: '/pagefind/', noWorker: true });
      (window as unknown as { __benchPagefind: Instance }).__benchPagefind = pf;
      const first = await pf.search('gradient');
      await first.results[0]?.data();
      return performance.now() - t0;
    });
    page.context().off('response', onResponse);
    const coldBytes = (await Promise.all(sizes)).reduce((t, n) => t + n, 0);
    const warm = await page.evaluate(async (queries) => {
      const pf = (window as unknown as { __benchPagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ meta?: { title?: string } }> }[] }> } }).__benchPagefind;
      for (const q of queries) await pf.search(q); // warm every query's index chunks once
      const times: number[] = [];
      let firstHit = '';
      for (let i = 0; i < 50; i++) {
        const q = queries[i % queries.length]!;
        const start = performance.now();
        const result = await pf.search(q);
        const data = await result.results[0]?.data();
        times.push(performance.now() - start);
        if (i === 0) firstHit = data?.meta?.title ?? '';
      }
      times.sort((a, b) => a - b);
      return { medianMs: times[25]!, p95Ms: times[47]!, firstHit };
    }, QUERIES);
    return { coldMs, coldBytes, ...warm };
  } finally {
    await browser.close();
    server.close();
  }
}

function measureIndex(dist: string, label: string, pages: number) {
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const seconds = timeMs(() => execFileSync(bin('pagefind'), ['--site', dist, '--quiet', '--exclude-selectors', '.katex-html', '--exclude-selectors', 'annotation'])) / 1000;
  const all = dirStats(join(dist, 'pagefind'));
  const fragments = dirStats(join(dist, 'pagefind/fragment'));
  const index = dirStats(join(dist, 'pagefind/index'));
  return { label, pages, seconds, all, fragments, index };
}

/** `count` plain-prose entries (build-bench.ts writes the same ones for its BUILD_BENCH_PLAIN figure). */
function syntheticEntries(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `synthetic-term-${i}.mdx`), plainEntry(i, count));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function runSearchBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('(skipping search bench: /usr/bin/chromium is not installed)');
    return;
  }
  const rows: Record<string, string | number>[] = [];
  const dist = resolve(root, process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, DIST_DIR: dist } });
  const terms = readdirSync(join(root, 'content/terms')).filter((f) => f.endsWith('.mdx')).length;
  const scratch = mkdtempSync(join(tmpdir(), 'glossary-search-bench-'));
  try {
    const runs: { dist: string; label: string; pages: number }[] = [{ dist, label: `glossary (${terms} entries)`, pages: terms }];
    // SEARCH_BENCH_QUICK=1 measures the built glossary only (no 1,000-entry build, which takes a minute or more).
    const quick = process.env['SEARCH_BENCH_QUICK'] === '1';
    const content = join(scratch, 'terms');
    const synthDist = join(scratch, 'dist');
    let buildSeconds = Number.NaN;
    if (!quick) {
      syntheticEntries(content, 1000);
      buildSeconds = timeMs(() => execFileSync(bin('astro'), ['build', '--outDir', synthDist], { cwd: root, stdio: 'ignore', env: { ...process.env, GLOSSARY_CONTENT_DIR: content } })) / 1000;
      runs.push({ dist: synthDist, label: '1,000 synthetic entries', pages: 1000 });
    }
    for (const run of runs) {
      const index = measureIndex(run.dist, run.label, run.pages);
      const latency = await queryLatency(run.dist);
      rows.push({
        site: run.label,
        'index build (s)': index.seconds.toFixed(2),
        'index total': kb(index.all.bytes),
        'per entry': kb(index.all.bytes / run.pages),
        'fragments (files / per entry)': `${index.fragments.files} / ${kb(index.fragments.bytes / run.pages)}`,
        'word index': kb(index.index.bytes),
        'cold first query (ms; goal <= 300)': latency.coldMs.toFixed(0),
        'first query bytes (gzip; goal <= 150 KB)': kb(latency.coldBytes),
        'warm median (ms)': latency.medianMs.toFixed(1),
        'warm p95 (ms)': latency.p95Ms.toFixed(1),
      });
    }
    const { loadavg } = await import('node:os');
    console.log(`\nSearch (Pagefind 1.6.0; 50 warm queries in headless Chromium; first query = load index + search + first result data; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    console.log('Before #16: cold first query 279-535 ms; first-query bytes not measured (Pagefind UI bundles were shipped too).');
    console.table(rows);
    if (!quick) console.log(`Astro build of the 1,000 synthetic entries: ${buildSeconds.toFixed(1)} s (pages + Pagefind run separately above)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Run directly (npm run bench:search) rather than through bench/run.ts.
if (import.meta.url === `file://${process.argv[1]}`) await runSearchBench();
