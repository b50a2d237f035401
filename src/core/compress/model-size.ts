/**
 * What a model's weights weigh in each stored form, raw and after gzip, from real bytes. Kernels get the
 * compression; biases stay float32 in every row (TFLite keeps them wider too), so small models shrink by less than
 * the headline 2x / 4x / 8x. Layouts are those of tensor-bytes.ts; no container headers are counted.
 */
import { isKernel, type NamedWeights } from '../model/mlp';
import { measureSize, type CompressOptions } from './compressed-size';
import { magnitudeMasks, applyMask } from './magnitude-pruning';
import { quantize } from './quantize';
import { concatBytes, float16Bytes, float32Bytes, quantizedBytes, sparseBytes } from './tensor-bytes';
import { checkSparsity } from './validate';

export interface ModelSizeOptions {
  /** Sparsity of the pruned rows, in [0, 1). Default 0.5. */
  sparsity?: number;
  /** How to compress; default gzip via CompressionStream or node:zlib. */
  compression?: CompressOptions;
}

export interface ModelSizeRow {
  format: string;
  /** Stored bytes. */
  raw: number;
  /** Bytes after gzip. */
  compressed: number;
  /** fp32 raw bytes / this raw. */
  ratio: number;
  /** fp32 raw bytes / this gzip bytes. */
  compressedRatio: number;
}

function quantizedModelBytes(weights: readonly NamedWeights[], bits: number): Uint8Array {
  return concatBytes(
    weights.map((w) =>
      isKernel(w)
        ? quantizedBytes(quantize(w.values, { bits, scheme: 'symmetric', granularity: 'per-channel', axis: -1, shape: w.shape }))
        : float32Bytes(w.values),
    ),
  );
}

/** fp32, fp16, int8, int4, pruned (dense and sparse) and pruned + int8 sizes of a set of weights. */
export async function modelSizeTable(weights: readonly NamedWeights[], options: ModelSizeOptions = {}): Promise<ModelSizeRow[]> {
  const sparsity = checkSparsity(options.sparsity ?? 0.5, 'sparsity', 'modelSizeTable()');
  const kernels = weights.filter(isKernel);
  const { masks } = magnitudeMasks(kernels.map((k) => k.values), { sparsity });
  const pruned = weights.map((w) => {
    const k = kernels.indexOf(w);
    return k < 0 ? w : { ...w, values: applyMask(w.values.slice(), masks[k]!) };
  });
  const percent = `${Math.round(sparsity * 100)}%`;
  const forms: [string, Uint8Array][] = [
    ['fp32', concatBytes(weights.map((w) => float32Bytes(w.values)))],
    ['fp16', concatBytes(weights.map((w) => (isKernel(w) ? float16Bytes(w.values) : float32Bytes(w.values))))],
    ['int8 per-channel', quantizedModelBytes(weights, 8)],
    ['int4 per-channel (packed)', quantizedModelBytes(weights, 4)],
    [`pruned ${percent}, dense fp32`, concatBytes(pruned.map((w) => float32Bytes(w.values)))],
    [`pruned ${percent}, sparse (values + indices)`, concatBytes(pruned.map((w) => (isKernel(w) ? sparseBytes(w.values) : float32Bytes(w.values))))],
    [`pruned ${percent} + int8`, quantizedModelBytes(pruned, 8)],
  ];
  const rows: ModelSizeRow[] = [];
  for (const [format, bytes] of forms) {
    const { raw, compressed } = await measureSize(bytes, options.compression);
    rows.push({ format, raw, compressed, ratio: 0, compressedRatio: 0 });
  }
  const base = rows[0]!.raw;
  for (const r of rows) {
    r.ratio = r.raw === 0 ? 1 : base / r.raw;
    r.compressedRatio = r.compressed === 0 ? 1 : base / r.compressed;
  }
  return rows;
}
