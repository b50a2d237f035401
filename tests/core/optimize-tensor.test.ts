import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { quadraticBowl, rosenbrock } from '../../src/core/functions';
import { optimize } from '../../src/core/optimize-tensor';
import { TEST_BACKENDS, useBackend } from './helpers';

const distanceToOne = (p: number[]) => Math.hypot(p[0]! - 1, p[1]! - 1);

describe.each(TEST_BACKENDS)('optimize on the %s backend', (backend) => {
  it('brings Adam (lr 0.02) from (-1.5, 2) on Rosenbrock to within 0.02 of (1, 1) in 3,000 steps', async () => {
    await useBackend(backend);
    const result = optimize({ optimizer: { name: 'adam', lr: 0.02 }, objective: rosenbrock.tensor, x0: [-1.5, 2], steps: 3000 });
    expect(result.diverged).toBeUndefined();
    expect(distanceToOne(result.params.at(-1)!)).toBeLessThan(0.02);
  });

  it('brings L-BFGS (strong Wolfe) from (-1.5, 2) on Rosenbrock to within 1e-3 of (1, 1) in 10 steps of 20 iterations', async () => {
    await useBackend(backend);
    const result = optimize({ optimizer: { name: 'lbfgs', lineSearch: 'strong_wolfe' }, objective: rosenbrock.tensor, x0: [-1.5, 2], steps: 10 });
    expect(distanceToOne(result.params.at(-1)!)).toBeLessThan(1e-3);
  });

  it('solves an ill-conditioned quadratic in one Newton step', async () => {
    await useBackend(backend);
    const result = optimize({ optimizer: { name: 'newton' }, objective: quadraticBowl(100).tensor, x0: [3, -2], steps: 1 });
    expect(Math.hypot(...result.params[1]!)).toBeLessThan(1e-5);
  });

  it('reports a too-large lr as diverged with the step, and returns only finite losses', async () => {
    await useBackend(backend);
    const result = optimize({ optimizer: { name: 'sgd', lr: 0.5 }, objective: rosenbrock.tensor, x0: [-1.5, 2], steps: 100 });
    expect(result.diverged?.step).toBeGreaterThan(0);
    expect(result.diverged?.message).toMatch(/^diverged at step \d+: (loss|parameter \d) became (Infinity|NaN|-Infinity)$/);
    expect(result.losses.every(Number.isFinite)).toBe(true);
    expect(result.params).toHaveLength(result.losses.length);
  });

  it('records x0 and the loss there first, then one entry per step', async () => {
    await useBackend(backend);
    const result = optimize({ optimizer: { name: 'sgd', lr: 0.1 }, objective: quadraticBowl(10).tensor, x0: [1, -2], steps: 2 });
    expect(result.params[0]).toEqual([1, -2]);
    expect(result.losses[0]).toBeCloseTo(20.5, 5);
    expect(result.params).toHaveLength(3);
  });

  it('leaves no tensors behind', async () => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    optimize({ optimizer: { name: 'nadam', lr: 0.01 }, objective: rosenbrock.tensor, x0: [-1.5, 2], steps: 20, schedule: { name: 'cosine', period: 20 } });
    expect(tf.memory().numTensors).toBe(before);
  });
});
