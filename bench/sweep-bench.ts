/**
 * Sweep benchmark (issue 14): how long a full hyper-parameter sweep takes.
 * - 2-D functions: 24 x 24 runs of 150 steps (lr x momentum for momentum SGD, lr x beta1 for Adam) with runSweep,
 *   the code the playground's sweep worker runs (worker/sweep-worker.ts calls the same sweepCell), timed in Node;
 *   and, when a build exists (DIST_DIR or dist) and Chromium is installed, the built sweep worker itself timed in
 *   headless Chromium (its own elapsed time and the page's wall clock from post to last row).
 * - Toy MLP: 8 x 8 runs (lr x batch size) of 20 epochs with runTrainingSweep (the core worker's 'sweep' verb) on
 *   the cpu and wasm backends.
 * Best of a few repetitions: on a shared machine the fastest run is the least disturbed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initBackend, type BackendName } from '../src/core/backend';
import { runTrainingSweep } from '../src/core/model/training-sweep';
import type { OptimizerConfig } from '../src/core/optimizers/config-types';
import { getPlainTestFunction, TEST_FUNCTION_NAMES } from '../src/core/plain-functions';
import { linSpace, logSpace, runSweep, type SweepSpec } from '../src/core/sweep';

const here = path.dirname(fileURLToPath(import.meta.url));
const WASM_PATH = path.resolve(here, '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const SIZE = 24;
const STEPS = 150;
const REPEATS = 3;

const lrs = logSpace(1e-4, 2, SIZE);
const grids: Record<string, OptimizerConfig[]> = {
  'momentum SGD (lr x momentum)': linSpace(0, 0.99, SIZE).flatMap((momentum) => lrs.map((lr): OptimizerConfig => ({ name: 'sgd', lr, momentum }))),
  'Adam (lr x beta1)': linSpace(0, 0.99, SIZE).flatMap((b1) => lrs.map((lr): OptimizerConfig => ({ name: 'adam', lr, betas: [b1, 0.999] }))),
};

function specFor(fnName: string, configs: OptimizerConfig[]): SweepSpec {
  const fn = getPlainTestFunction(fnName);
  return { testFunction: fnName, x0: fn.start, steps: STEPS, configs, tolerance: 1e-3 };
}

function bestMs(run: () => void): number {
  let best = Infinity;
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function nodeRows(): Record<string, string | number>[] {
  return TEST_FUNCTION_NAMES.map((name) => {
    const row: Record<string, string | number> = { function: name };
    for (const [label, configs] of Object.entries(grids)) row[`${label} ms`] = Math.round(bestMs(() => runSweep(specFor(name, configs), SIZE)));
    return row;
  });
}

/** The built sweep worker (an IIFE bundle, so it runs as a classic worker from a blob URL), or undefined. */
function builtWorker(): string | undefined {
  const dir = path.resolve(here, '..', process.env['DIST_DIR'] ?? 'dist', '_astro');
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => /^sweep-worker-.*\.js$/.test(f));
  return file === undefined ? undefined : readFileSync(path.join(dir, file), 'utf8');
}

/**
 * Runs in the page: starts the worker from a blob URL and times `repeats` sweeps. A string, not a function, because
 * tsx's helpers (__name) would not exist in the page.
 */
const BROWSER_TIMING = `async function ({ source, spec, size, repeats }) {
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const once = (id) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    worker.onmessage = (e) => {
      if (e.data.id !== id) return;
      if (e.data.type === 'sweep-done') resolve({ worker: e.data.elapsedMs, wall: performance.now() - t0 });
      if (e.data.type === 'sweep-error') reject(new Error(e.data.message));
    };
    worker.postMessage({ id, spec, rowLength: size });
  });
  let best = { worker: Infinity, wall: Infinity };
  for (let r = 0; r < repeats; r++) {
    const t = await once(r);
    best = { worker: Math.min(best.worker, t.worker), wall: Math.min(best.wall, t.wall) };
  }
  worker.terminate();
  return best;
}`;

async function chromiumRows(source: string): Promise<Record<string, string | number>[] | string> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const rows: Record<string, string | number>[] = [];
    for (const name of TEST_FUNCTION_NAMES) {
      const row: Record<string, string | number> = { function: name };
      for (const [label, configs] of Object.entries(grids)) {
        const spec = specFor(name, configs);
        const times = (await page.evaluate(`(${BROWSER_TIMING})(${JSON.stringify({ source, spec, size: SIZE, repeats: REPEATS })})`)) as { worker: number; wall: number };
        row[`${label} worker ms`] = Math.round(times.worker);
        row[`${label} wall ms`] = Math.round(times.wall);
      }
      rows.push(row);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

async function mlpRows(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const backend of ['cpu', 'wasm'] as BackendName[]) {
    const choice = await initBackend({ preferred: backend, wasmPath: WASM_PATH, exclude: ['webgl'] });
    const t0 = performance.now();
    const cells = await runTrainingSweep({
      model: { layerSizes: [2, 16, 16, 1], activation: 'tanh', seed: 'bench' },
      dataset: { name: 'moons', options: { n: 250, seed: 'bench', validationFraction: 0.2 } },
      training: { optimizer: { name: 'adam' }, epochs: 20, seed: 'bench' },
      lrs: logSpace(1e-3, 1, 8),
      batchSizes: [8, 16, 24, 32, 48, 64, 128, 200],
    });
    const ms = performance.now() - t0;
    rows.push({ backend: choice.name, runs: cells.length, 'epochs each': 20, 'total s': Number((ms / 1000).toFixed(2)), 'ms per run': Math.round(ms / cells.length) });
  }
  return rows;
}

export async function runSweepBench(): Promise<void> {
  const [load1] = os.loadavg().map((l) => l.toFixed(2));
  console.log(`2-D sweeps: ${SIZE} x ${SIZE} runs of ${STEPS} steps each, runSweep in Node ${process.version} (best of ${REPEATS}; load average ${load1}):`);
  console.table(nodeRows());
  const source = builtWorker();
  if (source === undefined) console.log('(no build found under DIST_DIR or dist: skipping the headless-Chromium worker timing; run npm run build first)');
  else {
    const rows = await chromiumRows(source);
    if (typeof rows === 'string') console.log(`(skipping the headless-Chromium worker timing: ${rows})`);
    else {
      console.log('The same sweeps in the built sweep worker, headless Chromium (worker = its own compute time; wall = post to last row):');
      console.table(rows);
    }
  }
  console.log('Toy MLP 2-16-16-1 on moons (200 training points), Adam: 8 learning rates x 8 batch sizes, 20 epochs per run (runTrainingSweep, the worker verb "sweep"):');
  console.table(await mlpRows());
}
