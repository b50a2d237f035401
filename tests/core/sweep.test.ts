import { describe, expect, it } from 'vitest';
import { optimizePlain } from '../../src/core/optimize-plain';
import { withGradientNoise } from '../../src/core/gradient-noise';
import { getPlainTestFunction, plainProblem } from '../../src/core/plain-functions';
import { linSpace, logSpace, runSweep, sweepCell, type SweepSpec } from '../../src/core/sweep';
import type { OptimizerConfig } from '../../src/core/optimizers/config-types';

const lrs = logSpace(1e-3, 1, 4);
const moms = [0, 0.5, 0.9];
const configs: OptimizerConfig[] = moms.flatMap((momentum) => lrs.map((lr) => ({ name: 'sgd', lr, momentum }) as const));
const spec: SweepSpec = { testFunction: 'quadratic', x0: [1, -2], steps: 100, configs, tolerance: 1e-3 };

describe('logSpace and linSpace', () => {
  it('span the range evenly', () => {
    expect(logSpace(1e-3, 1, 4).map((v) => Math.log10(v))).toEqual([-3, -2, -1, 0].map((v) => expect.closeTo(v, 12)));
    expect(linSpace(0, 0.9, 4)).toEqual([0, 0.3, 0.6, 0.9].map((v) => expect.closeTo(v, 12)));
  });
  it('reject bad ranges with the fix', () => {
    expect(() => logSpace(0, 1, 4)).toThrow(/0 < min < max/);
    expect(() => linSpace(0, 1, 1)).toThrow(/n must be an integer >= 2/);
  });
});

describe('runSweep', () => {
  it('returns one result per config, streamed row by row', () => {
    const rows: number[] = [];
    const all = runSweep(spec, lrs.length, (row, results) => {
      rows.push(row);
      expect(results).toHaveLength(lrs.length);
    });
    expect(rows).toEqual([0, 1, 2]);
    expect(all).toHaveLength(configs.length);
  });

  it('each cell equals the final loss of the same run with optimizePlain (what the page replays)', () => {
    const fn = getPlainTestFunction('rosenbrock');
    const noise = { sigma: 0.5, seed: 4 };
    const config: OptimizerConfig = { name: 'adam', lr: 0.05 };
    const cell = sweepCell(fn, config, { x0: fn.start, steps: 150, tolerance: 1e-2, noise });
    const replay = optimizePlain({ optimizer: config, problem: withGradientNoise(plainProblem(fn), noise), x0: fn.start, steps: 150 });
    expect(cell.finalLoss).toBe(replay.losses.at(-1));
    const first = replay.losses.findIndex((l) => l <= 1e-2);
    expect(cell.stepsToTolerance).toBe(first < 0 ? null : first);
  });

  it('a too-large learning rate diverges; a good one reaches the tolerance', () => {
    const all = runSweep({ ...spec, configs: [{ name: 'sgd', lr: 0.25 }, { name: 'sgd', lr: 0.1 }] }, 2);
    expect(all[0]).toEqual({ finalLoss: Infinity, stepsToTolerance: null, diverged: true });
    expect(all[1]!.diverged).toBe(false);
    expect(all[1]!.stepsToTolerance).toBeGreaterThan(0);
    expect(all[1]!.finalLoss).toBeLessThan(1e-3);
  });

  it('momentum reaches the tolerance in fewer steps than plain SGD at the same small lr', () => {
    const [sgd, mom] = runSweep({ ...spec, configs: [{ name: 'sgd', lr: 0.01 }, { name: 'sgd', lr: 0.01, momentum: 0.9 }], steps: 400 }, 2);
    expect(mom!.stepsToTolerance!).toBeLessThan(sgd!.stepsToTolerance ?? Infinity);
  });

  it('has no steps-to-tolerance on a function without a known minimum', () => {
    const [r] = runSweep({ ...spec, testFunction: 'saddle', x0: [1.5, 0.01], configs: [{ name: 'sgd', lr: 0.01 }] }, 1);
    expect(r!.stepsToTolerance).toBeNull();
  });

  it('rejects a row length that does not divide the configs, and bad budgets', () => {
    expect(() => runSweep(spec, 5)).toThrow(/rowLength must be an integer >= 1 that divides the 12 configs/);
    expect(() => runSweep({ ...spec, steps: 0 }, 4)).toThrow(/steps must be an integer >= 1/);
  });
});
