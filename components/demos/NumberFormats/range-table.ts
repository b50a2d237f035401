/**
 * Range against precision for the formats compared side by side: largest value, smallest normal and subnormal, the
 * decimal digits a mantissa of m bits carries (log10 2^(m+1), counting the implicit leading 1), the relative step
 * between neighbours (2^-m, machine epsilon) and the dynamic range in binades. Pure; tested in
 * tests/components/demos/NumberFormats/.
 */
import { FLOAT_FORMATS, type FloatFormatName } from '../../../src/core/plain';
import { formatNumber } from '../../charts/scales';

export const COMPARED_FORMATS: readonly FloatFormatName[] = ['fp8-e4m3', 'fp8-e5m2', 'bf16', 'fp16', 'fp4-e2m1'];

export interface RangeRow {
  format: FloatFormatName;
  layout: string;
  max: number;
  minNormal: number;
  minSubnormal: number;
  decimalDigits: number;
  relativeStep: number;
  binades: number;
}

export function rangeRow(format: FloatFormatName): RangeRow {
  const s = FLOAT_FORMATS[format];
  return {
    format,
    layout: `1 + ${s.exponentBits} + ${s.mantissaBits}`,
    max: s.max,
    minNormal: s.minNormal,
    minSubnormal: s.minSubnormal,
    decimalDigits: Math.log10(2 ** (s.mantissaBits + 1)),
    relativeStep: 2 ** -s.mantissaBits,
    binades: Math.log2(s.max / s.minSubnormal),
  };
}

/**
 * A format limit as a reader should see it: integers below a million exactly (57344 and 65504, not 5.73e4 and
 * 6.55e4, which are not values of the format), anything else with three significant digits.
 */
export function formatLimit(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  return formatNumber(value);
}

/** log2 of a power of two, or undefined for any other value (the smallest normal and subnormal are powers of two). */
export function powerOfTwo(value: number): number | undefined {
  const e = Math.log2(value);
  return Number.isInteger(e) ? e : undefined;
}

export function rangeRows(): RangeRow[] {
  return COMPARED_FORMATS.map(rangeRow);
}
