import { describe, expect, it } from 'vitest';
import { momentumAt, scheduleAt, validateSchedule, type Schedule } from '../../src/core/schedules';
import { expectClose, vectors } from './helpers';

// Each reference key names the PyTorch scheduler; the descriptor is ours. Step e uses the closed form at last_epoch = e.
const CASES: [string, Schedule][] = [
  ['StepLR(base=0.1,step_size=3,gamma=0.5)', { name: 'step', lr: 0.1, stepSize: 3, gamma: 0.5 }],
  ['ExponentialLR(base=0.1,gamma=0.9)', { name: 'exponential', lr: 0.1, gamma: 0.9 }],
  ['CosineAnnealingLR(base=0.1,T_max=10,eta_min=0)', { name: 'cosine', lrMax: 0.1, lrMin: 0, period: 10 }],
  ['CosineAnnealingWarmRestarts(base=0.1,T_0=4,T_mult=2,eta_min=0)', { name: 'sgdr', lrMax: 0.1, t0: 4, tMult: 2 }],
  ['LinearLR(base=0.1,start_factor=1/3,end_factor=1,total_iters=5)', { name: 'linear', lr: 0.1, startFactor: 1 / 3, endFactor: 1, totalIters: 5 }],
  ['OneCycleLR(max_lr=0.1,total_steps=11) lr', { name: 'one-cycle', lrMax: 0.1, totalSteps: 11 }],
];

describe('learning-rate schedules', () => {
  it.each(CASES)('reproduces PyTorch %s within 1e-12', (key, schedule) => {
    const expected = vectors.lr_schedules[key] as number[];
    expectClose(expected.map((_, e) => scheduleAt(schedule, e)), expected, 1e-12, key);
  });

  it('cycles momentum inversely to lr as OneCycleLR does (0.95 -> 0.85 -> 0.95)', () => {
    const expected = vectors.lr_schedules['OneCycleLR(max_lr=0.1,total_steps=11) momentum'] as number[];
    const schedule: Schedule = { name: 'one-cycle', lrMax: 0.1, totalSteps: 11 };
    expectClose(expected.map((_, e) => momentumAt(schedule, e)!), expected, 1e-12, 'momentum');
  });

  it('takes a missing lr from the optimizer base lr', () => {
    expect(scheduleAt({ name: 'exponential', gamma: 0.5 }, 2, 0.4)).toBeCloseTo(0.1, 15);
  });

  it('warms up linearly and then continues with the wrapped schedule shifted by the warm-up steps', () => {
    const s: Schedule = { name: 'warmup', steps: 4, startFactor: 0, then: { name: 'cosine', lrMax: 0.1, period: 10 } };
    expectClose([0, 1, 2, 3].map((e) => scheduleAt(s, e)), [0, 0.025, 0.05, 0.075], 1e-15, 'warm-up');
    expect(scheduleAt(s, 4)).toBeCloseTo(0.1, 15);
    expect(scheduleAt(s, 9)).toBeCloseTo(scheduleAt({ name: 'cosine', lrMax: 0.1, period: 10 }, 5), 15);
  });

  it('survives a JSON round trip (descriptors can live in URLs)', () => {
    const s: Schedule = { name: 'warmup', steps: 3, then: { name: 'sgdr', t0: 4, tMult: 2, lrMax: 0.1 } };
    const back = JSON.parse(JSON.stringify(s)) as Schedule;
    expect([0, 5, 17].map((e) => scheduleAt(back, e))).toEqual([0, 5, 17].map((e) => scheduleAt(s, e)));
  });

  it('evaluates the issue 14 descriptors, filling baseLr / lrMax / lr from the optimizer lr', () => {
    const cyclic: Schedule = { name: 'cyclic', maxLr: 1, stepSizeUp: 2 };
    expect([0, 1, 2].map((e) => scheduleAt(cyclic, e, 0.2))).toEqual([0.2, 0.6000000000000001, 1]);
    expect(momentumAt(cyclic, 2)).toBeCloseTo(0.8, 15);
    expect(momentumAt({ ...cyclic, cycleMomentum: false }, 2)).toBeUndefined();
    const wsd: Schedule = { name: 'warmup-stable-decay', warmupSteps: 2, totalSteps: 10 };
    expect([0, 1, 2, 7, 9, 10].map((e) => scheduleAt(wsd, e, 0.4))).toEqual([0, 0.2, 0.4, 0.4, 0.4 * (1 - Math.sqrt(0.5)), 0]);
    // Without metrics a plateau scheduler never reduces: as a function of the step it is its starting lr.
    expect(scheduleAt({ name: 'reduce-on-plateau', patience: 0 }, 50, 0.3)).toBe(0.3);
  });

  it.each([
    [{ name: 'cosine', period: -1 }, 'period must be a finite number > 0 (got -1) in schedule "cosine"'],
    [{ name: 'step', stepSize: 1.5 }, 'stepSize must be a finite integer > 0 (got 1.5) in schedule "step"'],
    [{ name: 'exponential', lr: Number.NaN, gamma: 0.9 }, 'lr must be a finite number > 0 (got NaN) in schedule "exponential"'],
    [{ name: 'polynomial' }, 'unknown schedule "polynomial"; valid names:'],
  ])('rejects %o with "%s"', (schedule, message) => {
    expect(() => validateSchedule(schedule as Schedule)).toThrow(message);
  });
});
