import { describe, expect, it } from 'vitest';
import { rampColor, rampPositions } from '../../../components/charts/HeatMap';

describe('HeatMap colours', () => {
  it('maps the ends of the ramp to its first and last colours', () => {
    expect(rampColor(0)).toBe('rgb(68, 1, 84)');
    expect(rampColor(1)).toBe('rgb(253, 231, 37)');
    expect(rampColor(-3)).toBe(rampColor(0));
    expect(rampColor(Number.NaN)).toBe(rampColor(0));
  });

  it('places finite values between 0 and 1, on a log scale when asked, and leaves the rest out', () => {
    expect(rampPositions([1, 10, 100, null, undefined, Infinity], true)).toEqual([0, 0.5, 1, undefined, undefined, undefined]);
    expect(rampPositions([0, 5, 10], false)).toEqual([0, 0.5, 1]);
    expect(rampPositions([0, 1], true)).toEqual([undefined, 0.5]);
  });
});
