/**
 * Optimizer-core benchmark: full-batch training steps/second of an MLP 2-16-16-1 (tanh, sigmoid cross-entropy) on
 * 200 points per Node backend (cpu, wasm) for SGD and Adam, against a plain-TypeScript Float64Array loop (the
 * per-op-overhead yardstick), plus the cost of one `optimize` step on Rosenbrock. Warm-up first; no read-back
 * inside timed loops except one at the end to flush queued work.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend, type BackendName } from '../src/core/backend';
import { makeDataset } from '../src/core/data';
import { plainProblem, rosenbrock } from '../src/core/functions';
import { Mlp } from '../src/core/model/mlp';
import { optimize, optimizePlain } from '../src/core/optimize';
import { createOptimizer } from '../src/core/optimizers/create-optimizer';

const WASM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const SIZES = [2, 16, 16, 1];
const N = 200;
const TIME_BUDGET_MS = 1500;
const data = makeDataset('moons', { n: 250, seed: 'bench', validationFraction: 0.2 }).train; // 200 training points

/** Runs `step` repeatedly for about TIME_BUDGET_MS after `warmup` calls; returns steps per second. */
function measure(step: () => void, flush: () => void, warmup = 20): number {
  for (let i = 0; i < warmup; i++) step();
  flush();
  let steps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < TIME_BUDGET_MS) {
    for (let i = 0; i < 20; i++) step();
    steps += 20;
  }
  flush();
  return steps / ((performance.now() - t0) / 1000);
}

function tfjsStepsPerSecond(optimizer: 'sgd' | 'adam'): { full: number; gradOnly: number } {
  const mlp = Mlp.create({ layerSizes: SIZES, activation: 'tanh', seed: 'bench' });
  const x = tf.tensor2d(data.x, [N, 2]);
  const targets = mlp.targets(data);
  const objective = (p: tf.Tensor1D) => mlp.loss(mlp.forward(x, p), targets);
  const opt = createOptimizer(optimizer === 'sgd' ? { name: 'sgd', lr: 0.1 } : { name: 'adam', lr: 0.01 });
  const flush = () => void mlp.params.dataSync();
  const full = measure(() => opt.step(mlp.params, objective).dispose(), flush);
  const gradOnly = measure(() => tf.dispose(tf.valueAndGrad(objective)(mlp.params)), flush);
  opt.dispose();
  tf.dispose([x, targets]);
  mlp.dispose();
  return { full, gradOnly };
}

/** The same network and Adam, written directly over Float64Arrays (no tfjs). */
function plainAdamStepsPerSecond(): number {
  const layers = SIZES.length - 1;
  const offsets: { w: number; b: number; fanIn: number; fanOut: number }[] = [];
  let total = 0;
  for (let l = 0; l < layers; l++) {
    const fanIn = SIZES[l]!;
    const fanOut = SIZES[l + 1]!;
    offsets.push({ w: total, b: total + fanIn * fanOut, fanIn, fanOut });
    total += fanIn * fanOut + fanOut;
  }
  const p = Float64Array.from(new Mlp_init().values(total));
  const g = new Float64Array(total);
  const m = new Float64Array(total);
  const v = new Float64Array(total);
  const acts = SIZES.map((s) => new Float64Array(s));
  const deltas = SIZES.map((s) => new Float64Array(s));
  let t = 0;
  const step = () => {
    g.fill(0);
    for (let n = 0; n < N; n++) {
      acts[0]![0] = data.x[2 * n]!;
      acts[0]![1] = data.x[2 * n + 1]!;
      for (let l = 0; l < layers; l++) {
        const { w, b, fanIn, fanOut } = offsets[l]!;
        const a = acts[l]!;
        const out = acts[l + 1]!;
        for (let j = 0; j < fanOut; j++) {
          let s = p[b + j]!;
          for (let i = 0; i < fanIn; i++) s += a[i]! * p[w + i * fanOut + j]!;
          out[j] = l === layers - 1 ? s : Math.tanh(s);
        }
      }
      const z = acts[layers]![0]!;
      deltas[layers]![0] = (1 / (1 + Math.exp(-z)) - data.y[n]!) / N;
      for (let l = layers - 1; l >= 0; l--) {
        const { w, b, fanIn, fanOut } = offsets[l]!;
        const a = acts[l]!;
        const d = deltas[l + 1]!;
        const dPrev = deltas[l]!;
        for (let j = 0; j < fanOut; j++) g[b + j] = g[b + j]! + d[j]!;
        for (let i = 0; i < fanIn; i++) {
          let s = 0;
          for (let j = 0; j < fanOut; j++) {
            g[w + i * fanOut + j] = g[w + i * fanOut + j]! + a[i]! * d[j]!;
            s += p[w + i * fanOut + j]! * d[j]!;
          }
          dPrev[i] = l > 0 ? s * (1 - a[i]! * a[i]!) : s;
        }
      }
    }
    t++;
    const bc1 = 1 - 0.9 ** t;
    const bc2 = Math.sqrt(1 - 0.999 ** t);
    for (let k = 0; k < total; k++) {
      m[k] = 0.9 * m[k]! + 0.1 * g[k]!;
      v[k] = 0.999 * v[k]! + 0.001 * g[k]! * g[k]!;
      p[k] = p[k]! - ((0.01 / bc1) * m[k]!) / (Math.sqrt(v[k]!) / bc2 + 1e-8);
    }
  };
  return measure(step, () => undefined);
}

