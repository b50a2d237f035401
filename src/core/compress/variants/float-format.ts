/**
 * Low-precision float kernels (roundToFloatFormat): bf16, FP8 E4M3 and FP8 E5M2, saturating, one format per
 * tensor with no scale (so E4M3's range, up to 448, and E5M2's, up to 57344, hold any trained kernel). Stored as
 * the format's bit patterns; biases stay float32.
 */
import { isKernel } from '../../model/mlp';
import { floatFormatFields } from '../float-format-bits';
import { FLOAT_FORMATS } from '../float-formats';
import { roundToFloatFormat } from '../round-to-float-format';
import { float32Bytes } from '../tensor-bytes';
import type { QuickCompressionVariant, KernelFloatFormat } from './variant';

export const FLOAT_FORMAT_LABELS: Readonly<Record<KernelFloatFormat, string>> = { bf16: 'bfloat16', 'fp8-e4m3': 'FP8 E4M3', 'fp8-e5m2': 'FP8 E5M2' };

/** The values' bit patterns, little-endian, 1 or 2 bytes each. */
export function floatFormatBytes(values: ArrayLike<number>, format: KernelFloatFormat): Uint8Array {
  const width = FLOAT_FORMATS[format].bits / 8;
  const out = new Uint8Array(values.length * width);
  for (let i = 0; i < values.length; i++) {
    const bits = floatFormatFields(values[i] as number, format).bits;
    out[i * width] = bits & 0xff;
    if (width === 2) out[i * width + 1] = bits >>> 8;
  }
  return out;
}

export const floatVariant: QuickCompressionVariant<'float'> = ({ format }, { weights }) => {
  const label = FLOAT_FORMAT_LABELS[format];
  return {
    label: `${label} kernels`,
    weights: weights.map((w) => (isKernel(w) ? { ...w, values: roundToFloatFormat(w.values, format) } : w)),
    bytes: weights.map((w) => (isKernel(w) ? floatFormatBytes(w.values, format) : float32Bytes(w.values))),
    tensors: weights.map((w) => ({ name: w.name, shape: w.shape, format: isKernel(w) ? label : 'kept float32: bias' })),
    bitsPerWeight: FLOAT_FORMATS[format].bits,
    notes: [
      `Each kernel value is rounded to the nearest ${label} value (round half to even, saturating at ±${FLOAT_FORMATS[format].max.toPrecision(3)}); no scale is stored. Biases stay float32.`,
      'Accuracy is simulated: the rounded values are used in a float32 forward pass; activations stay float32.',
    ],
  };
};
