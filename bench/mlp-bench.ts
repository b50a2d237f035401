/**
 * MLP bench (issue #16, goals 2 and 3), full-batch Adam on 1,000 points, ReLU MLPs, softmax cross-entropy:
 *  - 2-256-256-2: tfjs WASM (SIMD; threads when cross-origin isolated) against a hand-written Float32Array loop
 *    (bench/mlp/hand-mlp.ts), in Node and in headless Chromium; ratios and threads on/off. Goal: tfjs >= 3x.
 *  - the backend threshold: 2-w-w-2 for growing w on WASM, WebGL and WebGPU in Chromium; the smallest parameter count
 *    where a GPU backend is faster is what src/core/backend-threshold.ts should use (WEBGL_MIN_PARAMETERS; just above
 *    the widest model when WASM wins everywhere). Chromium is launched with --enable-unsafe-webgpu, without which
 *    headless Chromium has navigator.gpu but no adapter; both GPU backends then run on SwiftShader (CPU).
 * Run alone: `npx tsx bench/mlp-bench.ts` (or through `npm run bench`).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server';
import { WEBGL_MIN_PARAMETERS } from '../src/core/backend-threshold';
import type { MlpImpl, MlpTiming } from './mlp/measure';

const root = resolve(import.meta.dirname, '..');
const WASM_DIR = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
const BIG = [2, 256, 256, 2];
const SECONDS = 3;
const parameterCount = (s: readonly number[]) => s.slice(1).reduce((t, fout, l) => t + s[l]! * fout + fout, 0);
const rate = (t: MlpTiming) => t.stepsPerSecond.toFixed(2);

const IMPLEMENTATION: Record<MlpImpl, string> = {
  hand: 'hand-written Float32Array (i-k-j)',
  tfjs: 'tfjs, tf.train.adam over a gradient tape',
  core: "tfjs, the site's core (analytic backward pass, core Adam)",
};

function row(where: string, impl: MlpImpl, t: MlpTiming & { lossAt10: number }, hand: MlpTiming, backend = ''): Record<string, string> {
  return {
    where,
    implementation: IMPLEMENTATION[impl] + backend,
    'steps/s': rate(t),
    'loss after 10 steps': t.lossAt10.toFixed(4),
    'tfjs / hand': impl === 'hand' ? '1' : (t.stepsPerSecond / hand.stepsPerSecond).toFixed(2),
  };
}

async function nodeRows(): Promise<Record<string, string>[]> {
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
  setWasmPaths(WASM_DIR + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  const { lossAfter, measureMlp } = await import('./mlp/measure');
  const timed = (impl: MlpImpl) => ({ ...measureMlp(impl, BIG, SECONDS), lossAt10: lossAfter(impl, BIG) });
  const hand = timed('hand');
  const wasm = ' on WASM SIMD (1 thread: Node has no Web Worker)';
  return [row('Node', 'hand', hand, hand), row('Node', 'tfjs', timed('tfjs'), hand, wasm), row('Node', 'core', timed('core'), hand, wasm)];
}

function bundleHarness(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlp-bench-'));
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'bench/mlp/browser-harness.ts'), '--bundle', '--format=esm', '--minify', '--log-level=error', `--outfile=${join(dir, 'harness.js')}`]);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>mlp bench</title><script type="module" src="/harness.js"></script>');
  execFileSync('mkdir', ['-p', join(dir, 'wasm')]);
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) copyFileSync(join(WASM_DIR, f), join(dir, 'wasm', f));
  return dir;
}

type Run = (impl: MlpImpl, backend: string, sizes: number[], seconds: number) => Promise<MlpTiming & { lossAt10: number; backend: string; threads: number; isolated: boolean; multithread: boolean }>;

async function browserRows(dir: string): Promise<{ big: Record<string, string>[]; threshold: Record<string, string>[] }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-webgpu'] });
  const big: Record<string, string>[] = [];
  const threshold: Record<string, string>[] = [];
  try {
    for (const isolated of [false, true]) {
      const server = await serveStatic({ dir, port: 0, crossOriginIsolated: isolated });
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => '__mlpBench' in globalThis);
      const run = (impl: MlpImpl, backend: string, sizes: number[], seconds = SECONDS) =>
        page.evaluate(([i, b, s, sec]) => (globalThis as unknown as { __mlpBench: { run: Run } }).__mlpBench.run(i, b, s, sec), [impl, backend, sizes, seconds] as const);
      const hand = await run('hand', 'none', BIG);
      const label = isolated ? 'Chromium, cross-origin isolated' : 'Chromium, not isolated';
      const threads = (t: Awaited<ReturnType<Run>>) => ` on WASM SIMD, ${t.threads} thread(s) (crossOriginIsolated ${t.isolated}, multithread support ${t.multithread})`;
      big.push(row(label, 'hand', hand, hand));
      for (const impl of ['tfjs', 'core'] as const) {
        const t = await run(impl, 'wasm', BIG);
        big.push(row(label, impl, t, hand, threads(t)));
      }
      if (!isolated) {
        for (const w of [16, 64, 128, 256, 512]) {
          const sizes = [2, w, w, 2];
          const a = await run('core', 'wasm', sizes, 1.5);
          const g = await run('core', 'webgl', sizes, 1.5);
          // WebGPU may be missing (no adapter): the row says why instead of a rate.
          const u = await run('core', 'webgpu', sizes, 1.5).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
          const timed = [{ name: 'wasm', t: a }, { name: 'webgl', t: g }, ...(typeof u === 'string' ? [] : [{ name: 'webgpu', t: u }])];
          const fastest = timed.reduce((best, c) => (c.t.stepsPerSecond > best.t.stepsPerSecond ? c : best)).name;
          threshold.push({
            model: `2-${w}-${w}-2`,
            parameters: parameterCount(sizes).toLocaleString('en-US'),
            'wasm steps/s': rate(a),
            'webgl steps/s': `${rate(g)} (${g.backend})`,
            'webgpu steps/s': typeof u === 'string' ? `unavailable: ${u.split('\n')[0]!.slice(0, 80)}` : `${rate(u)} (${u.backend})`,
            'webgpu / wasm': typeof u === 'string' ? '-' : (u.stepsPerSecond / a.stepsPerSecond).toFixed(2),
            'loss@10 wasm / webgpu': `${a.lossAt10.toFixed(4)} / ${typeof u === 'string' ? '-' : u.lossAt10.toFixed(4)}`,
            faster: fastest,
          });
        }
      }
      await page.close();
      server.close();
    }
  } finally {
    await browser.close();
  }
  return { big, threshold };
}

export async function runMlpBench(): Promise<void> {
  const rows = await nodeRows();
  let threshold: Record<string, string>[] = [];
  if (existsSync('/usr/bin/chromium')) {
    const browser = await browserRows(bundleHarness());
    rows.push(...browser.big);
    threshold = browser.threshold;
  } else console.log('(skipping the Chromium half of the MLP bench: /usr/bin/chromium is not installed)');
  console.log(`\nMLP 2-256-256-2, 1,000 points, full-batch Adam (goal: tfjs >= 3x hand-written, in Node and in Chromium; before #16's work 1.06x; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.table(rows);
  if (threshold.length > 0) {
    const first = threshold.find((r) => r.faster !== 'wasm');
    const gpuWins = threshold.filter((r) => Number(r['webgpu / wasm']) > 1).map((r) => r.parameters);
    const gpuRan = threshold.some((r) => r['webgpu / wasm'] !== '-');
    console.log(`\nBackend threshold, 2-w-w-2 on 1,000 points (WebGL and WebGPU are SwiftShader here). GPU backends first from ${WEBGL_MIN_PARAMETERS.toLocaleString('en-US')} parameters (backend-threshold.ts; before #16 WebGL came first for every model); measured: ${first === undefined ? 'wasm faster at every size' : `${first.faster} first faster at ${first.parameters}`}`);
    console.log(`WebGPU against WASM (webgpu read asynchronously: its dataSync reads zeros on SwiftShader, see backend.ts): ${!gpuRan ? 'webgpu did not run (no adapter)' : gpuWins.length === 0 ? 'wasm faster at every size' : `webgpu faster at ${gpuWins.join(', ')} parameters`}`);
    console.table(threshold);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { register } = await import('node:module');
  register('data:text/javascript,' + encodeURIComponent(`export async function resolve(s, c, n) { const p = c.parentURL ?? ''; if (s.startsWith('.') && p.includes('/node_modules/@tensorflow/') && !/\\.[cm]?js$/.test(s)) { try { return await n(s + '.js', c); } catch { return n(s + '/index.js', c); } } return n(s, c); }`));
  await runMlpBench();
}
