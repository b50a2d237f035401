import { describe, expect, it } from 'vitest';
import { applySweepMessage, startedSweep, sweepOutcome, sweepProgress, workerFailure } from '../../../../components/demos/OptimizerPlayground/sweep-state';

const cell = (finalLoss: number) => ({ finalLoss, stepsToTolerance: null, diverged: false });
const row = (id: number, r: number, n = 4) => ({ type: 'sweep-row' as const, id, row: r, results: Array.from({ length: n }, (_, c) => cell(r * 10 + c)) });

describe('the sweep state', () => {
  it('fills rows in place and counts runs for the bar, with the time since the start', () => {
    let s = startedSweep('k', 12, 4, 1000);
    expect(s.rows).toBe(3);
    expect(sweepProgress(s, 1000)).toEqual({ done: 0, total: 12, elapsedMs: 0, unit: 'run' });
    s = applySweepMessage(s, row(1, 1));
    expect(s.results.map((r) => r?.finalLoss)).toEqual([undefined, undefined, undefined, undefined, 10, 11, 12, 13, undefined, undefined, undefined, undefined]);
    expect(sweepProgress(s, 1600)).toEqual({ done: 4, total: 12, elapsedMs: 600, unit: 'run' });
    expect(sweepOutcome(s)).toBeUndefined();
  });

  it('a cancelled sweep keeps its rows and says how many runs of how many ran', () => {
    let s = startedSweep('k', 12, 4, 0);
    s = applySweepMessage(s, row(1, 0));
    s = applySweepMessage(s, row(1, 1));
    s = applySweepMessage(s, { type: 'sweep-cancelled', id: 1, rowsDone: 2 });
    expect(s.running).toBe(false);
    expect(s.results.filter((r) => r !== undefined)).toHaveLength(8);
    expect(sweepOutcome(s)).toBe('Sweep cancelled after 8 of 12 runs; the heat map keeps them.');
  });

  it('a finished sweep reports its runs and compute time', () => {
    let s = startedSweep('k', 8, 4, 0);
    s = applySweepMessage(applySweepMessage(s, row(1, 0)), row(1, 1));
    s = applySweepMessage(s, { type: 'sweep-done', id: 1, elapsedMs: 42 });
    expect(sweepOutcome(s)).toMatch(/^8 runs done in 42 ms in a worker\./);
  });

  it('a worker whose script did not arrive (an error event with no message) is a load failure, a thrown error is not', () => {
    const s = startedSweep('k', 8, 4, 0);
    const failed = workerFailure(s, {});
    expect(failed).toMatchObject({ running: false, loadFailed: true, again: false, error: undefined });
    expect(sweepOutcome(failed)).toBeUndefined();
    expect(workerFailure(s, { message: 'Uncaught TypeError: x is not a function' })).toMatchObject({
      loadFailed: false,
      error: 'The sweep worker failed: Uncaught TypeError: x is not a function.',
    });
  });

  it('a Retry keeps the failure shown until the new worker answers, and a second failure says "again"', () => {
    const retrying = startedSweep('k', 8, 4, 0, true);
    expect(retrying).toMatchObject({ loadFailed: true, retrying: true, running: true });
    expect(workerFailure(retrying, {})).toMatchObject({ loadFailed: true, retrying: false, again: true });
    expect(applySweepMessage(retrying, row(2, 0))).toMatchObject({ loadFailed: false, retrying: false, again: false, rowsDone: 1 });
  });

  it('names the offending rowLength', () => {
    expect(() => startedSweep('k', 10, 4, 0)).toThrow(/rowLength must be a positive integer dividing the 10 cells \(got 4\)/);
  });
});
