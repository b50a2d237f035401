import { describe, expect, it } from 'vitest';
import { lossFloor, plateauRun } from '../../../../components/demos/ScheduleViewer/plateau-illustration';
import { createPlateauScheduler } from '../../../../src/core/plain';

describe('reduce-on-plateau on the illustrative loss', () => {
  it('sets each step\'s lr exactly as PyTorch\'s scheduler would, fed the loss it drew', () => {
    const run = plateauRun({ lr: 0.1, totalSteps: 100, patience: 10, factor: 0.5 });
    const replay = createPlateauScheduler({ lr: 0.1, patience: 10, factor: 0.5 });
    expect(run.lr).toEqual([0.1, ...run.loss.slice(0, -1).map((l) => replay.step(l))]);
  });

  it('stops improving, gets its lr cut, and then falls again to a lower floor', () => {
    const run = plateauRun({ lr: 0.1, totalSteps: 100, patience: 10, factor: 0.5 });
    const levels = [...new Set(run.lr)];
    expect(levels.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeCloseTo(levels[i - 1]! * 0.5, 12);
    // The first cut comes after the loss has settled near its floor for more than `patience` steps.
    const firstCut = run.lr.findIndex((lr) => lr < 0.1);
    expect(firstCut).toBeGreaterThan(11);
    expect(run.loss[firstCut - 1]).toBeLessThan(lossFloor(0.1, 0.1) * 1.03);
    expect(run.loss.at(-1)).toBeLessThan(lossFloor(0.1, 0.1));
    expect(run.loss.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
  });

  it('never cuts with a patience longer than the run', () => {
    expect(new Set(plateauRun({ lr: 0.2, totalSteps: 50, patience: 60, factor: 0.1 }).lr)).toEqual(new Set([0.2]));
  });
});
