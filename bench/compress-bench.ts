/**
 * Compression-core benchmark (issue 4), run by bench/run.ts (`npm run bench`):
 * 1. quantize + dequantize throughput (million values per second) of a 1M-element float32 tensor, int8 asymmetric
 *    per tensor: the plain TypeScript loops of quantize.ts, and the tfjs-op version on each Node backend;
 * 2. stored size of MLP weights as fp32 / fp16 / int8 / int4 / 50% pruned, raw and gzip, for the demo model
 *    2-16-16-1 and a wide 2-256-256-2, both trained briefly on two moons, with the int8 / int4 PTQ accuracy of each.
 * Warm-up first; the median of several timed runs; every tfjs run reads its result back, so the time is real.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend, type BackendName } from '../src/core/backend';
import { makeDataset } from '../src/core/data';
import { accuracyOf, Mlp, type NamedWeights } from '../src/core/model/mlp';
import { createOptimizer } from '../src/core/optimizers/tensor-optimizer';
import { modelSizeTable } from '../src/core/compress/model-size';
import { postTrainingQuantize } from '../src/core/compress/post-training-quantization';
import { dequantize, quantize } from '../src/core/compress/quantize';
import { dequantizeTf, quantizeTf } from '../src/core/compress/quantize-tf';
import { runSteps } from '../src/core/compress/training-steps';
import { createRng } from '../src/core/random';

const WASM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const N = 1_000_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `RUNS` calls after one warm-up call. */
function timeMs(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const mps = (ms: number): string => (N / 1e6 / (ms / 1000)).toFixed(1);

function throughputRow(implementation: string, quantizeMs: number, dequantizeMs: number): Record<string, string> {
  return {
    implementation,
    'quantize (M values/s)': mps(quantizeMs),
    'dequantize (M values/s)': mps(dequantizeMs),
    'round trip (M values/s)': mps(quantizeMs + dequantizeMs),
  };
}

function plainThroughput(values: Float32Array): Record<string, string> {
  const q = quantize(values, { bits: 8 });
  return throughputRow('plain TypeScript (typed arrays)', timeMs(() => void quantize(values, { bits: 8 })), timeMs(() => void dequantize(q)));
}

function tfjsThroughput(values: Float32Array, backend: string): Record<string, string> {
  const spec = { bits: 8, scheme: 'asymmetric', granularity: 'per-tensor', axis: -1 } as const;
  const x = tf.tensor1d(values);
  const quantizeMs = timeMs(() => {
    const q = quantizeTf(x, spec);
    q.codes.dataSync();
    tf.dispose([q.codes, q.scale, q.zeroPoint]);
  });
  const q = quantizeTf(x, spec);
  const dequantizeMs = timeMs(() => {
    const y = dequantizeTf(q);
    y.dataSync();
    y.dispose();
  });
  tf.dispose([x, q.codes, q.scale, q.zeroPoint]);
  return throughputRow(`tfjs ops, ${backend}`, quantizeMs, dequantizeMs);
}

/** Labels as the loss expects them: [n, 1] for one output, one-hot [n, k] otherwise. */
function targetsFor(mlp: Mlp, y: Float32Array): tf.Tensor2D {
  return tf.tidy(() =>
    mlp.outputDim === 1 ? tf.tensor2d(y, [y.length, 1]) : (tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), mlp.outputDim), 'float32') as tf.Tensor2D),
  );
}

async function trainedMlp(layerSizes: number[], steps: number): Promise<{ mlp: Mlp; accuracy: string }> {
  const { train, validation } = makeDataset('moons', { n: 400, noise: 0.15, seed: 'compress-bench' });
  const mlp = Mlp.create({ layerSizes, activation: 'tanh', seed: 'compress-bench' });
  const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
  const x = tf.tensor2d(train.x, [train.n, 2]);
  const targets = targetsFor(mlp, train.y);
  runSteps(optimizer, mlp.params, (p) => mlp.loss(mlp.forward(x, p), targets), { steps, readEvery: steps }, 'compress bench');
  tf.dispose([x, targets]);
  optimizer.dispose();
  // Weight-only PTQ accuracy from predict(), which needs no targets tensor.
  const pct = (weights?: NamedWeights[]): string => {
    const outputs = mlp.predict(validation.x, weights === undefined ? {} : { weights });
    return `${(100 * (accuracyOf(mlp.spec.task, outputs, validation) ?? Number.NaN)).toFixed(1)}%`;
  };
  const ptq = (bits: number): string => pct(postTrainingQuantize(mlp, { bits }).tensors);
  const accuracy = `validation accuracy fp32 ${pct()}, int8 PTQ ${ptq(8)}, int4 PTQ ${ptq(4)}`;
  return { mlp, accuracy };
}

async function sizeTable(layerSizes: number[], steps: number): Promise<void> {
  const { mlp, accuracy } = await trainedMlp(layerSizes, steps);
  const rows = await modelSizeTable(mlp.getWeights());
  console.log(`MLP ${layerSizes.join('-')} (${mlp.paramCount.toLocaleString('en-US')} parameters, ${steps} Adam steps on two moons; ${accuracy}):`);
  console.table(
    rows.map((r) => ({
      format: r.format,
      'raw bytes': r.raw,
      'gzip bytes': r.compressed,
      'fp32 raw / raw': `${r.ratio.toFixed(2)}x`,
      'fp32 raw / gzip': `${r.compressedRatio.toFixed(2)}x`,
    })),
  );
  mlp.dispose();
}

export async function runCompressBench(): Promise<void> {
  const rng = createRng('compress-bench');
  const values = new Float32Array(N);
  for (let i = 0; i < N; i++) values[i] = rng.normal();

  const rows = [plainThroughput(values)];
  for (const backend of ['cpu', 'wasm'] as BackendName[]) {
    const choice = await initBackend({ preferred: backend, wasmPath: WASM_PATH, exclude: ['webgl'] });
    if (choice.name !== backend) {
      rows.push({ implementation: `tfjs ops, ${backend}`, 'quantize (M values/s)': `unavailable: ${choice.reasons.join('; ')}` });
      continue;
    }
    rows.push(tfjsThroughput(values, backend));
  }
  console.log(`int8 asymmetric per-tensor quantize / dequantize of ${N.toLocaleString('en-US')} float32 values, median of ${RUNS} runs (Node ${process.version}):`);
  console.table(rows);

  // Sizes do not depend on the backend; the fastest one available trains the models.
  await initBackend({ preferred: 'wasm', wasmPath: WASM_PATH, exclude: ['webgl'] });
  console.log('Stored weight sizes: kernels compressed, biases fp32, per-channel scales included; gzip via CompressionStream.');
  await sizeTable([2, 16, 16, 1], 300);
  await sizeTable([2, 256, 256, 2], 150);
}