/** Deterministic initial weights for the plain loop (values only matter for realism, not for timing). */
class Mlp_init {
  values(n: number): number[] {
    let s = 1;
    return Array.from({ length: n }, () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 0.5);
  }
}

function rosenbrockMicroseconds(kind: 'tfjs' | 'plain'): number {
  const steps = kind === 'tfjs' ? 300 : 5000;
  const common = { optimizer: { name: 'adam' as const, lr: 0.02 }, x0: [-1.5, 2], steps };
  const run = () => (kind === 'tfjs' ? optimize({ ...common, objective: rosenbrock.tensor }) : optimizePlain({ ...common, problem: plainProblem(rosenbrock) }));
  run();
  const t0 = performance.now();
  run();
  return ((performance.now() - t0) * 1000) / steps;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export async function runOptimizerBench(): Promise<void> {
  const rows: Record<string, string>[] = [];
  const plain = plainAdamStepsPerSecond();
  const rosenbrockRows: Record<string, string>[] = [];
  for (const backend of ['cpu', 'wasm'] as BackendName[]) {
    const choice = await initBackend({ preferred: backend, wasmPath: WASM_PATH, exclude: ['webgl'] });
    if (choice.name !== backend) {
      rows.push({ backend, optimizer: '-', 'steps/s': `unavailable: ${choice.reasons.join('; ')}` });
      continue;
    }
    for (const name of ['sgd', 'adam'] as const) {
      const { full, gradOnly } = tfjsStepsPerSecond(name);
      rows.push({
        implementation: `tfjs ${backend}`,
        optimizer: name,
        'steps/s': fmt(full),
        'forward+backward only (steps/s)': fmt(gradOnly),
        'update share of step time': `${Math.round(100 * (1 - full / gradOnly))}%`,
        'plain loop / this': (plain / full).toFixed(2) + 'x',
      });
    }
    rosenbrockRows.push({ implementation: `optimize() tfjs ${backend}`, 'us per Adam step (incl. read-back)': (rosenbrockMicroseconds('tfjs')).toFixed(1) });
  }
  rows.push({ implementation: 'plain TypeScript (Float64Array)', optimizer: 'adam', 'steps/s': fmt(plain), 'forward+backward only (steps/s)': '-', 'update share of step time': '-', 'plain loop / this': '1.00x' });
  rosenbrockRows.push({ implementation: 'optimizePlain() (float64, no tfjs)', 'us per Adam step (incl. read-back)': rosenbrockMicroseconds('plain').toFixed(2) });
  console.log(`MLP ${SIZES.join('-')} tanh, sigmoid cross-entropy, full batch of ${N} points (Node ${process.version}):`);
  console.table(rows);
  console.log('optimize() on Rosenbrock from (-1.5, 2), Adam lr 0.02:');
  console.table(rosenbrockRows);
}
