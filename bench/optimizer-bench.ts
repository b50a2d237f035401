/**
 * Optimizer-core benchmark: full-batch training steps/second of an MLP 2-16-16-1 (tanh, sigmoid cross-entropy) on
 * 200 points per Node backend (cpu, wasm) for SGD and Adam, with the gradient from autodiff (tf.valueAndGrad, what
 * optimizer.step does) and from the analytic backward pass (MlpGradient + optimizer.applyGradient, what
 * TrainingRun does), against a plain-TypeScript Float64Array loop (the per-op-overhead yardstick), plus the cost of
 * one `optimize` step on Rosenbrock. Warm-up first; no read-back inside timed loops except one at the end to flush
 * queued work. Kernels per step are counted with tf.profile (wrappers such as customGrad ops count as one each).
 */
import { measureStepRate, type StepRate } from './step-rate';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend, type BackendName } from '../src/core/backend';
import { makeDataset } from '../src/core/data';
import { rosenbrock } from '../src/core/functions';
import { plainProblem } from '../src/core/plain-functions';
import { Mlp } from '../src/core/model/mlp';
import { MlpGradient } from '../src/core/model/mlp-gradient';
import { optimizePlain } from '../src/core/optimize-plain';
import { optimize } from '../src/core/optimize-tensor';
import { createOptimizer } from '../src/core/optimizers/tensor-optimizer';

const WASM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const SIZES = [2, 16, 16, 1];
const N = 200;
/** Timed windows per measurement and the length of each: on a shared machine the best window is the least disturbed. */
const WINDOWS = 8;
const WINDOW_MS = 200;
/** The timed windows of every measurement here (bench/step-rate.ts). */
const measure = (step: () => void, flush: () => void): StepRate => measureStepRate(step, flush, { windows: WINDOWS, windowMs: WINDOW_MS, warmup: 30, batch: 10 });
const data = makeDataset('moons', { n: 250, seed: 'bench', validationFraction: 0.2 }).train; // 200 training points
// Every measured path starts from the same weights (the seed's), so SGD and Adam see the same loss landscape.
let initialFlat: Float32Array = new Float32Array(0);



interface PathResult {
  full: StepRate;
  gradOnly: StepRate;
  kernelsPerStep: number;
  gradKernels: number;
}

async function kernelsPerStep(step: () => void): Promise<number> {
  return (await tf.profile(step)).kernels.length;
}

/** Steps/second of one optimizer on the active backend, for both gradient paths. */
async function tfjsStepsPerSecond(optimizer: 'sgd' | 'adam'): Promise<Record<'autodiff' | 'analytic', PathResult>> {
  const mlp = Mlp.create({ layerSizes: SIZES, activation: 'tanh', seed: 'bench' });
  const x = tf.tensor2d(data.x, [N, 2]);
  const targets = mlp.targets(data);
  const objective = (p: tf.Tensor1D) => mlp.loss(mlp.forward(x, p), targets);
  const analytic = new MlpGradient(mlp);
  const config = optimizer === 'sgd' ? ({ name: 'sgd', lr: 0.1 } as const) : ({ name: 'adam', lr: 0.01 } as const);
  const flush = () => void mlp.params.dataSync();
  const out = {} as Record<'autodiff' | 'analytic', PathResult>;
  for (const path of ['autodiff', 'analytic'] as const) {
    mlp.setFlatWeights(initialFlat);
    const opt = createOptimizer(config);
    const step =
      path === 'autodiff'
        ? () => opt.step(mlp.params, objective).dispose()
        : () => {
            const grad = analytic.gradient(x, targets);
            opt.applyGradient!(mlp.params, grad);
            grad.dispose();
          };
    const gradOnly = path === 'autodiff' ? () => tf.dispose(tf.valueAndGrad(objective)(mlp.params)) : () => analytic.gradient(x, targets).dispose();
    step();
    out[path] = {
      full: measure(step, flush),
      gradOnly: measure(gradOnly, flush),
      kernelsPerStep: await kernelsPerStep(step),
      gradKernels: await kernelsPerStep(gradOnly),
    };
    opt.dispose();
  }
  analytic.dispose();
  tf.dispose([x, targets]);
  mlp.dispose();
  return out;
}

/** The same network and Adam, written directly over Float64Arrays (no tfjs). */
function plainAdamStepsPerSecond(): StepRate {
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
const rate = (r: StepRate) => `${fmt(r.best)} (${fmt(r.median)})`;
/** 1- and 5-minute load averages: on a shared machine, read the table next to them. */
const loadAverage = (): [string, string] => [os.loadavg()[0]!.toFixed(2), os.loadavg()[1]!.toFixed(2)];
const cpuCount = (): number => os.cpus().length;

export async function runOptimizerBench(): Promise<void> {
  const rows: Record<string, string>[] = [];
  const plain = plainAdamStepsPerSecond();
  const rosenbrockRows: Record<string, string>[] = [];
  for (const backend of ['cpu', 'wasm'] as BackendName[]) {
    const choice = await initBackend({ preferred: backend, wasmPath: WASM_PATH, exclude: ['webgl'] });
    if (choice.name !== backend) {
      rows.push({ implementation: `tfjs ${backend}`, optimizer: '-', 'steps/s best (median)': `unavailable: ${choice.reasons.join('; ')}` });
      continue;
    }
    const seedModel = Mlp.create({ layerSizes: SIZES, activation: 'tanh', seed: 'bench' });
    initialFlat = seedModel.getFlatWeights();
    seedModel.dispose();
    for (const name of ['sgd', 'adam'] as const) {
      const results = await tfjsStepsPerSecond(name);
      for (const path of ['autodiff', 'analytic'] as const) {
        const r = results[path];
        rows.push({
          implementation: `tfjs ${backend}`,
          gradient: path,
          optimizer: name,
          'steps/s best (median)': rate(r.full),
          'gradient only, steps/s best (median)': rate(r.gradOnly),
          'kernels/step (gradient)': `${r.kernelsPerStep} (${r.gradKernels})`,
          'plain loop / this (best)': (plain.best / r.full.best).toFixed(2) + 'x',
        });
      }
    }
    rosenbrockRows.push({ implementation: `optimize() tfjs ${backend}`, 'us per Adam step (incl. read-back)': rosenbrockMicroseconds('tfjs').toFixed(1) });
  }
  rows.push({ implementation: 'plain TypeScript (Float64Array)', gradient: 'hand-written', optimizer: 'adam', 'steps/s best (median)': rate(plain), 'gradient only, steps/s best (median)': '-', 'kernels/step (gradient)': '-', 'plain loop / this (best)': '1.00x' });
  rosenbrockRows.push({ implementation: 'optimizePlain() (float64, no tfjs)', 'us per Adam step (incl. read-back)': rosenbrockMicroseconds('plain').toFixed(2) });
  const [load1, load5] = loadAverage();
  console.log(`MLP ${SIZES.join('-')} tanh, sigmoid cross-entropy, full batch of ${N} points (Node ${process.version}, load average ${load1} / ${load5} on ${cpuCount()} cores):`);
  console.table(rows);
  console.log('optimize() / optimizePlain() on Rosenbrock from (-1.5, 2), Adam lr 0.02:');
  console.table(rosenbrockRows);
}
