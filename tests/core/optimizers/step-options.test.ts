import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { optimizePlain } from '../../../src/core/optimize-plain';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { checkStepOptions } from '../../../src/core/optimizers/step-options';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { useBackend } from '../helpers';

const bowl = { f: (p: Float64Array) => 0.5 * (p[0]! ** 2 + 10 * p[1]! ** 2), grad: (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]) };

describe('per-step options', () => {
  it.each([-0.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a per-step lr of %s, naming the field, the range and the optimizer', (lr) => {
    expect(() => checkStepOptions('adam', { lr })).toThrow(`lr must be a finite number >= 0 (got ${lr}) in step of optimizer "adam"`);
  });

  it('accepts lr 0 (a schedule may reach it) and no overrides at all', () => {
    expect(() => checkStepOptions('sgd', { lr: 0, momentum: 0.9 })).not.toThrow();
    expect(() => checkStepOptions('sgd', {})).not.toThrow();
  });

  it.each(['sgd', 'lbfgs'] as const)('is checked by the plain %s optimizer before it moves', (name) => {
    const optimizer = createPlainOptimizer({ name });
    expect(() => optimizer.step(Float64Array.from([1, -2]), bowl, { lr: -1 })).toThrow(`in step of optimizer "${name}"`);
    expect(optimizer.stepCount).toBe(0);
  });

  it.each(['adam', 'newton'] as const)('is checked by the tensor %s optimizer, leaving no tensors behind', async (name) => {
    await useBackend('cpu');
    const params = tf.variable(tf.tensor1d([1, -2]));
    const before = tf.memory().numTensors;
    const optimizer = createOptimizer({ name });
    const objective = (p: tf.Tensor1D): tf.Scalar => tf.sum(tf.square(p));
    expect(() => optimizer.step(params, objective, { lr: Number.NaN })).toThrow(`lr must be a finite number >= 0 (got NaN) in step of optimizer "${name}"`);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(params.dataSync())).toEqual([1, -2]);
    params.dispose();
  });

  it('catches a per-step lr that a valid schedule computes below 0 (validateSchedule does not bound lrMin)', () => {
    const run = () => optimizePlain({ optimizer: { name: 'sgd', lr: 0.1 }, problem: bowl, x0: [1, -2], steps: 10, schedule: { name: 'cosine', period: 4, lrMin: -0.1 } });
    expect(run).toThrow(/^lr must be a finite number >= 0 \(got -[\d.e-]+\) in step of optimizer "sgd"$/);
  });
});
