/**
 * New-optimizer benchmark (issue 14): full-batch training steps/second of each optimizer added in issue 14 on the
 * reference MLP of ../shared/reference/performance-notes.md (2-16-16-1, tanh, sigmoid cross-entropy, 200 moons
 * points), per Node backend (cpu, wasm), with Adam and SGD as the yardsticks of bench/optimizer-bench.ts.
 * Every optimizer steps the way TrainingRun does: createTrainingOptimizer (Muon takes the hidden 16x16 kernel, AdamW
 * the rest) and stepWithGradient with the analytic backward pass (SAM calls it twice, at the point and at the
 * perturbed point). Best and median of a few short windows after warm-up; one read-back per window flushes queued
 * work. The tensor count after the timed steps is compared with the count before, as a leak check under load.
 */
import { measureStepRate, type StepRate } from './step-rate';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend, type BackendName } from '../src/core/backend';
import { makeDataset } from '../src/core/data';
import { Mlp } from '../src/core/model/mlp';
import { MlpGradient } from '../src/core/model/mlp-gradient';
import { createTrainingOptimizer, type TrainingOptimizerConfig } from '../src/core/model/parameter-groups';

const WASM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const SIZES = [2, 16, 16, 1];
const WINDOWS = 5;
const WINDOW_MS = 150;
/** The timed windows of every measurement here (bench/step-rate.ts). */
const measure = (step: () => void, flush: () => void): StepRate => measureStepRate(step, flush, { windows: WINDOWS, windowMs: WINDOW_MS, warmup: 20, batch: 5 });
const data = makeDataset('moons', { n: 250, seed: 'bench', validationFraction: 0.2 }).train; // 200 training points

/** The optimizers of issue 14 at learning rates that train this network, then the two yardsticks. */
const CONFIGS: { label: string; config: TrainingOptimizerConfig }[] = [
  { label: 'radam', config: { name: 'radam', lr: 0.01 } },
  { label: 'adafactor', config: { name: 'adafactor', lr: 0.01 } },
  { label: 'muon (+ AdamW for the rest)', config: { name: 'muon', lr: 0.02, adamw: { lr: 0.01 } } },
  { label: 'lamb', config: { name: 'lamb', lr: 0.01 } },
  { label: 'sam (momentum SGD base)', config: { name: 'sam', base: { name: 'sgd', lr: 0.1, momentum: 0.9 } } },
  { label: 'adamw-schedulefree', config: { name: 'adamw-schedulefree', lr: 0.01 } },
  { label: 'sgd-schedulefree', config: { name: 'sgd-schedulefree', lr: 0.1 } },
  { label: 'adam (yardstick)', config: { name: 'adam', lr: 0.01 } },
  { label: 'sgd (yardstick)', config: { name: 'sgd', lr: 0.1 } },
];



interface Row {
  rate: StepRate;
  kernels: number;
  leaked: number;
  finalLoss: number;
}

async function benchOne(config: TrainingOptimizerConfig, initial: Float32Array): Promise<Row> {
  const before = tf.memory().numTensors;
  const mlp = Mlp.create({ layerSizes: SIZES, activation: 'tanh', seed: 'bench' });
  mlp.setFlatWeights(initial);
  const x = tf.tensor2d(data.x, [data.n, 2]);
  const targets = mlp.targets(data);
  const analytic = new MlpGradient(mlp);
  const optimizer = createTrainingOptimizer(mlp.layout, config);
  const step = () => optimizer.stepWithGradient!(mlp.params, (p) => analytic.gradient(x, targets, p));
  const rate = measure(step, () => void mlp.params.dataSync());
  const kernels = (await tf.profile(step)).kernels.length;
  const finalLoss = tf.tidy(() => mlp.loss(mlp.forward(x, mlp.params), targets).dataSync()[0]!);
  optimizer.dispose();
  analytic.dispose();
  tf.dispose([x, targets]);
  mlp.dispose();
  return { rate, kernels, leaked: tf.memory().numTensors - before, finalLoss };
}

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

export async function runNewOptimizerBench(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const backend of ['cpu', 'wasm'] as BackendName[]) {
    const choice = await initBackend({ preferred: backend, wasmPath: WASM_PATH, exclude: ['webgl'] });
    if (choice.name !== backend) {
      rows.push({ backend, optimizer: '-', 'steps/s best (median)': `unavailable: ${choice.reasons.join('; ')}` });
      continue;
    }
    const seed = Mlp.create({ layerSizes: SIZES, activation: 'tanh', seed: 'bench' });
    const initial = seed.getFlatWeights();
    seed.dispose();
    for (const { label, config } of CONFIGS) {
      const r = await benchOne(config, initial);
      rows.push({
        backend,
        optimizer: label,
        'steps/s best (median)': `${fmt(r.rate.best)} (${fmt(r.rate.median)})`,
        'kernels/step': r.kernels,
        'loss at the end (a sanity check; the step count varies)': Number(r.finalLoss.toPrecision(3)),
        'tensors leaked': r.leaked,
      });
    }
  }
  const [load1, load5] = os.loadavg().map((l) => l.toFixed(2));
  console.log(
    `New optimizers on the reference MLP ${SIZES.join('-')} tanh, full batch of ${data.n} points, analytic gradient via stepWithGradient ` +
      `(Node ${process.version}, load average ${load1} / ${load5} on ${os.cpus().length} cores; best of ${WINDOWS} windows of ${WINDOW_MS} ms):`,
  );
  console.table(rows);
}
