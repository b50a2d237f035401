/**
 * Rounding to a low-precision float format: the nearest representable value, ties to the even mantissa, subnormals
 * included, as the OCP 8-bit FP and MX specifications and IEEE 754 define conversion.
 *
 * The value is rounded as if the exponent range had no top, and it overflows only when that rounded magnitude
 * exceeds the format's largest finite value. So for E4M3, (448, 464] rounds to 448 (464 is the midpoint of 448 =
 * 1.110b x 2^8 and 480 = 1.111b x 2^8, and 448 holds the even mantissa) and anything above 464 overflows, as in
 * PyTorch's float8_e4m3fn and ml_dtypes; for E5M2 and fp16 the midpoint itself overflows (the max has an odd
 * mantissa). Overflow with `saturate` (the default) gives +-max (the OCP saturating mode, NVIDIA's __NV_SATFINITE);
 * +-Infinity counts as a magnitude beyond the largest finite value, so it saturates too. Without `saturate`:
 * +-Infinity where the format has it, NaN otherwise (E4M3, and E2M1, which has no NaN pattern either).
 *
 * Inputs are rounded from their exact double value (a float32 input is therefore rounded exactly once).
 */
import { FLOAT_FORMATS, FLOAT_FORMAT_NAMES, type FloatFormatName, type FloatFormatSpec } from './float-formats';
import { checkOneOf, fail } from './validate';

export interface RoundToFloatFormatOptions {
  /** Clamp overflow to +-max (default true); false gives +-Infinity or NaN. */
  saturate?: boolean;
}

/** floor(log2(a)) for a finite a > 0, exact (Math.log2 can be off by one just below a power of two). */
export function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  else if (2 ** (e + 1) <= a) e += 1;
  return e;
}

/** Round half to even on a double (x - floor(x) is exact, so the tie test is exact). */
export function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest > 0.5) return floor + 1;
  if (rest < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** One value rounded to `spec`; see the module comment for the overflow rule. */
export function roundValueToFloatFormat(value: number, spec: FloatFormatSpec, saturate = true): number {
  if (Number.isNaN(value)) return Number.NaN;
  const magnitude = Math.abs(value);
  if (magnitude === 0) return value; // keeps the sign of -0
  const sign = value < 0 ? -1 : 1;
  let rounded = Number.POSITIVE_INFINITY;
  if (magnitude !== Number.POSITIVE_INFINITY) {
    // Below the smallest normal the spacing stays that of the subnormals, 2^(1 - bias - mantissaBits).
    const exponent = Math.max(exponentOf(magnitude), 1 - spec.bias);
    const quantum = 2 ** (exponent - spec.mantissaBits);
    rounded = roundHalfToEven(magnitude / quantum) * quantum;
  }
  if (rounded > spec.max) {
    if (saturate) return sign * spec.max;
    return spec.hasInfinity ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  }
  // sign * 0 keeps the sign of a value that rounds to zero, as a hardware conversion does.
  return sign * rounded;
}

export function checkFloatFormat(format: unknown, where: string): FloatFormatSpec {
  return FLOAT_FORMATS[checkOneOf(format, 'format', FLOAT_FORMAT_NAMES, where)];
}

/** The nearest values of `format` to `values` (round half to even; see the module comment for overflow and NaN). */
export function roundToFloatFormat(
  values: ArrayLike<number>,
  format: FloatFormatName,
  options: RoundToFloatFormatOptions = {},
): Float32Array {
  const where = 'roundToFloatFormat()';
  const spec = checkFloatFormat(format, where);
  const saturate = options.saturate ?? true;
  if (typeof saturate !== 'boolean') fail('saturate', 'true or false', saturate, where);
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = roundValueToFloatFormat(values[i] as number, spec, saturate);
  return out;
}
