/**
 * Pure helpers behind ContourPlot: log-spaced contour levels and d3-contour polygons -> SVG path data.
 *   const levels = logLevels(values, 16);
 *   const paths = contourPaths(values, grid, levels, (x, y) => [sx(x), sy(y)]);
 */
import { contours } from 'd3-contour';
import type { GridSpec } from '../../src/core/index';
import { linearScale, niceTicks, px, type Scale } from './scales';

/** The sampling grid the values were evaluated on (the core's GridSpec). */
export type GridShape = GridSpec;

/**
 * `count` levels between min and max whose distance above the minimum grows geometrically, so the valley floor
 * (where optimizers end up) gets as many contours as the steep walls. Non-finite values are ignored.
 */
export function logLevels(values: ArrayLike<number>, count: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo) || count < 1) return [];
  const span = hi - lo;
  const first = Math.log10(span * 10 ** -3.5);
  const last = Math.log10(span * 0.9);
  return Array.from({ length: count }, (_, k) => lo + 10 ** (first + ((last - first) * k) / Math.max(1, count - 1)));
}

/** One SVG path per level (region where f >= level), in the coordinates `project` returns. */
export function contourPaths(values: ArrayLike<number>, grid: GridShape, levels: readonly number[], project: (x: number, y: number) => [number, number]): { level: number; d: string }[] {
  const data = Array.from(values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  const dx = (grid.xMax - grid.xMin) / (grid.nx - 1);
  const dy = (grid.yMax - grid.yMin) / (grid.ny - 1);
  // d3-contour puts sample i at cell [i, i + 1]; shift by half a cell to land on the sample positions.
  const toData = (gx: number, gy: number): [number, number] => project(grid.xMin + (gx - 0.5) * dx, grid.yMin + (gy - 0.5) * dy);
  return contours()
    .size([grid.nx, grid.ny])
    .thresholds([...levels])(data)
    .map((polygon) => ({
      level: polygon.value,
      d: polygon.coordinates
        .flatMap((rings) =>
          rings.map((ring) =>
            ring
              .map((position, i) => {
                const [x, y] = toData(position[0]!, position[1]!);
                return `${i === 0 ? 'M' : 'L'}${px(x)},${px(y)}`;
              })
              .join('') + 'Z',
          ),
        )
        .join(''),
    }))
    .filter((p) => p.d !== '');
}

/** ContourPlot's plot box for a square viewBox of `size` px. */
export const CONTOUR_MARGIN = { top: 8, right: 8, bottom: 30, left: 40 };

export interface ContourOverlay {
  left: number;
  right: number;
  top: number;
  bottom: number;
  sx: Scale;
  sy: Scale;
  xTicks: { value: number; at: number }[];
  yTicks: { value: number; at: number }[];
  /** Each path's finite points in px (pulled in to +-1e5 like every chart coordinate). */
  trajectories: { id: string; points: (readonly [number, number])[] }[];
  start: readonly [number, number];
  minima: (readonly [number, number])[];
}

/**
 * The coordinates ContourPlot draws over the contours (pure): axes' ticks, the paths, the start marker and the
 * minima. Every coordinate goes through px(), so a far-away start or a diverged path never reaches the SVG as
 * 1e+308 or NaN.
 */
export function contourOverlay(grid: GridShape, size: number, trajectories: readonly { id: string; points: readonly (readonly [number, number])[] }[], start: readonly [number, number], minima: readonly (readonly [number, number])[] = []): ContourOverlay {
  const left = CONTOUR_MARGIN.left;
  const right = size - CONTOUR_MARGIN.right;
  const top = CONTOUR_MARGIN.top;
  const bottom = size - CONTOUR_MARGIN.bottom;
  const sx = linearScale([grid.xMin, grid.xMax], [left, right]);
  const sy = linearScale([grid.yMin, grid.yMax], [bottom, top]);
  const at = (x: number, y: number) => [Number(px(sx(x))), Number(px(sy(y)))] as const;
  return {
    left, right, top, bottom, sx, sy,
    xTicks: niceTicks(grid.xMin, grid.xMax, 5).map((value) => ({ value, at: sx(value) })),
    yTicks: niceTicks(grid.yMin, grid.yMax, 5).map((value) => ({ value, at: sy(value) })),
    trajectories: trajectories.map((t) => ({ id: t.id, points: t.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]) => at(x, y)) })),
    start: Number.isFinite(start[0]) && Number.isFinite(start[1]) ? at(start[0], start[1]) : at((grid.xMin + grid.xMax) / 2, (grid.yMin + grid.yMax) / 2),
    minima: minima.map(([x, y]) => at(x, y)),
  };
}
