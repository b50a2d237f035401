/**
 * IEEE 754 binary16 ("float16", "half") conversion done by hand on the bit patterns, so it behaves the same in
 * every JS engine (Float16Array is not available everywhere yet). Rounding is round-to-nearest-even, the IEEE
 * default and what TFLite's float16 conversion does; values beyond the largest half (65504) round to Infinity,
 * NaN stays NaN, and tiny values become subnormals or signed zero, exactly as a hardware cast would.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The binary16 bit pattern nearest to `value` (after rounding `value` to float32). */
export function float32ToFloat16Bits(value: number): number {
  f32[0] = value;
  const bits = u32[0] as number;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;

  if (exponent === 0xff) {
    // Keep NaN quiet and non-zero in the top mantissa bit; Infinity has a zero mantissa.
    return sign | 0x7c00 | (mantissa !== 0 ? 0x200 | (mantissa >>> 13) : 0);
  }
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;

  if (halfExponent <= 0) {
    // Subnormal half: value = m * 2^-24 with the implicit leading 1 made explicit.
    if (halfExponent < -10) return sign;
    const m = mantissa | 0x800000;
    const shift = 14 - halfExponent;
    const rounded = m >>> shift;
    const rest = m & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    const up = rest > half || (rest === half && (rounded & 1) === 1) ? 1 : 0;
    // A carry out of the mantissa lands on the smallest normal, whose bit pattern is the next integer.
    return sign | (rounded + up);
  }

  const truncated = (halfExponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  const up = rest > 0x1000 || (rest === 0x1000 && (truncated & 1) === 1) ? 1 : 0;
  // Carrying into the exponent is correct, including the carry from 65504-and-a-bit up to Infinity (0x7c00).
  return sign | (truncated + up);
}

/** The value of a binary16 bit pattern. */
export function float16BitsToFloat32(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa !== 0 ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Encodes values as float16 bit patterns, two bytes each. */
export function toFloat16(values: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = float32ToFloat16Bits(values[i] as number);
  return out;
}

/** Decodes float16 bit patterns back to float32, as TFLite does before CPU inference. */
export function fromFloat16(halves: Uint16Array): Float32Array {
  const out = new Float32Array(halves.length);
  for (let i = 0; i < halves.length; i++) out[i] = float16BitsToFloat32(halves[i] as number);
  return out;
}

/** What a float32 tensor becomes after a round trip through float16. */
export function castToFloat16(values: ArrayLike<number>): Float32Array {
  return fromFloat16(toFloat16(values));
}
