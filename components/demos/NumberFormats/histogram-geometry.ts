/**
 * ErrorHistogram's bars and tick positions as a pure function, so a property test can check that no weight setting
 * the URL accepts puts NaN into the SVG (an empty or one-point range would divide by zero).
 */
import type { ErrorHistogram } from './weight-errors';

export const HIST_W = 320;
export const HIST_H = 80;
const TOP = 6;

export interface HistogramGeometry {
  bars: { x: number; y: number; width: number; height: number }[];
  /** Tick value and its x. */
  ticks: { value: number; x: number }[];
}

export function histogramGeometry({ edges, counts, kind }: Pick<ErrorHistogram, 'edges' | 'counts' | 'kind'>): HistogramGeometry {
  const lo = edges[0] ?? 0;
  const hi = edges[edges.length - 1] ?? 1;
  const span = Number.isFinite(hi - lo) && hi > lo ? hi - lo : 1;
  const peak = Math.max(1, ...counts);
  const w = HIST_W / Math.max(1, counts.length);
  const ticks = kind === 'relative' ? Array.from({ length: Math.min(50, Math.max(0, Math.round(span)) + 1) }, (_, k) => lo + k) : [lo, 0, hi];
  return {
    bars: counts.map((c, i) => {
      const h = ((HIST_H - TOP) * c) / peak;
      return { x: i * w + 0.5, y: HIST_H - h, width: Math.max(0.5, w - 1), height: h };
    }),
    ticks: ticks.map((value) => ({ value, x: ((value - lo) / span) * HIST_W })),
  };
}
