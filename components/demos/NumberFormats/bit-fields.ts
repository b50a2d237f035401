/**
 * The typed number in a chosen format: the value it becomes (saturating or not), its bit pattern split into sign,
 * exponent and mantissa (with what each field means), the error, and what happened (exact, rounded, subnormal,
 * saturated, overflowed to infinity or NaN). Pure; tested in tests/components/demos/NumberFormats/.
 */
import { FLOAT_FORMATS, floatFormatFields, roundToFloatFormat, type FloatFormatName } from '../../../src/core/plain';

export type Outcome = 'exact' | 'rounded' | 'underflow' | 'saturated' | 'infinity' | 'nan-overflow' | 'nan' | 'infinite-input';

export interface BitReadout {
  rounded: number;
  outcome: Outcome;
  /** |rounded - x| / |x| for finite non-zero x and finite rounded; undefined where it means nothing. */
  relativeError: number | undefined;
  absoluteError: number | undefined;
  /** Fields as bit strings, most significant bit first; undefined when the format has no pattern for the result (E2M1 NaN). */
  bits: { sign: string; exponent: string; mantissa: string } | undefined;
  /** The exponent field decoded: the power of two it stands for, or why it does not (subnormal, inf/NaN). */
  exponentMeaning: string;
  subnormal: boolean;
}

const binary = (value: number, width: number): string => value.toString(2).padStart(width, '0');

export function bitReadout(x: number, format: FloatFormatName, saturate: boolean): BitReadout {
  const spec = FLOAT_FORMATS[format];
  const rounded = roundToFloatFormat([x], format, { saturate })[0]!;
  const finite = Number.isFinite(x);
  // Overflow is decided by the unsaturated rounding: 450 in E4M3 rounds to 448 as an ordinary neighbour, 500 saturates.
  const unsaturated = roundToFloatFormat([x], format, { saturate: false })[0]!;
  const overflow = finite && !Number.isFinite(unsaturated);
  let outcome: Outcome;
  if (Number.isNaN(x)) outcome = 'nan';
  else if (!finite && Number.isFinite(rounded)) outcome = 'saturated';
  else if (!finite) outcome = Number.isNaN(rounded) ? 'nan-overflow' : 'infinite-input';
  else if (Number.isNaN(rounded)) outcome = 'nan-overflow';
  else if (!Number.isFinite(rounded)) outcome = 'infinity';
  else if (overflow) outcome = 'saturated';
  else if (rounded === x) outcome = 'exact';
  else if (rounded === 0) outcome = 'underflow';
  else outcome = 'rounded';

  const measurable = finite && Number.isFinite(rounded);
  const absoluteError = measurable ? Math.abs(rounded - x) : undefined;
  const relativeError = measurable && x !== 0 ? Math.abs(rounded - x) / Math.abs(x) : undefined;

  let bits: BitReadout['bits'];
  let exponentMeaning = '';
  let subnormal = false;
  if (!(Number.isNaN(rounded) && !spec.hasNaN)) {
    const f = floatFormatFields(rounded, format, saturate);
    bits = { sign: binary(f.sign, 1), exponent: binary(f.exponent, spec.exponentBits), mantissa: binary(f.mantissa, spec.mantissaBits) };
    const top = 2 ** spec.exponentBits - 1;
    subnormal = f.exponent === 0 && f.mantissa !== 0;
    if (Number.isNaN(rounded)) exponentMeaning = 'NaN pattern';
    else if (!Number.isFinite(rounded) && f.exponent === top) exponentMeaning = 'all ones: infinity';
    else if (f.exponent === 0) exponentMeaning = f.mantissa === 0 ? 'zero' : `subnormal: 2^${1 - spec.bias}, no leading 1`;
    else exponentMeaning = `${f.exponent} − ${spec.bias} = ${f.exponent - spec.bias}: 2^${f.exponent - spec.bias}`;
  }
  return { rounded, outcome, relativeError, absoluteError, bits, exponentMeaning, subnormal };
}

/** One sentence for the outcome, naming the format's limits where they matter. */
export function outcomeText(r: BitReadout, format: FloatFormatName): string {
  const spec = FLOAT_FORMATS[format];
  switch (r.outcome) {
    case 'exact':
      return r.subnormal ? 'Exactly representable (a subnormal).' : 'Exactly representable.';
    case 'rounded':
      return r.subnormal ? 'Rounded to the nearest subnormal: fewer significant bits than a normal value.' : 'Rounded to the nearest representable value (ties to even).';
    case 'underflow':
      return `Below half the smallest subnormal (${spec.minSubnormal}): rounds to zero.`;
    case 'saturated':
      return `Beyond the largest finite value: saturated to ±${spec.max}.`;
    case 'infinity':
      return `Beyond the largest finite value (${spec.max}): overflows to infinity.`;
    case 'nan-overflow':
      return spec.hasNaN
        ? `${format} has no infinity: an overflow without saturation becomes NaN.`
        : `${format} has neither infinity nor NaN: without saturation an overflow has no bit pattern.`;
    case 'nan':
      return spec.hasNaN ? 'NaN stays NaN.' : `${format} has no NaN pattern: NaN cannot be stored.`;
    case 'infinite-input':
      return 'Infinity stays infinity (saturation off).';
  }
}
