/**
 * Pure helpers behind ContourPlot: log-spaced contour levels and d3-contour polygons -> SVG path data.
 *   const levels = logLevels(values, 16);
 *   const paths = contourPaths(values, grid, levels, (x, y) => [sx(x), sy(y)]);
 */
import { contours } from 'd3-contour';
import type { GridSpec } from '../../src/core/index';
import { px } from './scales';

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
