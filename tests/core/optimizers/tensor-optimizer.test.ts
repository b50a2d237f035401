import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import type { OptimizerName } from '../../../src/core/optimizers/optimizer-names';
import { expectClose, TEST_BACKENDS, useBackend, vectors } from '../helpers';
import { configFromHyper } from './reference';

// applyGradient must run the same rule and state as step(): fed the exact gradient of the reference problem
// f(p) = 0.5 (p0^2 + 10 p1^2), i.e. g = [p0, 10 p1], it reproduces the PyTorch vectors of steps 1-3.
const FIRST_ORDER: [OptimizerName, string][] = [
  ['sgd', 'sgd'],
  ['sgd', 'sgd_weight_decay_0.01'],
  ['sgd', 'sgd_momentum_0.9'],
  ['sgd', 'sgd_momentum_0.9_dampening_0.1'],
  ['sgd', 'sgd_nesterov_0.9'],
  ['adagrad', 'adagrad'],
  ['rmsprop', 'rmsprop'],
  ['rmsprop', 'rmsprop_centered'],
  ['rmsprop', 'rmsprop_momentum_0.9'],
  ['adam', 'adam'],
  ['adam', 'adam_amsgrad'],
  ['adam', 'adam_l2_weight_decay_0.01'],
  ['adamw', 'adamw_wd_0.01'],
  ['adamax', 'adamax'],
  ['nadam', 'nadam'],
  ['lion', 'lion'],
];

describe.each(TEST_BACKENDS)('applyGradient on the %s backend', (backend) => {
  it.each(FIRST_ORDER)('%s reproduces the PyTorch vector "%s" from precomputed gradients within 1e-5', async (name, key) => {
    await useBackend(backend);
    const ref = vectors.optimizers[key]!;
    const expected = ref.torch_float32_p_after_step ?? ref.p_after_step;
    const before = tf.memory().numTensors;
    const optimizer = createOptimizer(configFromHyper(name, ref.hyper));
    const params = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
    for (const step of [1, 2, 3]) {
      const [p0, p1] = params.dataSync();
      const grad = tf.tensor1d([p0!, 10 * p1!]);
      optimizer.applyGradient!(params, grad);
      // The caller owns and disposes its gradient, even when a rule keeps it as state (SGD's buffer on step 1).
      grad.dispose();
      expectClose(params.dataSync(), expected[String(step)]!, 1e-5, `${key} step ${step}`);
    }
    expect(optimizer.stepCount).toBe(3);
    optimizer.dispose();
    params.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is absent on Newton and L-BFGS, which re-evaluate the objective inside a step', async () => {
    await useBackend(backend);
    for (const name of ['newton', 'lbfgs'] as const) expect(createOptimizer({ name }).applyGradient).toBeUndefined();
  });

  it('rejects a gradient whose size differs from the parameters', async () => {
    await useBackend(backend);
    const optimizer = createOptimizer({ name: 'adam' });
    const params = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
    const grad = tf.tensor1d([1, 2, 3]);
    expect(() => optimizer.applyGradient!(params, grad)).toThrow('grad must have 2 values like params (got 3) in applyGradient of optimizer "adam"');
    tf.dispose([grad, params]);
    optimizer.dispose();
  });
});

describe.each(TEST_BACKENDS)('stepWithGradient and evalParams on a matrix on the %s backend', (backend) => {
  // f(W) = 0.5 ||W||^2, gradient W: the gradient function gets the (perturbed) point and returns its own shape.
  const W0 = [[1, -2], [0.5, 3]];
  const objective = (w: tf.Tensor2D): tf.Scalar => tf.tidy(() => tf.mul(0.5, tf.sum(tf.square(w))));

  it.each([
    { name: 'sam', base: { name: 'muon', lr: 0.05 } },
    { name: 'sam', base: { name: 'adafactor' } },
    { name: 'adamw-schedulefree', lr: 0.1 },
  ] as const)('steps $name from a gradient function exactly as step() does, leaving no tensors behind', async (config) => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const [a, b] = [createOptimizer(config), createOptimizer(config)];
    const [pa, pb] = tf.tidy(() => [tf.variable(tf.tensor2d(W0)), tf.variable(tf.tensor2d(W0))]);
    const shapes: number[][] = [];
    for (let k = 0; k < 3; k++) {
      a.step(pa, objective).dispose();
      b.stepWithGradient!(pb, (p) => {
        shapes.push(p.shape);
        return tf.clone(p);
      });
    }
    expect(shapes.every((s) => s.join() === '2,2')).toBe(true);
    expectClose(pb.dataSync(), pa.dataSync(), 1e-6, config.name);
    const x = b.evalParams?.(pb);
    if (config.name === 'adamw-schedulefree') expect(x?.shape).toEqual([2, 2]);
    else expect(b.evalParams).toBeUndefined();
    tf.dispose([x, pa, pb].filter((t) => t !== undefined));
    a.dispose();
    b.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("rejects a gradient that does not have the parameters' shape", async () => {
    await useBackend(backend);
    const optimizer = createOptimizer({ name: 'adam' });
    const params = tf.tidy(() => tf.variable(tf.tensor2d(W0)));
    expect(() => optimizer.stepWithGradient!(params, (p) => tf.reshape(p, [1, 4]) as tf.Tensor2D)).toThrow('grad must have the shape of params, [2, 2] (got [1, 4]) in stepWithGradient of optimizer "adam"');
    params.dispose();
    optimizer.dispose();
  });
});
