/**
 * Number formats and compression methods on one trained model (issue 15), run by bench/run.ts (`npm run bench`):
 * for 2-16-16-1 and 2-256-256-2 MLPs trained on two moons and on a spiral, every spec of formatSweepSpecs (the
 * lab's Pareto view) as bits per kernel weight, raw bytes, gzip bytes and validation accuracy; then GPTQ against
 * round-to-nearest at int3 per group on 2-256-256-2 with the accuracy difference. Sizes are the variants' real
 * stored bytes (biases float32 in every row); accuracy is simulated inference, as in the lab.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../src/core/backend';
import { makeDataset, type DataSplit, type DatasetName } from '../src/core/data';
import { compressWith } from '../src/core/compress/compression-variants';
import { measureSize } from '../src/core/compress/compressed-size';
import { formatSweepSpecs } from '../src/core/compress/format-sweep';
import { concatBytes, float32Bytes } from '../src/core/compress/tensor-bytes';
import { runSteps } from '../src/core/compress/training-steps';
import type { CompressionSpec } from '../src/core/compress/variants/variant';
import { kernelBits } from '../src/core/worker/jobs/compress';
import { accuracyOf, Mlp } from '../src/core/model/mlp';
import { createOptimizer } from '../src/core/optimizers/tensor-optimizer';

const WASM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const GROUP_SIZE = 32;

interface Row {
  'format / method': string;
  'bits per weight': string;
  'raw bytes': number;
  'gzip bytes': number;
  'validation accuracy': string;
}

function train(layerSizes: number[], dataset: DatasetName, steps: number): { mlp: Mlp; data: DataSplit } {
  const data = makeDataset(dataset, { n: 450, noise: dataset === 'spiral' ? 0.05 : 0.15, seed: 'formats-bench', validationFraction: 1 / 3 });
  const mlp = Mlp.create({ layerSizes, activation: 'tanh', seed: 'formats-bench' });
  const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
  const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
  const targets = mlp.targets(data.train);
  runSteps(optimizer, mlp.params, (p) => mlp.loss(mlp.forward(x, p), targets), { steps, readEvery: steps }, 'formats bench');
  tf.dispose([x, targets]);
  optimizer.dispose();
  return { mlp, data };
}

async function measureSpec(mlp: Mlp, data: DataSplit, spec: CompressionSpec | undefined): Promise<{ row: Row; accuracy: number; outputs: Float32Array }> {
  const weights = mlp.getWeights();
  const variant = spec === undefined ? undefined : await compressWith(spec, { model: mlp, weights, data });
  const outputs = variant?.predict?.(data.validation.x) ?? mlp.predict(data.validation.x, variant === undefined ? {} : { weights: variant.weights });
  const accuracy = accuracyOf(mlp.spec.task, outputs, data.validation) ?? Number.NaN;
  const bytes = variant?.bytes ?? weights.map((w) => float32Bytes(w.values));
  const size = await measureSize(concatBytes(bytes));
  const bits = variant?.bitsPerWeight ?? kernelBits(variant?.weights ?? weights, bytes);
  return {
    accuracy,
    outputs,
    row: { 'format / method': variant?.label ?? 'float32 (original)', 'bits per weight': bits.toFixed(2), 'raw bytes': size.raw, 'gzip bytes': size.compressed, 'validation accuracy': `${(100 * accuracy).toFixed(1)}%` },
  };
}

/** Root mean square difference of two logit arrays: how far a quantized model's outputs moved. */
function rms(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += ((a[i] as number) - (b[i] as number)) ** 2;
  return Math.sqrt(s / Math.max(1, a.length));
}

async function table(layerSizes: number[], dataset: DatasetName, steps: number, fineTuneSteps: number): Promise<Mlp & { data?: DataSplit }> {
  const t0 = performance.now();
  const { mlp, data } = train(layerSizes, dataset, steps);
  const rows: Row[] = [(await measureSpec(mlp, data, undefined)).row];
  for (const spec of formatSweepSpecs({ groupSize: GROUP_SIZE, fineTuneSteps })) rows.push((await measureSpec(mlp, data, spec)).row);
  for (const spec of formatSweepSpecs({ groupSize: GROUP_SIZE, outliers: true }).filter((s) => s.kind === 'w8a8')) rows.push((await measureSpec(mlp, data, spec)).row);
  console.log(`MLP ${layerSizes.join('-')} on ${dataset} (${mlp.paramCount.toLocaleString('en-US')} parameters, ${steps} Adam steps, ${data.train.n} train / ${data.validation.n} validation points; ${((performance.now() - t0) / 1000).toFixed(1)} s):`);
  console.table(rows);
  return Object.assign(mlp, { data });
}

export async function runCompressFormatsBench(): Promise<void> {
  const start = performance.now();
  await initBackend({ preferred: 'wasm', wasmPath: WASM_PATH, exclude: ['webgl'] });
  console.log(`Bits per weight: stored bits per kernel weight (scales, zero points, indices included). Groups and blocks of ${GROUP_SIZE} for int per-group, GPTQ and RTN (capped at a layer's inputs).`);
  const gptqRows: Record<string, string>[] = [];
  for (const dataset of ['moons', 'spiral'] as const) {
    (await table([2, 16, 16, 1], dataset, dataset === 'spiral' ? 1000 : 300, 100)).dispose();
    // Fewer steps on the wide model: each full-batch Adam step costs ~200x more than on 2-16-16-1.
    const wide = await table([2, 256, 256, 2], dataset, dataset === 'spiral' ? 150 : 60, 20);
    const data = wide.data!;
    const float = await measureSpec(wide, data, undefined);
    const rtn = await measureSpec(wide, data, { kind: 'gptq', method: 'rtn', bits: 3, groupSize: GROUP_SIZE });
    const gptq = await measureSpec(wide, data, { kind: 'gptq', method: 'gptq', bits: 3, groupSize: GROUP_SIZE });
    gptqRows.push({
      dataset,
      'RTN int3 accuracy': rtn.row['validation accuracy'],
      'GPTQ int3 accuracy': gptq.row['validation accuracy'],
      'GPTQ - RTN (points)': (100 * (gptq.accuracy - rtn.accuracy)).toFixed(1),
      'RTN logit RMS error': rms(rtn.outputs, float.outputs).toFixed(4),
      'GPTQ logit RMS error': rms(gptq.outputs, float.outputs).toFixed(4),
      'bits per weight': gptq.row['bits per weight'],
    });
    wide.dispose();
  }
  console.log(`GPTQ vs round-to-nearest, int3, groups of ${GROUP_SIZE}, 2-256-256-2:`);
  console.table(gptqRows);
  console.log(`compress-formats bench: ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
