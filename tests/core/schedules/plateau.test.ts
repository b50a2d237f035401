import { describe, expect, it } from 'vitest';
import { createPlateauScheduler } from '../../../src/core/schedules/plateau';
import { expectClose } from '../helpers';
import { scheduleVectors } from './vectors';

describe('ReduceLROnPlateau', () => {
  it.each(Object.entries(scheduleVectors['reduce-on-plateau']))('reproduces PyTorch "%s" on its metric sequence within 1e-12', (key, c) => {
    const scheduler = createPlateauScheduler(c.options);
    expectClose(c.metrics.map((m) => scheduler.step(m)), c.lr_after_step, 1e-12, key);
  });

  it('reduces after more than `patience` epochs without improvement, then waits out the cooldown', () => {
    const s = createPlateauScheduler({ lr: 1, patience: 1, factor: 0.5, cooldown: 2 });
    expect(s.lr).toBe(1);
    expect([1, 1, 1].map((m) => s.step(m))).toEqual([1, 1, 0.5]);
    expect(s.cooldownLeft).toBe(2);
    expect([1, 1].map((m) => s.step(m))).toEqual([0.5, 0.5]);
    expect(s.badEpochs).toBe(0);
    expect([1, 1].map((m) => s.step(m))).toEqual([0.5, 0.25]);
    expect(s.best).toBe(1);
  });

  it('counts a NaN metric as a bad epoch', () => {
    const s = createPlateauScheduler({ lr: 1, patience: 0 });
    s.step(1);
    expect(s.step(Number.NaN)).toBeCloseTo(0.1, 15);
  });

  it.each([
    [{ lr: 0 }, 'lr must be a finite number > 0 (got 0) in schedule "reduce-on-plateau"'],
    [{ lr: 0.1, factor: 1.5 }, 'factor must be a finite number in [0, 1) (got 1.5) in schedule "reduce-on-plateau"'],
    [{ lr: 0.1, patience: -1 }, 'patience must be a finite integer >= 0 (got -1)'],
  ])('refuses %o when created', (options, message) => {
    expect(() => createPlateauScheduler(options)).toThrow(message);
  });
});
