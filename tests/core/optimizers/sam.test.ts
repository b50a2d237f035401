import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { optimizerDefaults, resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { useBackend } from '../helpers';
import { describeGeneratedVectors } from './generated-vectors';
import { describeNoLeaks } from './reference';

describe('sam', () => {
  describeGeneratedVectors('sam');
  describeNoLeaks({ name: 'sam', base: { name: 'sgd', lr: 0.01, momentum: 0.9 } });
  describeNoLeaks({ name: 'sam', rho: 0.5, adaptive: true, base: { name: 'adam', lr: 0.01 } });

  it('evaluates the gradient twice per step on plain arrays, the second time at w + rho g / ||g||', () => {
    const points: number[][] = [];
    const optimizer = createPlainOptimizer({ name: 'sam', rho: 0.5, base: { name: 'sgd', lr: 0.1 } });
    const problem = { f: () => 0, grad: (p: Float64Array) => (points.push(Array.from(p)), Float64Array.from([p[0]!, 10 * p[1]!])) };
    const { x } = optimizer.step(Float64Array.from([1, -2]), problem);
    expect(points).toHaveLength(2);
    const n = Math.hypot(1, 20) + 1e-12; // the reference's guard
    expect(points[1]![0]).toBeCloseTo(1 + (0.5 * 1) / n, 14);
    expect(points[1]![1]).toBeCloseTo(-2 - (0.5 * 20) / n, 14);
    expect(x[1]).toBeCloseTo(-2 - 0.1 * 10 * points[1]![1]!, 14);
  });

  it('equals its base optimizer when rho is 0', () => {
    const sam = createPlainOptimizer({ name: 'sam', rho: 0, base: { name: 'adam', lr: 0.1 } });
    const adam = createPlainOptimizer({ name: 'adam', lr: 0.1 });
    const problem = { f: () => 0, grad: (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]) };
    let a: Float64Array = Float64Array.from([1, -2]);
    let b: Float64Array = Float64Array.from([1, -2]);
    for (let i = 0; i < 5; i++) {
      a = sam.step(a, problem).x;
      b = adam.step(b, problem).x;
    }
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('steps with a gradient function on tensors and refuses a single precomputed gradient', async () => {
    await useBackend('cpu');
    const optimizer = createOptimizer({ name: 'sam', base: { name: 'sgd', lr: 0.1 } });
    const params = tf.variable(tf.tensor1d([1, -2]));
    let calls = 0;
    optimizer.stepWithGradient!(params, (p) => (calls++, tf.mul(p, tf.tensor1d([1, 10]))));
    expect(calls).toBe(2);
    const grad = tf.tensor1d([1, 1]);
    expect(() => optimizer.applyGradient!(params, grad)).toThrow('needs a second one at a perturbed point; call stepWithGradient');
    tf.dispose([grad, params]);
    optimizer.dispose();
  });

  it('resolves its base like any optimizer and lets a top-level lr set the base lr', () => {
    expect(optimizerDefaults('sam')).toEqual({ lr: 1e-3, rho: 0.05, adaptive: false, base: { name: 'sgd', lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false } });
    const resolved = resolveOptimizerConfig({ name: 'sam', lr: 0.2, base: { name: 'adamw' } });
    expect(resolved).toMatchObject({ lr: 0.2, base: { name: 'adamw', lr: 0.2, weightDecay: 0.01 } });
    expect(resolveOptimizerConfig(JSON.parse(JSON.stringify(resolved)) as { name: string })).toEqual(resolved);
  });

  it.each([
    [{ name: 'sam', rho: -1 }, 'rho must be a finite number >= 0 (got -1) in optimizer "sam"'],
    [{ name: 'sam', adaptive: 'yes' }, 'adaptive must be true or false (got "yes") in optimizer "sam"'],
    [{ name: 'sam', lr: 0 }, 'lr must be a finite number > 0 (got 0) in optimizer "sam"'],
    [{ name: 'sam', base: 'sgd' }, 'base must be an optimizer config { name, ...hyper-parameters } (got "sgd") in optimizer "sam"'],
    [{ name: 'sam', base: { name: 'lbfgs' } }, 'base.name must be one of sgd, adagrad, rmsprop, adam, adamw, adamax, nadam, lion, muon, adafactor, radam, lamb, adamw-schedulefree, sgd-schedulefree (got "lbfgs") in optimizer "sam"'],
    [{ name: 'sam', base: { name: 'sam' } }, 'base.name must be one of'],
    [{ name: 'sam', base: { name: 'sgd', lr: -1 } }, 'base: lr must be a finite number > 0 (got -1) in optimizer "sgd", the base of optimizer "sam"'],
    [{ name: 'sam', base: { name: 'adam', momentum: 0.9 } }, 'base: unknown hyper-parameter "momentum" in optimizer "adam"'],
  ])('rejects %o', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });
});
