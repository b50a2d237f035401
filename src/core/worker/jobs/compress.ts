/**
 * 'compress': one variant (COMPRESSION_VARIANTS) of the model a 'train' kept, measured the same way for every
 * kind: validation accuracy and loss, size raw and gzip from the variant's real bytes, kernel histograms before and
 * after, and the decision boundary. Evaluation takes the weights explicitly; the kept model is never changed, and
 * the data set is the one it was trained on. A long variant (distillation) streams 'compress-progress' and yields
 * between steps; 'stop' (or a new 'train', which would replace the kept model) cancels it through `session.job`, and
 * the reply is then an error "cancelled after N of M steps". The measurements run before the first await after the
 * variant (gzip), so a training run cannot pull the kept model away mid-measurement.
 */
import { compressWith } from '../../compress/compression-variants';
import { measureSize } from '../../compress/compressed-size';
import { concatBytes, float32Bytes } from '../../compress/tensor-bytes';
import type { Dataset } from '../../data';
import type { GridSpec } from '../../grid';
import { JobControl } from '../../model/job-control';
import { Mlp, type NamedWeights } from '../../model/mlp';
import type { CompressedModel } from '../compression-result';
import { runAsSessionJob, type Job } from '../job';
import { predictField } from '../prediction-field';
import { weightHistogram } from '../weight-histogram';

type Measured = Omit<CompressedModel, 'size'>;

function measure(model: Mlp, label: string, weights: readonly NamedWeights[], validation: Dataset, grid: GridSpec | undefined): Measured {
  const { accuracy, loss } = model.evaluate(validation, { weights });
  return { label, accuracy, loss, parameters: model.paramCount, field: grid === undefined ? undefined : predictField(model, grid, weights) };
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
    compressed = measure(runner, variant.label, variant.weights, data.validation, grid);
    if (variant.baseline !== undefined) baseline = measure(runner, variant.baseline.label, variant.baseline.weights, data.validation, grid);
  } finally {
    if (runner !== model) runner.dispose();
  }
  const sized = async (m: Measured, bytes: Uint8Array[]): Promise<CompressedModel> => ({ ...m, size: await measureSize(concatBytes(bytes)) });
  const base = await sized(original, fp32(weights));
  return {
    result: {
      original: { accuracy: base.accuracy, loss: base.loss, size: base.size, parameters: base.parameters },
      variant: await sized(compressed, variant.bytes),
      baseline: baseline === undefined || variant.baseline === undefined ? undefined : await sized(baseline, fp32(variant.baseline.weights)),
      histogram: weightHistogram(weights, variant.weights),
      tensors: variant.tensors,
      notes: variant.notes,
    },
  };
};
