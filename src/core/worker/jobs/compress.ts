/**
 * 'compress': one variant (COMPRESSION_VARIANTS) of the model a 'train' kept, measured the same way for every
 * kind: validation accuracy and loss, size raw and gzip from the variant's real bytes, kernel histograms before and
 * after, and the decision boundary. Evaluation takes the weights explicitly; the kept model is never changed, and
 * the data set is the one it was trained on. A long variant (distillation) streams 'compress-progress' and yields
 * between steps; 'stop' (or a new 'train', which would replace the kept model) cancels it through `session.job`, and
 * the reply is then an error "cancelled after N of M steps". The measurements run before the first await after the
 * variant (gzip), so a training run cannot pull the kept model away mid-measurement.
 */
import * as tf from '@tensorflow/tfjs-core';
import { compressWith } from '../../compress/compression-variants';
import { measureSize } from '../../compress/compressed-size';
import { concatBytes, float32Bytes } from '../../compress/tensor-bytes';
import type { Dataset } from '../../data';
import { gridPoints, type GridSpec } from '../../grid';
import { JobControl } from '../../model/job-control';
import { accuracyOf, isKernel, Mlp, type NamedWeights } from '../../model/mlp';
import type { CompressedModel } from '../compression-result';
import { runAsSessionJob, type Job } from '../job';
import { predictField } from '../prediction-field';
import { weightHistogram } from '../weight-histogram';

type Measured = Omit<CompressedModel, 'size' | 'bitsPerWeight'>;
type Predict = (x: Float32Array) => Float32Array;

/** Loss of given outputs (logits) with the model's own loss. */
function lossOf(model: Mlp, outputs: Float32Array, data: Dataset): number {
  return tf.tidy(() => model.loss(tf.tensor2d(outputs, [data.n, model.outputDim]), model.targets(data)).dataSync()[0]!);
}

/** The decision field of a plain forward pass, in predictField's layout (binary: P(class 1)). */
function fieldOf(model: Mlp, grid: GridSpec, predict: Predict): Float32Array {
  const out = predict(gridPoints(grid));
  if (model.spec.task === 'binary') return out.map((v) => 1 / (1 + Math.exp(-v)));
  const k = model.outputDim;
  return Float32Array.from({ length: out.length / k }, (_, i) => {
    const row = out.subarray(i * k, (i + 1) * k);
    const max = Math.max(...row);
    return 1 / row.reduce((sum, v) => sum + Math.exp(v - max), 0);
  });
}

export function measure(model: Mlp, label: string, weights: readonly NamedWeights[], validation: Dataset, grid: GridSpec | undefined, predict?: Predict): Measured {
  if (predict !== undefined) {
    const outputs = predict(validation.x);
    return { label, accuracy: accuracyOf(model.spec.task, outputs, validation), loss: lossOf(model, outputs, validation), parameters: model.paramCount, field: grid === undefined ? undefined : fieldOf(model, grid, predict) };
  }
  const { accuracy, loss } = model.evaluate(validation, { weights });
  return { label, accuracy, loss, parameters: model.paramCount, field: grid === undefined ? undefined : predictField(model, grid, weights) };
}

/** Stored bits per kernel weight when a variant does not say: 8 x kernel bytes / kernel values. */
export function kernelBits(weights: readonly NamedWeights[], bytes: readonly Uint8Array[]): number {
  let values = 0;
  let stored = 0;
  weights.forEach((w, i) => {
    if (!isKernel(w)) return;
    values += w.values.length;
    stored += 8 * (bytes[i]?.length ?? 0);
  });
  return values === 0 ? 0 : stored / values;
}

const fp32 = (weights: readonly NamedWeights[]): Uint8Array[] => weights.map((w) => float32Bytes(w.values));

export const compressJob: Job<'compress'> = async ({ modelHandle, spec, grid }, { session, progress }) => {
  const { model, data } = session.models.get(modelHandle);
  const weights = model.getWeights();
  const control = new JobControl({ onProgress: (p) => progress({ type: 'compress-progress', ...p }) });
  const variant = await runAsSessionJob(session, { control, usesKeptModel: true }, () => compressWith(spec, { model, weights, data, control }));
  // Still the same model? (Checked after the variant's awaits: the store throws a clear error if it was replaced.)
  session.models.get(modelHandle);
  // A student's weights need a model of the student's shape to run on.
  const runner = variant.architecture === undefined ? model : Mlp.create(variant.architecture);
  let original: Measured;
  let compressed: Measured;
  let baseline: Measured | undefined;
  try {
    original = measure(model, 'original float32', weights, data.validation, undefined);
    compressed = measure(runner, variant.label, variant.weights, data.validation, grid, variant.predict);
    if (variant.baseline !== undefined) baseline = measure(runner, variant.baseline.label, variant.baseline.weights, data.validation, grid);
  } finally {
    if (runner !== model) runner.dispose();
  }
  const sized = async (m: Measured, w: readonly NamedWeights[], bytes: Uint8Array[], bits?: number): Promise<CompressedModel> => ({
    ...m,
    size: await measureSize(concatBytes(bytes)),
    bitsPerWeight: bits ?? kernelBits(w, bytes),
  });
  const base = await sized(original, weights, fp32(weights));
  return {
    result: {
      original: { accuracy: base.accuracy, loss: base.loss, size: base.size, parameters: base.parameters, bitsPerWeight: base.bitsPerWeight },
      variant: await sized(compressed, variant.weights, variant.bytes, variant.bitsPerWeight),
      baseline: baseline === undefined || variant.baseline === undefined ? undefined : await sized(baseline, variant.baseline.weights, fp32(variant.baseline.weights)),
      histogram: weightHistogram(weights, variant.weights),
      tensors: variant.tensors,
      notes: variant.notes,
    },
  };
};
