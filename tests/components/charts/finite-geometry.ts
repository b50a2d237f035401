/**
 * Helpers for the "no chart ever draws NaN or Infinity" property tests: a small seeded generator (mulberry32, so a
 * failure reproduces) and a check that every number in a chart's geometry is finite. Not a test file itself.
 */
import type { LineChartGeometry } from '../../../components/charts/line-chart-geometry';
import { mulberry32 } from '../../../src/core/random';

export type Rng = () => number;

export const seededRng: (seed: number) => Rng = mulberry32;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** The paths of every non-finite number (or number-like SVG string) inside `value`, e.g. ["lines[0].points[3]"]. */
export function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') {
    // Coordinate strings ("12.0,-3.5", "M1,2L3,4Z"): any NaN/Infinity, or a number token that does not parse.
    if (/NaN|Infinity/.test(value)) return [`${path} = "${value.slice(0, 60)}"`];
    const tokens = /^[-+\d.eE,\sMLZ]+$/.test(value) ? value.split(/[\s,MLZ]+/).filter((t) => t !== '') : [];
    return tokens.some((t) => !Number.isFinite(Number(t))) ? [`${path} = "${value.slice(0, 60)}"`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, path === '' ? k : `${path}.${k}`));
  return [];
}

/** Every coordinate of a line chart, finite; also at least one tick per axis so the chart is readable. */
export function lineChartProblems(g: LineChartGeometry): string[] {
  const problems = nonFinite(g);
  if (g.xTicks.length === 0) problems.push('no x ticks');
  if (g.yTicks.length === 0) problems.push('no y ticks');
  return problems;
}
