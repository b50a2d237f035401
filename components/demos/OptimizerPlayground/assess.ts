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
  /** The step the message names: the first non-finite one, or the first point far outside the plot. */
  divergedAt?: number;
  /** Why the path stopped early, for a person; undefined for a normal run. */
  message: string | undefined;
}

/** How far outside the view (in view widths from its centre) a point may go before we call the run diverged. */
const ESCAPE_FACTOR = 10;

export function assessRun(label: string, result: OptimizeResult, view: PlainTestFunction['view']): RunView {
  const points = result.params.map((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN] as [number, number]);
  const losses = [...result.losses];
  if (result.diverged !== undefined) return { points, losses, diverged: true, divergedAt: result.diverged.step, message: `${label} ${result.diverged.message}.` };
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
    divergedAt: escaped,
    message: `${label} diverged at step ${escaped}: the point flew far outside the plot (loss ${formatNumber(losses[escaped] ?? Number.NaN)}).`,
  };
}

/** The path of an optimizer that cannot move (lr 0). */
export function standingStill(x0: readonly [number, number], loss: number): RunView {
  return { points: [[x0[0], x0[1]]], losses: [loss], diverged: false, message: undefined };
}

/** The Step cell of the readout: the shown step, and where a diverged run stopped, in the warning's own numbering. */
export function stepCell(view: RunView | undefined, shown: number): string {
  if (view === undefined) return '0';
  const k = Math.min(shown, view.losses.length - 1);
  if (!view.diverged || k !== view.losses.length - 1) return String(k);
  return view.divergedAt !== undefined && view.divergedAt > k ? `${k}, diverged at ${view.divergedAt}` : `${k} (diverged)`;
}

/** How far past the runs' starting losses the loss chart's axis may reach, so one exploding run cannot flatten the rest. */
const LOSS_HEADROOM = 1e3;

/**
 * The loss chart's y-range: the data's own range, capped at LOSS_HEADROOM times the largest starting loss (log axis),
 * or that many starting-loss spans beyond the start (linear axis). Values past the cap leave the plot, clipped; the
 * divergence warning says what happened. Undefined lets the chart fit the data when nothing needs capping.
 */
export function lossDomain(series: readonly (readonly number[])[], logY: boolean): [number, number] | undefined {
  const finite = series.flatMap((s) => s.filter((v) => Number.isFinite(v) && (!logY || v > 0)));
  const starts = series.map((s) => s[0]).filter((v): v is number => v !== undefined && Number.isFinite(v) && (!logY || v > 0));
  if (finite.length === 0 || starts.length === 0) return undefined;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (logY) {
    const cap = Math.max(...starts) * LOSS_HEADROOM;
    return hi > cap ? [lo, cap] : undefined;
  }
  const span = Math.max(1, Math.max(...starts.map(Math.abs)));
  const capHi = Math.max(...starts) + LOSS_HEADROOM * span;
  const capLo = Math.min(...starts) - LOSS_HEADROOM * span;
  return hi > capHi || lo < capLo ? [Math.max(lo, capLo), Math.min(hi, capHi)] : undefined;
}
