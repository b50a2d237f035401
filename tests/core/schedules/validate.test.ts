import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/core/schedules/descriptor';
import { validateSchedule } from '../../../src/core/schedules/validate';

describe('validateSchedule for the issue 14 schedules', () => {
  it.each([
    [{ name: 'cyclic', maxLr: 0.1 }],
    [{ name: 'cyclic', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 4, stepSizeDown: 6, mode: 'exp_range', gamma: 0.99 }],
    [{ name: 'reduce-on-plateau' }],
    [{ name: 'reduce-on-plateau', mode: 'max', factor: 0.5, patience: 0, threshold: 0, thresholdMode: 'abs', cooldown: 2, minLr: 1e-5, eps: 0 }],
    [{ name: 'warmup-stable-decay', warmupSteps: 0, totalSteps: 1 }],
    [{ name: 'warmup-stable-decay', lrMax: 0.1, lrMin: 0.1, warmupSteps: 5, totalSteps: 10, decayFraction: 0.5, decayShape: 'cosine' }],
  ])('accepts %o', (schedule) => {
    expect(() => validateSchedule(schedule as Schedule)).not.toThrow();
  });

  it.each([
    [{ name: 'cyclic' }, 'maxLr must be a finite number > 0 (got undefined) in schedule "cyclic"'],
    [{ name: 'cyclic', maxLr: 0.1, stepSizeUp: 0 }, 'stepSizeUp must be a finite number > 0 (got 0) in schedule "cyclic"'],
    [{ name: 'cyclic', maxLr: 0.1, mode: 'triangle' }, 'mode must be one of "triangular", "triangular2", "exp_range" (got "triangle") in schedule "cyclic"'],
    [{ name: 'cyclic', maxLr: 0.1, maxMomentum: 1 }, 'maxMomentum must be a finite number in [0, 1) (got 1) in schedule "cyclic"'],
    [{ name: 'cyclic', maxLr: 0.1, scaleMode: 'epoch' }, 'scaleMode must be one of "cycle", "iterations" (got "epoch")'],
    [{ name: 'reduce-on-plateau', factor: 1 }, 'factor must be a finite number in [0, 1) (got 1) in schedule "reduce-on-plateau"'],
    [{ name: 'reduce-on-plateau', patience: 1.5 }, 'patience must be a finite integer >= 0 (got 1.5) in schedule "reduce-on-plateau"'],
    [{ name: 'reduce-on-plateau', mode: 'minimum' }, 'mode must be one of "min", "max" (got "minimum")'],
    [{ name: 'reduce-on-plateau', thresholdMode: 'relative' }, 'thresholdMode must be one of "rel", "abs"'],
    [{ name: 'reduce-on-plateau', cooldown: -1 }, 'cooldown must be a finite integer >= 0 (got -1)'],
    [{ name: 'reduce-on-plateau', minLr: -1 }, 'minLr must be a finite number >= 0 (got -1)'],
    [{ name: 'warmup-stable-decay', totalSteps: 10 }, 'warmupSteps must be a finite integer >= 0 (got undefined) in schedule "warmup-stable-decay"'],
    [{ name: 'warmup-stable-decay', warmupSteps: 0, totalSteps: 0 }, 'totalSteps must be a finite integer > 0 (got 0)'],
    [{ name: 'warmup-stable-decay', warmupSteps: 0, totalSteps: 10, decayFraction: 1.5 }, 'decayFraction must be a finite number in [0, 1] (got 1.5)'],
    [{ name: 'warmup-stable-decay', warmupSteps: 0, totalSteps: 10, decayShape: 'sqrt' }, 'decayShape must be one of "linear", "cosine", "1-sqrt" (got "sqrt")'],
    [{ name: 'warmup-stable-decay', warmupSteps: 9, totalSteps: 10 }, 'warmupSteps + decay steps must be <= totalSteps (got 9 + 2 > 10)'],
    [{ name: 'warmup-stable-decay', lrMax: 0.1, lrMin: 0.2, warmupSteps: 0, totalSteps: 10 }, 'lrMin must be <= lrMax (got lrMin 0.2, lrMax 0.1)'],
    [{ name: 'warmup', steps: 2, then: { name: 'reduce-on-plateau' } }, 'then must be a schedule of the step, not "reduce-on-plateau"'],
  ])('rejects %o with "%s"', (schedule, message) => {
    expect(() => validateSchedule(schedule as Schedule)).toThrow(message);
  });
});
