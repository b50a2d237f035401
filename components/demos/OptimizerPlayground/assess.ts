/**
 * Turns a core OptimizeResult into what the playground draws and says: the path (cut where it diverged or left the
 * plot), the loss series, and a sentence for the reader ("Adam diverged at step 12: loss became Infinity"). Pure.
 */
import type { OptimizeResult, PlainTestFunction } from '../../../src/core/index';
import { formatNumber } from '../../charts/scales';

export interface RunView {
  points: [number, number][];
  losses: number[];
  diverged: boolean;
  /** Why the path stopped early, for a person; undefined for a normal run. */
  message: string | undefined;
}

/** How far outside the view (in view widths from its centre) a point may go before we call the run diverged. */
const ESCAPE_FACTOR = 10;

export function assessRun(label: string, result: OptimizeResult, view: PlainTestFunction['view']): RunView {
  const points = result.params.map((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN] as [number, number]);
  const losses = [...result.losses];
  if (result.diverged !== undefined) return { points, losses, diverged: true, message: `${label} ${result.diverged.message}.` };
  const cx = (view.xMin + view.xMax) / 2;
  const cy = (view.yMin + view.yMax) / 2;
  const w = (view.xMax - view.xMin) * ESCAPE_FACTOR;
  const h = (view.yMax - view.yMin) * ESCAPE_FACTOR;
  const escaped = points.findIndex(([x, y]) => Math.abs(x - cx) > w || Math.abs(y - cy) > h);
  if (escaped < 0) return { points, losses, diverged: false, message: undefined };
  return {
    points: points.slice(0, escaped + 1),
    losses: losses.slice(0, escaped + 1),
    diverged: true,
    message: `${label} diverged at step ${escaped}: the point flew far outside the plot (loss ${formatNumber(losses[escaped] ?? Number.NaN)}).`,
  };
}

/** The path of an optimizer that cannot move (lr 0). */
export function standingStill(x0: readonly [number, number], loss: number): RunView {
  return { points: [[x0[0], x0[1]]], losses: [loss], diverged: false, message: undefined };
}
