/**
 * What the log axis of a format shows: its positive finite values grouped by binade [2^e, 2^(e+1)), with how many
 * values each holds and whether it is subnormal. Counted from the format's parameters, not by enumerating patterns,
 * so bf16's 32,000-odd values cost nothing. Pure; tested in tests/components/demos/NumberFormats/.
 */
import type { FloatFormatSpec } from '../../../src/core/plain';
import { linearScale } from '../../charts/scales';

export interface Binade {
  /** The binade is [2^exponent, 2^(exponent + 1)). */
  exponent: number;
  /** Representable positive values inside it. */
  count: number;
  subnormal: boolean;
}

/**
 * Every binade holding a positive finite value, smallest first. Subnormals k * minSubnormal (k = 1 .. 2^m - 1) put
 * 2^j values in the j-th binade above minSubnormal; each normal binade holds 2^m values, except the top one, which
 * stops at max (E4M3 gives its last pattern to NaN: 7 values, not 8).
 */
export function binadesOf(spec: FloatFormatSpec): Binade[] {
  const m = spec.mantissaBits;
  const lowest = 1 - spec.bias;
  const out: Binade[] = [];
  for (let j = 0; j < m; j++) out.push({ exponent: lowest - m + j, count: 2 ** j, subnormal: true });
  for (let e = lowest; e < spec.emax; e++) out.push({ exponent: e, count: 2 ** m, subnormal: false });
  out.push({ exponent: spec.emax, count: (spec.max / 2 ** spec.emax - 1) * 2 ** m + 1, subnormal: false });
  return out;
}

/** Number of positive finite values (the negative side mirrors it; zero is one more value, twice with -0). */
export function positiveValueCount(spec: FloatFormatSpec): number {
  return binadesOf(spec).reduce((sum, b) => sum + b.count, 0);
}

/** Few enough values to draw each one as its own tick on a ~300 px axis. */
export const MAX_TICKED_VALUES = 256;

/** Every positive finite value, ascending, when there are at most MAX_TICKED_VALUES of them; otherwise undefined. */
export function positiveValues(spec: FloatFormatSpec): number[] | undefined {
  if (positiveValueCount(spec) > MAX_TICKED_VALUES) return undefined;
  const values: number[] = [];
  for (let k = 1; k < 2 ** spec.mantissaBits; k++) values.push(k * spec.minSubnormal);
  for (const b of binadesOf(spec)) {
    if (b.subnormal) continue;
    for (let k = 0; k < b.count; k++) values.push((1 + k / 2 ** spec.mantissaBits) * 2 ** b.exponent);
  }
  return values;
}

/** The axis's log2 domain: from one binade below the smallest subnormal to two above the max (the overflow region). */
export function axisDomain(spec: FloatFormatSpec): [number, number] {
  return [Math.log2(spec.minSubnormal) - 1, Math.ceil(Math.log2(spec.max)) + 2];
}

/** Powers of two to label on the axis: about `count` evenly spaced exponents, always including 0 when in range. */
export function powerTicks([lo, hi]: readonly [number, number], count = 5): number[] {
  const step = Math.max(1, Math.ceil((hi - lo) / count));
  const first = Math.ceil(lo / step) * step;
  const ticks: number[] = [];
  for (let e = first; e <= hi; e += step) ticks.push(e);
  return ticks;
}

/** FormatAxis's viewBox width and the x of every mark it draws (pure, for the property test over the URL states). */
export const AXIS_W = 320;

export interface FormatAxisPositions {
  domain: [number, number];
  subLeft: number;
  normalLeft: number;
  maxX: number;
  /** One x per value (few values) or one [left, right) per binade (many). */
  valueXs: number[] | undefined;
  binadeXs: [number, number][];
  ticks: { exponent: number; x: number }[];
  /** The typed number's magnitude, clamped into the axis; undefined for 0, NaN, infinities and no number. */
  markerX: number | undefined;
}

export function formatAxisPositions(spec: FloatFormatSpec, marker: number | undefined): FormatAxisPositions {
  const domain = axisDomain(spec);
  const x = linearScale(domain, [4, AXIS_W - 4]);
  const values = positiveValues(spec);
  return {
    domain,
    subLeft: x(Math.log2(spec.minSubnormal)),
    normalLeft: x(Math.log2(spec.minNormal)),
    maxX: x(Math.log2(spec.max)),
    valueXs: values?.map((v) => x(Math.log2(v))),
    binadeXs: binadesOf(spec).map((b) => [x(b.exponent), x(b.exponent + 1)]),
    ticks: powerTicks(domain).map((exponent) => ({ exponent, x: x(exponent) })),
    markerX: marker !== undefined && Number.isFinite(marker) && marker > 0 ? x(Math.min(domain[1], Math.max(domain[0], Math.log2(marker)))) : undefined,
  };
}
