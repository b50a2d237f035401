/**
 * How a float range becomes integer quantization parameters, following TFLite's quantization spec and
 * `tensorflow/lite/tools/optimize/quantization_utils.cc`. Mapping: real = (q - zeroPoint) * scale.
 */

export type QuantizationScheme = 'asymmetric' | 'symmetric';

/**
 * The code widths the core quantizes to, checked by every quantizer and offered by the compression lab: 1 bit
 * cannot hold a zero point and two signs, and codes wider than 16 bits do not fit the Int16Array they are kept in.
 */
export const QUANT_BITS = { min: 2, max: 16 } as const;

export interface IntegerRange {
  /** Smallest code. */
  qmin: number;
  /** Largest code. */
  qmax: number;
}

export interface QuantizationParams {
  /** Stored as float32, as TFLite does, so quantize and dequantize agree on the exact same step. */
  scale: number;
  zeroPoint: number;
}

/**
 * Asymmetric codes use the full signed range [-2^(b-1), 2^(b-1)-1] (TFLite activations: [-128, 127]).
 * Symmetric codes use the narrow range [-(2^(b-1)-1), 2^(b-1)-1] (TFLite weights: [-127, 127]) so that the
 * range is symmetric about the zero point 0.
 */
export function integerRange(bits: number, scheme: QuantizationScheme): IntegerRange {
  const qmax = 2 ** (bits - 1) - 1;
  return { qmin: scheme === 'symmetric' ? -qmax : -(2 ** (bits - 1)), qmax };
}

/**
 * TFLite's `TfLiteRound` (std::round): halves round away from zero. JS `Math.round` would send -2.5 to -2,
 * np.round (tfjs-converter) would send 2.5 to 2; the tests pin the tie behaviour.
 */
export function roundHalfAwayFromZero(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/**
 * `GetAsymmetricQuantizationParams`: widen the range to contain 0, then round ("nudge") the zero point to an
 * integer so that real 0 is exactly representable. A zero-width range (all zeros) gets scale 1, the same
 * fallback TFLite's symmetric per-channel code uses, so every code dequantizes to an exact 0.
 */
export function asymmetricParams(min: number, max: number, range: IntegerRange): QuantizationParams {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  if (hi === lo) return { scale: 1, zeroPoint: 0 };
  const scale = Math.fround((hi - lo) / (range.qmax - range.qmin));
  // A range narrower than ~1e-43 underflows in float32; such a tensor is zero for every practical purpose.
  if (scale === 0) return { scale: 1, zeroPoint: 0 };
  const zeroPointFromMin = range.qmin - lo / scale;
  let zeroPoint: number;
  if (zeroPointFromMin < range.qmin) zeroPoint = range.qmin;
  else if (zeroPointFromMin > range.qmax) zeroPoint = range.qmax;
  else zeroPoint = roundHalfAwayFromZero(zeroPointFromMin);
  return { scale, zeroPoint };
}

/** `SymmetricPerChannelQuantization`: scale = max|x| / qmax, zero point 0; an all-zero channel gets scale 1. */
export function symmetricParams(min: number, max: number, range: IntegerRange): QuantizationParams {
  const absMax = Math.max(Math.abs(min), Math.abs(max));
  if (absMax === 0) return { scale: 1, zeroPoint: 0 };
  const scale = Math.fround(absMax / range.qmax);
  return { scale: scale === 0 ? 1 : scale, zeroPoint: 0 };
}

export function quantizationParams(
  min: number,
  max: number,
  range: IntegerRange,
  scheme: QuantizationScheme,
): QuantizationParams {
  return scheme === 'symmetric' ? symmetricParams(min, max, range) : asymmetricParams(min, max, range);
}
