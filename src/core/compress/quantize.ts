/**
 * Affine integer quantization of plain typed arrays (TFLite conventions): per-tensor or per-channel, asymmetric
 * or symmetric, 2 to 16 bits. Pure loops over typed arrays, so it is fast, testable and runs anywhere.
 */
import {
  integerRange,
  QUANT_BITS,
  quantizationParams,
  roundHalfAwayFromZero,
  type QuantizationScheme,
} from './quantization-params';
import { checkFiniteValues, checkInteger, checkOneOf, checkShape } from './validate';

export type QuantizationGranularity = 'per-tensor' | 'per-channel';

export interface QuantizeOptions {
  /** Code width in bits, an integer from 2 to 16. Default 8. */
  bits?: number;
  /** 'asymmetric' (scale + zero point, activations in TFLite) or 'symmetric' (zero point 0, weights). Default 'asymmetric'. */
  scheme?: QuantizationScheme;
  /** One scale for the whole tensor, or one per slice along `axis`. Default 'per-tensor'. */
  granularity?: QuantizationGranularity;
  /**
   * The channel axis for 'per-channel'; negative counts from the end. Default -1, the output units of a tfjs
   * dense kernel [in, out] (TFLite's per-axis dim 0 is the same thing in its [out, ...] layout).
   */
  axis?: number;
  /** The tensor's shape. Default [values.length]. */
  shape?: readonly number[];
}

export interface QuantizedTensor {
  /** One signed code per value, in [qmin, qmax]; Int8Array up to 8 bits, Int16Array above. */
  codes: Int8Array | Int16Array;
  shape: number[];
  bits: number;
  scheme: QuantizationScheme;
  granularity: QuantizationGranularity;
  /** The resolved (non-negative) channel axis, or undefined for 'per-tensor'. */
  axis: number | undefined;
  qmin: number;
  qmax: number;
  /** One float32 scale per channel (length 1 per tensor). */
  scales: Float32Array;
  /** One zero point per channel; all 0 for 'symmetric'. */
  zeroPoints: Int32Array;
}

interface ResolvedOptions {
  bits: number;
  scheme: QuantizationScheme;
  granularity: QuantizationGranularity;
  axis: number | undefined;
  shape: number[];
}

export function resolveQuantizeOptions(length: number, options: QuantizeOptions, where: string): ResolvedOptions {
  const bits = checkInteger(options.bits ?? 8, 'bits', QUANT_BITS.min, QUANT_BITS.max, where);
  const scheme = checkOneOf(options.scheme ?? 'asymmetric', 'scheme', ['asymmetric', 'symmetric'] as const, where);
  const granularity = checkOneOf(
    options.granularity ?? 'per-tensor',
    'granularity',
    ['per-tensor', 'per-channel'] as const,
    where,
  );
  const shape = [...(options.shape ?? [length])];
  checkShape(shape, length, where);
  let axis: number | undefined;
  if (granularity === 'per-channel') {
    const rank = shape.length;
    const requested = options.axis ?? -1;
    if (!Number.isInteger(requested) || requested < -rank || requested >= rank) {
      throw new Error(
        `axis must be an integer from ${-rank} to ${rank - 1} for a rank-${rank} tensor (got ${requested}) in ${where}`,
      );
    }
    axis = requested < 0 ? requested + rank : requested;
  }
  return { bits, scheme, granularity, axis, shape };
}

/** Element i belongs to channel floor(i / inner) % channels, with inner = product of the dims after `axis`. */
export function channelLayout(shape: readonly number[], axis: number | undefined): { channels: number; inner: number } {
  if (axis === undefined) return { channels: 1, inner: Math.max(1, shape.reduce((a, b) => a * b, 1)) };
  let inner = 1;
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d] as number;
  return { channels: shape[axis] as number, inner: Math.max(1, inner) };
}

/**
 * Visits the tensor slice by slice: `visit(channel, start, end)` for each run of `inner` consecutive elements that
 * share a channel. Loops over runs instead of computing floor(i / inner) % channels per element, which would
 * dominate the cost of the per-element work.
 */
