/**
 * Scales, ticks and number formatting for the chart family (pure, Node-testable):
 *   const x = linearScale([0, 100], [left, right]); x(50)
 *   const y = logScale([1e-3, 10], [bottom, top]);  niceTicks(0, 100, 5); logTicks(1e-3, 10)
 */
export type Scale = (value: number) => number;

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  // A domain wider than the largest double (-1e308..1e308, a diverged run) would give Infinity / Infinity = NaN:
  // then work in halves, which cannot overflow.
  if (!Number.isFinite(span)) return (v) => r0 + ((v / 2 - d0 / 2) / (d1 / 2 - d0 / 2)) * (r1 - r0);
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  return (v) => inner(Math.log10(Math.max(v, domain[0])));
}

/** The round step (1, 2, 5 x 10^k) for about `count` ticks over [min, max]. */
function niceStep(min: number, max: number, count: number): number {
  // max/count - min/count, not (max - min)/count: the difference of two huge values overflows to Infinity.
  const raw = max / Math.max(1, count) - min / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  // Near the largest double 2e308 overflows to Infinity: fall back to the power itself (a few more ticks).
  return Number.isFinite(step) ? step : power;
}

/** The next smaller round step: 10 -> 5 -> 2 -> 1 -> 0.5 ... */
function smallerStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const mantissa = Math.round(step / power);
  return mantissa === 1 ? power / 2 : mantissa === 2 ? power : 2 * power;
}

function ticksWithStep(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  // Counted, not `t += step`: when step is below t's precision (a range 1e-20 wide at 1e150) t never grows; and a
  // step too small for the range (or non-finite) gives no ticks rather than a frozen page.
  const first = Math.ceil(min / step - 1e-9);
  const count = Math.floor(max / step + 1e-9) - first + 1;
  if (!(step > 0) || !Number.isFinite(step) || !Number.isFinite(first) || !(count <= 1000)) return ticks;
  for (let i = 0; i < count; i++) {
    const t = Number(((first + i) * step).toPrecision(12));
    if (ticks.length === 0 || t > ticks[ticks.length - 1]!) ticks.push(t);
  }
  return ticks;
}

/**
 * About `count` round ticks (1, 2, 5 x 10^k steps) covering [min, max], and never fewer than three when count allows:
 * a narrow chart asking for 3 ticks over [-4, 4] gets -4, -2, 0, 2, 4 rather than a lone 0.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  let step = niceStep(min, max, count);
  let ticks = ticksWithStep(min, max, step);
  for (let tries = 0; tries < 3 && ticks.length < Math.min(3, count); tries++) {
    step = smallerStep(step);
    ticks = ticksWithStep(min, max, step);
  }
  return ticks;
}

/**
 * [min, max] widened outward to round values, so the data never ends exactly on the plot's edge below the last tick
 * (linear: multiples of the tick step; log: the nearest 1, 2, 5 x 10^k).
 */
export function niceDomain(min: number, max: number, logY: boolean, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min === max) return [min, max];
  if (logY) {
    if (!(min > 0)) return [min, max];
    const down = (v: number) => {
      const p = 10 ** Math.floor(Math.log10(v));
      return [5, 2, 1].map((m) => m * p).find((c) => c <= v * (1 + 1e-9)) ?? p;
    };
    const up = (v: number) => {
      const p = 10 ** Math.floor(Math.log10(v));
      return [1, 2, 5, 10].map((m) => m * p).find((c) => c >= v * (1 - 1e-9)) ?? 10 * p;
    };
    return [down(min), up(max)];
  }
  const step = niceStep(min, max, count);
  const lo = Number((Math.floor(min / step + 1e-9) * step).toPrecision(12));
  const hi = Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12));
  // Rounding outward past the largest double (1.5e308 -> 2e308) would give an infinite axis: keep the data's range.
  return [Number.isFinite(lo) ? lo : min, Number.isFinite(hi) ? hi : max];
}

/** Powers of ten inside [min, max] (min > 0), thinned to at most ~6; adds 2x and 5x when the range is under two decades. */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > min)) return min > 0 ? [min] : [];
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const decades = hi - lo;
  const every = Math.max(1, Math.ceil(decades / 6));
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k += every) {
    const mults = Math.log10(max / min) <= 2 ? [1, 2, 5] : [1];
    for (const m of mults) {
      const t = m * 10 ** k;
      if (Number.isFinite(t) && t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9)) ticks.push(Number(t.toPrecision(12)));
    }
  }
  return ticks;
}

/**
 * A pixel coordinate safe for SVG attributes: far-away points (a diverging run) are pulled in to +-1e5 px, which stays
 * off the clipped plot but keeps the direction, and never prints as 1e+38 (which SVG parsers reject).
 */
export function px(value: number): string {
  return Math.min(1e5, Math.max(-1e5, value)).toFixed(1);
}

/** Shortest readable number: 0.001, 3e-5, 12.5, 1.2e6. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e5) return String(Number(value.toPrecision(3)));
  return value.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/** [min, max] of finite values, widened a little when flat; undefined when there are none. */
export function extent(values: Iterable<number>, positiveOnly = false): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return undefined;
  if (lo === hi) return positiveOnly ? [lo / 2, hi * 2] : [lo - (Math.abs(lo) || 1) * 0.5, hi + (Math.abs(hi) || 1) * 0.5];
  return [lo, hi];
}
