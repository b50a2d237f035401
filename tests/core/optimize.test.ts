import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { quadraticBowl, rosenbrock } from '../../src/core/functions';
import { plainProblem } from '../../src/core/plain-functions';
import { optimize, optimizePlain } from '../../src/core/optimize';
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

describe('optimizePlain', () => {
  it('matches the tfjs path on the same problem to float32 precision', async () => {
    await useBackend('cpu');
    const common = { optimizer: { name: 'rmsprop' as const, lr: 0.01, momentum: 0.5 }, x0: [-1.5, 2], steps: 50 };
    const a = optimize({ ...common, objective: rosenbrock.tensor });
    const b = optimizePlain({ ...common, problem: plainProblem(rosenbrock) });
    for (let i = 0; i < 2; i++) expect(Math.abs(a.params[50]![i]! - b.params[50]![i]!)).toBeLessThan(1e-3);
  });

  it('applies a one-cycle schedule including its momentum to SGD', () => {
    const result = optimizePlain({
      optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 },
      problem: plainProblem(quadraticBowl(10)),
      x0: [1, -2],
      steps: 30,
      schedule: { name: 'one-cycle', lrMax: 0.1, totalSteps: 30 },
    });
    const constant = optimizePlain({ optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 }, problem: plainProblem(quadraticBowl(10)), x0: [1, -2], steps: 30 });
    expect(result.diverged).toBeUndefined();
    expect(result.losses[30]!).toBeLessThan(result.losses[0]! / 10);
    expect(result.params[1]).not.toEqual(constant.params[1]);
  });

  it.each([
    [{ steps: -1 }, 'steps must be an integer >= 0 (got -1) in optimize'],
    [{ x0: [1, Number.NaN] }, 'x0[1] must be a finite number (got NaN) in optimize'],
    [{ schedule: { name: 'cosine' as const, period: 0 } }, 'period must be a finite number > 0 (got 0) in schedule "cosine"'],
  ])('rejects %o with "%s"', (override, message) => {
    expect(() => optimizePlain({ optimizer: { name: 'sgd' }, problem: plainProblem(rosenbrock), x0: [0, 0], steps: 5, ...override })).toThrow(message);
  });
});
