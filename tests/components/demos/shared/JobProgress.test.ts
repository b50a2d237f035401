import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../../../components/demos/shared/JobProgress';

const at = (done: number, total: number, elapsedMs: number) => ({ done, total, elapsedMs, unit: 'step' });

describe('the time-left estimate of a long job', () => {
  it('extrapolates the rate so far: 100 of 400 steps in 5 s leaves about 15 s', () => {
    expect(timeLeft(at(100, 400, 5000))).toBe('about 15 s left');
  });

  it('switches to minutes past 90 s and says "less than 1 s" near the end', () => {
    expect(timeLeft(at(10, 1000, 2000))).toBe('about 3 min left');
    expect(timeLeft(at(999, 1000, 5000))).toBe('less than 1 s left');
  });

  it('has no estimate before the first unit, at the end, or without elapsed time', () => {
    expect(timeLeft(at(0, 100, 500))).toBeUndefined();
    expect(timeLeft(at(100, 100, 500))).toBeUndefined();
    expect(timeLeft(at(5, 100, 0))).toBeUndefined();
  });
});
