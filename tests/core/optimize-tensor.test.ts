import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { quadraticBowl, rosenbrock } from '../../src/core/functions';
import { optimize } from '../../src/core/optimize-tensor';
import { expectClose, TEST_BACKENDS, useBackend } from './helpers';
import { generatedVectors, MATRIX_W0, matrixLs } from './optimizers/generated-vectors';

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

  it('takes a matrix start: params[k] is the matrix after step k, matching the Muon reference vector within 1e-5', async () => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const ref = generatedVectors('muon').cases['muon_lr_0.05']!;
    const result = optimize({ optimizer: { name: 'muon', lr: 0.05 }, objective: matrixLs, x0: MATRIX_W0, steps: 10 });
    expect(result.diverged).toBeUndefined();
    expect(result.params).toHaveLength(11);
    expect(result.params[0]).toEqual(MATRIX_W0);
    for (const k of [1, 10]) {
      expect(result.params[k]!.map((row) => row.length)).toEqual([2, 2]);
      expectClose(result.params[k]!.flat(), (ref.p_after_step[String(k)] as number[][]).flat(), 1e-5, `step ${k}`);
    }
    expect(result.losses[10]!).toBeLessThan(result.losses[0]!);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('runs elementwise rules on a matrix exactly as on its flattened values, and Newton in one step', async () => {
    await useBackend(backend);
    const onMatrix = optimize({ optimizer: { name: 'adam', lr: 0.1 }, objective: matrixLs, x0: MATRIX_W0, steps: 5 });
    const flatObjective = (p: tf.Tensor1D) => tf.tidy(() => matrixLs(tf.reshape(p, [2, 2]) as tf.Tensor2D));
    const onVector = optimize({ optimizer: { name: 'adam', lr: 0.1 }, objective: flatObjective, x0: MATRIX_W0.flat(), steps: 5 });
    expectClose(onMatrix.params[5]!.flat(), onVector.params[5]!, 1e-7, 'adam');
    const newton = optimize({ optimizer: { name: 'newton' }, objective: matrixLs, x0: MATRIX_W0, steps: 1 });
    expect(newton.losses[1]!).toBeLessThan(1e-6);
  });

  it.each([
    { name: 'sam', base: { name: 'sgd', lr: 0.05, momentum: 0.9 } },
    { name: 'adamw-schedulefree', lr: 0.1 },
    { name: 'sgd-schedulefree', lr: 0.1 },
    { name: 'lamb', lr: 0.1, alwaysAdapt: true },
    { name: 'radam', lr: 0.1 },
  ] as const)('runs $name on a matrix start as on its flattened values (schedule-free recorded at x)', async (optimizer) => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const onMatrix = optimize({ optimizer, objective: matrixLs, x0: MATRIX_W0, steps: 8 });
    const flatObjective = (p: tf.Tensor1D) => tf.tidy(() => matrixLs(tf.reshape(p, [2, 2]) as tf.Tensor2D));
    const onVector = optimize({ optimizer, objective: flatObjective, x0: MATRIX_W0.flat(), steps: 8 });
    for (const k of [1, 8]) expectClose(onMatrix.params[k]!.flat(), onVector.params[k]!, 1e-6, `${optimizer.name} step ${k}`);
    expectClose(onMatrix.losses, onVector.losses, 1e-6, `${optimizer.name} losses`);
    expect(onMatrix.losses[8]!).toBeLessThan(onMatrix.losses[0]!);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    [[[1, 2], [3]], "x0's rows must all hold the same number of values (row 0 has 2, row 1 has 1) in optimize"],
    [[[1, 2], [3, Number.NaN]], 'x0[1][1] must be a finite number (got NaN) in optimize'],
    [[[]], 'x0[0] must hold at least one number (a matrix start is a list of non-empty rows) in optimize'],
  ])('rejects the matrix start %o', async (x0, message) => {
    await useBackend(backend);
    expect(() => optimize({ optimizer: { name: 'sgd' }, objective: matrixLs, x0, steps: 1 })).toThrow(message);
  });
});
