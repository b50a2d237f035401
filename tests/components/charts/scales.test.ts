import { describe, expect, it } from 'vitest';
import { extent, formatNumber, linearScale, logScale, logTicks, niceDomain, niceTicks } from '../../../components/charts/scales';

describe('chart scales', () => {
  it('maps a linear domain onto a range, flipped for y', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(5), y(10)]).toEqual([200, 100, 0]);
  });

  it('maps decades evenly on a log scale and clamps values below the domain', () => {
    const y = logScale([1e-3, 10], [0, 400]);
    expect(y(1e-2)).toBeCloseTo(100);
    expect(y(0)).toBe(0);
  });

  it.each([
    [0, 100, 5, [0, 20, 40, 60, 80, 100]],
    [-2.5, 2.5, 5, [-2, -1, 0, 1, 2]],
    [0, 1, 4, [0, 0.5, 1]],
    [-4, 4, 3, [-4, -2, 0, 2, 4]],
    [0, 9, 3, [0, 2, 4, 6, 8]],
  ])('gives round ticks for [%s, %s]', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it('widens a data range outward to round values', () => {
    expect(niceDomain(0.3, 9.2, false)).toEqual([0, 10]);
    expect(niceDomain(-2.5, 2.5, false)).toEqual([-3, 3]);
    expect(niceDomain(0, 100, false)).toEqual([0, 100]);
    expect(niceDomain(0.0229, 0.69, true)).toEqual([0.02, 1]);
    expect(niceDomain(0.05, 0.5, true)).toEqual([0.05, 0.5]);
    expect(niceDomain(3, 3, false)).toEqual([3, 3]);
  });

  it('gives powers of ten as log ticks and 2x / 5x within two decades', () => {
    expect(logTicks(1e-6, 1e3)).toEqual([1e-6, 1e-4, 1e-2, 1, 100]);
    expect(logTicks(0.5, 30)).toEqual([0.5, 1, 2, 5, 10, 20]);
  });

  it.each([
    [0, '0'],
    [0.001, '0.001'],
    [3e-5, '3e-5'],
    [12.345, '12.3'],
    [1.5e6, '1.5e6'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('ignores non-finite values in an extent and widens a flat one', () => {
    expect(extent([1, Number.NaN, 3, Number.POSITIVE_INFINITY])).toEqual([1, 3]);
    expect(extent([2, 2])).toEqual([1, 3]);
    expect(extent([0, -1, 4], true)).toEqual([2, 8]);
    expect(extent([Number.NaN])).toBeUndefined();
  });
});
