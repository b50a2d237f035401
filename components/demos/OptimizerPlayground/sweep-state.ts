/**
 * The sweep as the panel sees it, and how each message of the sweep worker changes it (pure, so the rules are tested
 * without a worker: tests/components/demos/OptimizerPlayground/sweep-state.test.ts). use-sweep.ts owns the worker.
 *   let s = startedSweep(key, 576, 24, performance.now());
 *   s = applySweepMessage(s, message);   sweepProgress(s, performance.now());   sweepOutcome(s)
 */
import type { JobProgress } from '../../../src/core/index';
import type { SweepCellResult } from '../../../src/core/plain';
import type { SweepMessage } from '../../../src/core/worker/sweep-worker-types';
import { formatNumber } from '../../charts/scales';

export interface SweepState {
  key: string | undefined;
  results: (SweepCellResult | undefined)[];
  rowLength: number;
  rowsDone: number;
  rows: number;
  running: boolean;
  /** performance.now() at the start, for the time left. */
  startedAt: number;
  elapsedMs: number | undefined;
  error: string | undefined;
  /** Stopped by the reader's Cancel; the rows done stay. */
  cancelled: boolean;
  /** The worker's script could not be downloaded (offline, blocked, or gone after a redeploy). */
  loadFailed: boolean;
  /** A Retry is under way after `loadFailed` (the message stays until the new worker answers). */
  retrying: boolean;
  /** The worker failed to load again after a Retry. */
  again: boolean;
}

export const IDLE_SWEEP: SweepState = {
  key: undefined,
  results: [],
  rowLength: 1,
  rowsDone: 0,
  rows: 0,
  running: false,
  startedAt: 0,
  elapsedMs: undefined,
  error: undefined,
  cancelled: false,
  loadFailed: false,
  retrying: false,
  again: false,
};

/**
 * A sweep of `cells` runs, `rowLength` per row, that has just been sent to the worker; `retrying` after a worker that
 * did not load, so the failure message stays (saying "Retrying…") until the new worker answers.
 */
export function startedSweep(key: string, cells: number, rowLength: number, now: number, retrying = false): SweepState {
  if (!Number.isInteger(rowLength) || rowLength < 1 || cells % rowLength !== 0) {
    throw new Error(`rowLength must be a positive integer dividing the ${cells} cells (got ${rowLength}) in startedSweep`);
  }
  return {
    ...IDLE_SWEEP,
    key,
    results: new Array<SweepCellResult | undefined>(cells).fill(undefined),
    rowLength,
    rows: cells / rowLength,
    running: true,
    startedAt: now,
    loadFailed: retrying,
    retrying,
  };
}

/** The state after one message of this sweep's worker (messages of older sweeps are filtered out before). */
export function applySweepMessage(s: SweepState, m: SweepMessage): SweepState {
  switch (m.type) {
    case 'sweep-row': {
      const results = s.results.slice();
      m.results.forEach((r, c) => (results[m.row * s.rowLength + c] = r));
      return { ...s, results, rowsDone: s.rowsDone + 1, loadFailed: false, retrying: false, again: false };
    }
    case 'sweep-done':
      return { ...s, running: false, elapsedMs: m.elapsedMs };
    case 'sweep-cancelled':
      return { ...s, running: false, cancelled: true, rowsDone: m.rowsDone };
    case 'sweep-error':
      return { ...s, running: false, error: m.message };
  }
}

/**
 * The worker's error event: a script that never arrived comes as a bare event with no message (then the panel offers
 * Retry); an exception inside the worker has one (then it is a bug, reported as such).
 */
export function workerFailure(s: SweepState, event: { message?: string }): SweepState {
  const message = typeof event.message === 'string' ? event.message : '';
  if (message === '') return { ...s, running: false, loadFailed: true, retrying: false, again: s.retrying };
  return { ...s, running: false, error: `The sweep worker failed: ${message}.` };
}

/** For the progress bar: runs done of all runs, and the time since the start. */
export function sweepProgress(s: SweepState, now: number): JobProgress {
  const total = s.rows * s.rowLength;
  return { done: Math.min(total, s.rowsDone * s.rowLength), total, elapsedMs: Math.max(0, now - s.startedAt), unit: 'run' };
}

/** The status line's text once the sweep has ended (undefined while it runs or when it failed). */
export function sweepOutcome(s: SweepState): string | undefined {
  if (s.running || s.error !== undefined || s.loadFailed || s.key === undefined) return undefined;
  const { done, total } = sweepProgress(s, s.startedAt);
  if (s.cancelled) return `Sweep cancelled after ${done} of ${total} runs; the heat map keeps them.`;
  return `${total} runs done in ${formatNumber(s.elapsedMs ?? 0)} ms in a worker. Select a cell (click, or arrow keys and Enter) to replay its run.`;
}
