/**
 * LineChart's geometry as a pure function (Node-testable, so a property test can check that no state a demo accepts
 * ever puts NaN or Infinity into an SVG attribute): viewBox size, axes, ticks and each series' pixel coordinates.
 *   const g = lineChartGeometry({ series, logY: true, measuredWidth: 480 });  g.lines[0].points -> ['56.0,12.3', ...]
 */
import { extent, linearScale, logScale, logTicks, niceDomain, niceTicks, px } from './scales';

export type Point = readonly [number, number];

export interface GeometrySeries {
  id: string;
  points: readonly Point[];
  kind?: 'line' | 'points';
}

export interface LineChartInput {
  series: readonly GeometrySeries[];
  logY?: boolean;
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  guideX?: number;
  /** Largest viewBox size (default 480 x 260) and the container's measured width. */
  maxWidth?: number;
  maxHeight?: number;
  measuredWidth?: number;
}

export interface LineChartGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** Tick value and its pixel position. */
  xTicks: { value: number; at: number }[];
  yTicks: { value: number; at: number }[];
  /** Polyline "x,y" pairs per line series, in input order. */
  lines: { id: string; points: string[] }[];
  /** Marker centres per points series (only those inside the domain: markers are not clipped). */
  dots: { id: string; points: [string, string][] }[];
  guide?: number;
}

export const MARGIN = { top: 10, right: 14, bottom: 38, left: 56 };

/** Points the chart can place: finite, and above 0 on a log axis. */
export function usable(points: readonly Point[], logY: boolean): Point[] {
  return points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!logY || y > 0));
}

/** A domain the scales and ticks can use: finite, positive on a log axis (else `fallback`), low end first. */
function safeDomain(d: readonly [number, number] | undefined, logY: boolean, fallback: readonly [number, number]): readonly [number, number] {
  if (d === undefined || !Number.isFinite(d[0]) || !Number.isFinite(d[1]) || (logY && !(d[0] > 0 && d[1] > 0))) return fallback;
  return d[0] <= d[1] ? d : [d[1], d[0]];
}

export function lineChartGeometry(input: LineChartInput): LineChartGeometry {
  const logY = input.logY ?? false;
  const maxWidth = input.maxWidth ?? 480;
  const maxHeight = input.maxHeight ?? 260;
  const width = Math.max(240, Math.min(maxWidth, input.measuredWidth ?? maxWidth));
  const height = Math.round(Math.max(190, (maxHeight * width) / maxWidth));
  const all = input.series.flatMap((s) => usable(s.points, logY));
  const xd = safeDomain(input.xDomain ?? extent(all.map((p) => p[0])), false, [0, 1]);
  // A fitted y-range is widened to round values, so the lowest point is not drawn on the axis below the first tick.
  const fitted = extent(all.map((p) => p[1]), logY);
  const fallbackY: readonly [number, number] = logY ? [0.1, 1] : [0, 1];
  const yd = safeDomain(input.yDomain ?? (fitted === undefined ? undefined : niceDomain(fitted[0], fitted[1], logY)), logY, fallbackY);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const x = linearScale(xd, [left, right]);
  const y = logY ? logScale(yd, [bottom, top]) : linearScale(yd, [bottom, top]);
  const xTicks = niceTicks(xd[0], xd[1], Math.max(3, Math.round(width / 90))).map((value) => ({ value, at: x(value) }));
  const yTicks = (logY ? logTicks(yd[0], yd[1]) : niceTicks(yd[0], yd[1], 5)).map((value) => ({ value, at: y(value) }));
  const inside = ([px0, py]: Point) => px0 >= Math.min(...xd) && px0 <= Math.max(...xd) && py >= Math.min(...yd) && py <= Math.max(...yd);
  const lines = input.series.filter((s) => s.kind !== 'points').map((s) => ({ id: s.id, points: usable(s.points, logY).map(([a, b]) => `${px(x(a))},${px(y(b))}`) }));
  const dots = input.series
    .filter((s) => s.kind === 'points')
    .map((s) => ({ id: s.id, points: usable(s.points, logY).filter(inside).map(([a, b]) => [px(x(a)), px(y(b))] as [string, string]) }));
  const guide = input.guideX !== undefined && Number.isFinite(input.guideX) ? Number(px(x(input.guideX))) : undefined;
  return { width, height, left, right, top, bottom, xDomain: xd, yDomain: yd, xTicks, yTicks, lines, dots, ...(guide === undefined ? {} : { guide }) };
}
