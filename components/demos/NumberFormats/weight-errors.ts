/**
 * A toy weight tensor and what each format does to it: seeded normal weights (std, one optional outlier), the
 * rounding error per weight under every float format (a plain cast, no scale) and every block format (quantizeBlocks
 * with its default block size: the scales travel with the blocks), a table of mean/max error and bits per weight, and
 * a histogram of one format's errors. Pure; tested in tests/components/demos/NumberFormats/.
 */
import { BLOCK_FORMATS, FLOAT_FORMAT_NAMES, FLOAT_FORMATS, mulberry32, quantizeBlocks, roundToFloatFormat, type BlockFormat, type FloatFormatName } from '../../../src/core/plain';

export type TensorFormat = FloatFormatName | BlockFormat;
export const TENSOR_FORMATS: readonly TensorFormat[] = [...FLOAT_FORMAT_NAMES, ...BLOCK_FORMATS];
export type ErrorKind = 'relative' | 'absolute';
export const ERROR_KINDS: readonly ErrorKind[] = ['relative', 'absolute'];


/** `count` weights ~ N(0, std^2) (Box-Muller), rounded to float32 as stored weights are; weight 0 becomes `outlier * std` when outlier > 0. */
export function generateWeights(count: number, std: number, outlier: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const theta = 2 * Math.PI * random();
    out[i] = std * r * Math.cos(theta);
    if (i + 1 < count) out[i + 1] = std * r * Math.sin(theta);
  }
  if (outlier > 0 && count > 0) out[0] = outlier * std;
  return out;
}

export interface FormatError {
  format: TensorFormat;
  bitsPerWeight: number;
  dequantized: Float32Array;
  meanAbsolute: number;
  maxAbsolute: number;
  /** Over the non-zero weights; a weight flushed to zero counts as relative error 1. */
  meanRelative: number;
  maxRelative: number;
  /** Weights that became exactly 0 although they were not. */
  flushedToZero: number;
}

export function isFloatFormat(format: TensorFormat): format is FloatFormatName {
  return (FLOAT_FORMAT_NAMES as readonly string[]).includes(format);
}

export function quantizeTensor(weights: Float32Array, format: TensorFormat): { dequantized: Float32Array; bitsPerWeight: number } {
  if (isFloatFormat(format)) return { dequantized: roundToFloatFormat(weights, format), bitsPerWeight: FLOAT_FORMATS[format].bits };
  const q = quantizeBlocks(weights, { format });
  return { dequantized: q.dequantized, bitsPerWeight: q.bitsPerWeight };
}

export function formatError(weights: Float32Array, format: TensorFormat): FormatError {
  const { dequantized, bitsPerWeight } = quantizeTensor(weights, format);
  let sumAbs = 0;
  let maxAbs = 0;
  let sumRel = 0;
  let maxRel = 0;
  let nonZero = 0;
  let flushed = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const e = Math.abs(dequantized[i]! - w);
    sumAbs += e;
    if (e > maxAbs) maxAbs = e;
    if (w !== 0) {
      const r = e / Math.abs(w);
      sumRel += r;
      if (r > maxRel) maxRel = r;
      nonZero++;
      if (dequantized[i] === 0) flushed++;
    }
  }
  return {
    format,
    bitsPerWeight,
    dequantized,
    meanAbsolute: weights.length === 0 ? 0 : sumAbs / weights.length,
    maxAbsolute: maxAbs,
    meanRelative: nonZero === 0 ? 0 : sumRel / nonZero,
    maxRelative: maxRel,
    flushedToZero: flushed,
  };
}

export interface ErrorHistogram {
  kind: ErrorKind;
  /** Bin edges: log10 of the relative error (relative) or the signed error q - w (absolute). */
  edges: number[];
  counts: number[];
  /** Weights rounded exactly (relative: error 0 has no logarithm, so they are counted here, not in a bin). */
  exact: number;
}

/** Relative errors below 10^min fall in the first bin, above 10^max in the last; fp16 and bf16 errors sit around 1e-4 to 1e-3. */
export const RELATIVE_DECADES = { min: -6, max: 1 } as const;
export const BIN_COUNT = 28;

export function errorHistogram(weights: Float32Array, dequantized: Float32Array, kind: ErrorKind): ErrorHistogram {
  const counts = new Array<number>(BIN_COUNT).fill(0);
  let exact = 0;
  let lo: number = RELATIVE_DECADES.min;
  let hi: number = RELATIVE_DECADES.max;
  if (kind === 'absolute') {
    let m = 0;
    for (let i = 0; i < weights.length; i++) m = Math.max(m, Math.abs(dequantized[i]! - weights[i]!));
    lo = -(m || 1);
    hi = m || 1;
  }
  const width = (hi - lo) / BIN_COUNT;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const d = dequantized[i]! - w;
    let v: number;
    if (kind === 'relative') {
      if (w === 0) continue;
      if (d === 0) {
        exact++;
        continue;
      }
      v = Math.log10(Math.abs(d) / Math.abs(w));
    } else {
      if (d === 0) exact++;
      v = d;
    }
    const bin = Math.min(BIN_COUNT - 1, Math.max(0, Math.floor((v - lo) / width)));
    counts[bin]!++;
  }
  const edges = Array.from({ length: BIN_COUNT + 1 }, (_, k) => lo + k * width);
  return { kind, edges, counts, exact };
}
