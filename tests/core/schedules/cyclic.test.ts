import { describe, expect, it } from 'vitest';
import { cyclicLr, cyclicMomentum, type CyclicOptions } from '../../../src/core/schedules/cyclic';
import { expectClose } from '../helpers';
import { scheduleVectors } from './vectors';

// The generator's named scale functions, written again here (a function cannot live in the JSON).
const SCALE_FNS: Record<string, (x: number) => number> = { 'one-over-one-plus-x': (x) => 1 / (1 + x) };

function optionsOf(raw: Omit<CyclicOptions, 'scaleFn'> & { scaleFn?: string }): CyclicOptions {
  const { scaleFn, ...rest } = raw;
  return { ...rest, scaleFn: scaleFn === undefined ? undefined : SCALE_FNS[scaleFn] };
}

describe('CyclicLR', () => {
  it.each(Object.entries(scheduleVectors.cyclic))('reproduces PyTorch "%s" (lr and momentum) within 1e-12', (key, c) => {
    const o = optionsOf(c.options);
    expectClose(c.lr.map((_, e) => cyclicLr(e, o)), c.lr, 1e-12, `${key} lr`);
    expectClose(c.momentum.map((_, e) => cyclicMomentum(e, o)), c.momentum, 1e-12, `${key} momentum`);
  });

  it('starts each triangular cycle at baseLr and peaks at maxLr after stepSizeUp steps', () => {
    const o: CyclicOptions = { baseLr: 0.1, maxLr: 1, stepSizeUp: 2, stepSizeDown: 3 };
    expectClose([0, 2, 5, 7, 10].map((e) => cyclicLr(e, o)), [0.1, 1, 0.1, 1, 0.1], 1e-15, 'corners');
  });

  it('halves the amplitude each cycle in triangular2', () => {
    const o: CyclicOptions = { baseLr: 0, maxLr: 1, stepSizeUp: 2, mode: 'triangular2' };
    expectClose([2, 6, 10].map((e) => cyclicLr(e, o)), [1, 0.5, 0.25], 1e-15, 'peaks');
  });

  it('ignores mode when a scaleFn is given, as PyTorch does', () => {
    const o: CyclicOptions = { baseLr: 0, maxLr: 1, stepSizeUp: 2, mode: 'triangular2', scaleFn: () => 1 };
    expect(cyclicLr(6, o)).toBe(1);
  });
});
