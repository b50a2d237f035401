import { describe, expect, it } from 'vitest';
import { warmupStableDecay, wsdDecaySteps, type WarmupStableDecayOptions } from '../../../src/core/schedules/warmup-stable-decay';
import { expectClose } from '../helpers';
import { scheduleVectors } from './vectors';

describe('warmup-stable-decay', () => {
  it.each(Object.entries(scheduleVectors['warmup-stable-decay']))('reproduces transformers get_wsd_schedule "%s" within 1e-12', (key, c) => {
    expectClose(c.lr.map((_, e) => warmupStableDecay(e, c.options)), c.lr, 1e-12, key);
  });

  it('rounds the decay fraction to the nearest step (0.29 * 100 is 28.999... in floats)', () => {
    expect(wsdDecaySteps({ totalSteps: 100, decayFraction: 0.29 })).toBe(29);
    expect(wsdDecaySteps({ totalSteps: 10 })).toBe(2);
  });

  it('holds lrMax through the stable phase and ends at lrMin', () => {
    const o: WarmupStableDecayOptions = { lrMax: 0.5, lrMin: 0.05, warmupSteps: 2, totalSteps: 10, decayFraction: 0.3, decayShape: 'linear' };
    expect([2, 3, 4, 5, 6].map((e) => warmupStableDecay(e, o))).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(warmupStableDecay(7, o)).toBe(0.5);
    expect(warmupStableDecay(8, o)).toBeLessThan(0.5);
    expect(warmupStableDecay(10, o)).toBeCloseTo(0.05, 15);
  });
});
