import { describe, expect, it } from 'vitest';
import { arrayOps } from '../../../src/core/optimizers/array-ops';
import { averageStep, INITIAL_AVERAGE, scheduleFreeEvalPoint, scheduleFreeMove } from '../../../src/core/optimizers/schedule-free';

describe('schedule-free averaging', () => {
  it('warms lr up linearly and weights the average by lrMax^weightLrPower, so warmup steps count less', () => {
    const config = { warmupSteps: 4, r: 0, weightLrPower: 2 };
    let average = INITIAL_AVERAGE;
    const seen: { lr: number; ckp1: number }[] = [];
    for (let k = 0; k < 6; k++) {
      const out = averageStep(config, average, k, 0.1);
      average = out.average;
      seen.push({ lr: out.lr, ckp1: out.ckp1 });
    }
    expect(seen.map((s) => s.lr)).toEqual([0.025, 0.05, 0.07500000000000001, 0.1, 0.1, 0.1]);
    // Step 1 takes all the weight; then weight_k / sum of weights, with weight = lrMax^2.
    expect(seen[0]!.ckp1).toBe(1);
    expect(seen[1]!.ckp1).toBeCloseTo(0.05 ** 2 / (0.025 ** 2 + 0.05 ** 2), 15);
    expect(average.lrMax).toBe(0.1);
  });

  it('gives equal weights without warmup and r = 0 (ckp1 = 1/(k+1): x is the plain average of the z iterates)', () => {
    let average = INITIAL_AVERAGE;
    for (let k = 0; k < 5; k++) {
      const out = averageStep({ warmupSteps: 0, r: 0, weightLrPower: 2 }, average, k, 0.3);
      expect(out.ckp1).toBeCloseTo(1 / (k + 1), 15);
      average = out.average;
    }
  });

  it('keeps x = (y - (1 - beta) z) / beta between the moves, as the reference eval() recovers it', () => {
    const y = Float64Array.from([1, -2]);
    const z = Float64Array.from([0.5, 3]);
    const x = scheduleFreeEvalPoint(arrayOps, y, z, 0.9);
    expect(x[0]).toBeCloseTo((1 - 0.1 * 0.5) / 0.9, 14);
    expect(x[1]).toBeCloseTo((-2 - 0.1 * 3) / 0.9, 14);
    // With ckp1 = 1 and no step the move puts y on z.
    const moved = scheduleFreeMove(arrayOps, y, z, Float64Array.from([0, 0]), 0.1, 1, 0.9);
    expect(Array.from(moved.y)).toEqual([0.5, 3]);
  });
});
