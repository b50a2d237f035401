/**
 * Bit patterns of the low-precision float formats: sign, exponent field, mantissa field, as the OCP 8-bit FP and MX
 * specifications and IEEE 754 lay them out. The block quantizers store these as codes; the number-format explorer
 * shows them. NaN patterns: fp16 0x7E00, bf16 0x7FC0 (quiet NaN), E4M3 S.1111.111, E5M2 S.11111.10 (quiet).
 */
import type { FloatFormatName, FloatFormatSpec } from './float-formats';
import { checkFloatFormat, exponentOf, roundValueToFloatFormat } from './round-to-float-format';

export interface FloatFields {
  sign: number;
  /** The stored (biased) exponent field; 0 for zeros and subnormals. */
  exponent: number;
  mantissa: number;
  /** The whole pattern as an unsigned integer. */
  bits: number;
}

function nanBits(spec: FloatFormatSpec): number {
  const exponentAllOnes = (2 ** spec.exponentBits - 1) * 2 ** spec.mantissaBits;
  // E4M3's only NaN has every mantissa bit set; IEEE-like formats use the quiet NaN (top mantissa bit).
  if (!spec.hasInfinity) return exponentAllOnes + 2 ** spec.mantissaBits - 1;
  return exponentAllOnes + 2 ** (spec.mantissaBits - 1);
}

/** The fields of the value `value` rounds to in `format` (saturating unless told otherwise). */
export function floatFormatFields(value: number, format: FloatFormatName, saturate = true): FloatFields {
  const spec = checkFloatFormat(format, 'floatFormatFields()');
  const rounded = roundValueToFloatFormat(value, spec, saturate);
  const m = spec.mantissaBits;
  if (Number.isNaN(rounded)) {
    if (!spec.hasNaN) throw new Error(`value ${value} has no ${format} bit pattern: ${format} has no NaN; use saturate: true`);
    const bits = nanBits(spec);
    return { sign: 0, exponent: Math.floor(bits / 2 ** m), mantissa: bits % 2 ** m, bits };
  }
  const sign = rounded < 0 || Object.is(rounded, -0) ? 1 : 0;
  const magnitude = Math.abs(rounded);
  let exponent = 0;
  let mantissa = 0;
  if (magnitude === Number.POSITIVE_INFINITY) {
    exponent = 2 ** spec.exponentBits - 1;
  } else if (magnitude > 0) {
    const e = exponentOf(magnitude);
    if (e < 1 - spec.bias) {
      mantissa = magnitude / spec.minSubnormal;
    } else {
      exponent = e + spec.bias;
      mantissa = (magnitude / 2 ** e - 1) * 2 ** m;
    }
  }
  return { sign, exponent, mantissa, bits: sign * 2 ** (spec.bits - 1) + exponent * 2 ** m + mantissa };
}

/** The value of a bit pattern of `format`. */
export function floatFormatValue(bits: number, format: FloatFormatName): number {
  const spec = checkFloatFormat(format, 'floatFormatValue()');
  if (!Number.isInteger(bits) || bits < 0 || bits >= 2 ** spec.bits) {
    throw new Error(`bits must be an integer from 0 to ${2 ** spec.bits - 1} (got ${bits}) in floatFormatValue() for ${format}`);
  }
  const m = spec.mantissaBits;
  const sign = bits >= 2 ** (spec.bits - 1) ? -1 : 1;
  const exponent = Math.floor(bits / 2 ** m) % 2 ** spec.exponentBits;
  const mantissa = bits % 2 ** m;
  const top = 2 ** spec.exponentBits - 1;
  if (spec.hasInfinity && exponent === top) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  if (spec.hasNaN && !spec.hasInfinity && exponent === top && mantissa === 2 ** m - 1) return Number.NaN;
  if (exponent === 0) return sign * mantissa * spec.minSubnormal;
  return sign * (1 + mantissa / 2 ** m) * 2 ** (exponent - spec.bias);
}
