/**
 * 'compress-pareto': many variants of the model a 'train' kept, each reduced to one point (bits per kernel weight,
 * raw and gzip bytes, validation accuracy) for the lab's Pareto view. Points stream as progress; the reply has all.
 * Measured exactly as 'compress' measures a variant (no decision field, no histogram).
 */
import { compressWith } from '../../compress/compression-variants';
import { measureSize } from '../../compress/compressed-size';
import { specKey } from '../../compress/format-sweep';
import type { ParetoPoint } from '../compression-result';
import { concatBytes, float32Bytes } from '../../compress/tensor-bytes';
import { Mlp } from '../../model/mlp';
import type { Job } from '../job';
import { kernelBits, measure } from './compress';


/** The key of the float32 model's point, which comes first. */
export const ORIGINAL_KEY = 'original';

export const compressParetoJob: Job<'compress-pareto'> = async ({ modelHandle, specs }, { session, progress }) => {
  if (!Array.isArray(specs) || specs.length === 0 || specs.length > 64) throw new Error(`specs must be a list of 1 to 64 compression specs (got ${Array.isArray(specs) ? specs.length : typeof specs}) in compress-pareto`);
  const points: ParetoPoint[] = [];
  {
    const { model, data } = session.models.get(modelHandle);
    const weights = model.getWeights();
    const size = await measureSize(concatBytes(weights.map((w) => float32Bytes(w.values))));
    const accuracy = model.evaluate(data.validation).accuracy;
    points.push({ key: ORIGINAL_KEY, spec: { kind: 'fp16' }, label: 'original float32', bitsPerWeight: 32, raw: size.raw, gzip: size.compressed, accuracy });
  }
  for (const spec of specs) {
    // Looked up again for every point: a training run may replace the kept model between two awaits.
    const { model, data } = session.models.get(modelHandle);
    const weights = model.getWeights();
    const variant = await compressWith(spec, { model, weights, data });
    const runner = variant.architecture === undefined ? model : Mlp.create(variant.architecture);
    let accuracy: number | undefined;
    try {
      accuracy = measure(runner, variant.label, variant.weights, data.validation, undefined, variant.predict).accuracy;
    } finally {
      if (runner !== model) runner.dispose();
    }
    const size = await measureSize(concatBytes(variant.bytes));
    const point: ParetoPoint = { key: specKey(spec), spec, label: variant.label, bitsPerWeight: variant.bitsPerWeight ?? kernelBits(variant.weights, variant.bytes), raw: size.raw, gzip: size.compressed, accuracy };
    points.push(point);
    progress({ type: 'pareto-point', index: points.length - 1, point });
  }
  return { points };
};