function forEachRun(length: number, channels: number, inner: number, visit: (channel: number, start: number, end: number) => void): void {
  if (channels === 0) return;
  for (let start = 0, c = 0; start < length; start += inner, c = c + 1 === channels ? 0 : c + 1) {
    visit(c, start, Math.min(start + inner, length));
  }
}

/** Per-channel min and max in one pass. Empty channels report [0, 0]. */
export function channelMinMax(
  values: ArrayLike<number>,
  channels: number,
  inner: number,
): { mins: Float64Array; maxs: Float64Array } {
  const mins = new Float64Array(channels).fill(Number.POSITIVE_INFINITY);
  const maxs = new Float64Array(channels).fill(Number.NEGATIVE_INFINITY);
  forEachRun(values.length, channels, inner, (c, start, end) => {
    let lo = mins[c] as number;
    let hi = maxs[c] as number;
    for (let i = start; i < end; i++) {
      const v = values[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    mins[c] = lo;
    maxs[c] = hi;
  });
  for (let c = 0; c < channels; c++) {
    if (mins[c] === Number.POSITIVE_INFINITY) {
      mins[c] = 0;
      maxs[c] = 0;
    }
  }
  return { mins, maxs };
}

/**
 * Quantizes `values` to integer codes. The range comes from the data (min/max per tensor or per channel);
 * codes are clamp(round(x / scale) + zeroPoint, qmin, qmax) with TFLite's `AffineQuantize` order (round, then
 * add the zero point) and its round-half-away-from-zero. NaN and Infinity are rejected.
 */
export function quantize(values: ArrayLike<number>, options: QuantizeOptions = {}): QuantizedTensor {
  const where = 'quantize()';
  const { bits, scheme, granularity, axis, shape } = resolveQuantizeOptions(values.length, options, where);
  checkFiniteValues(values, 'values', where);
  const range = integerRange(bits, scheme);
  const { channels, inner } = channelLayout(shape, axis);
  const { mins, maxs } = channelMinMax(values, channels, inner);

  const scales = new Float32Array(channels);
  const zeroPoints = new Int32Array(channels);
  for (let c = 0; c < channels; c++) {
    const p = quantizationParams(mins[c] as number, maxs[c] as number, range, scheme);
    scales[c] = p.scale;
    zeroPoints[c] = p.zeroPoint;
  }

  const codes = bits <= 8 ? new Int8Array(values.length) : new Int16Array(values.length);
  const { qmin, qmax } = range;
  forEachRun(values.length, channels, inner, (c, start, end) => {
    const scale = scales[c] as number;
    const zeroPoint = zeroPoints[c] as number;
    for (let i = start; i < end; i++) {
      const q = roundHalfAwayFromZero((values[i] as number) / scale) + zeroPoint;
      codes[i] = q < qmin ? qmin : q > qmax ? qmax : q;
    }
  });
  return { codes, shape, bits, scheme, granularity, axis, qmin, qmax, scales, zeroPoints };
}

/** real = (q - zeroPoint) * scale, as float32. */
export function dequantize(tensor: QuantizedTensor): Float32Array {
  const { codes, scales, zeroPoints } = tensor;
  const { channels, inner } = channelLayout(tensor.shape, tensor.axis);
  const out = new Float32Array(codes.length);
  forEachRun(codes.length, channels, inner, (c, start, end) => {
    const scale = scales[c] as number;
    const zeroPoint = zeroPoints[c] as number;
    for (let i = start; i < end; i++) out[i] = ((codes[i] as number) - zeroPoint) * scale;
  });
  return out;
}

/** dequantize(quantize(x)): what a simulated ("fake-quant") tensor looks like, in float32. */
export function fakeQuantizeValues(values: ArrayLike<number>, options: QuantizeOptions = {}): Float32Array {
  return dequantize(quantize(values, options));
}
