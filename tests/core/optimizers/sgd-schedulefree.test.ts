import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { optimize } from '../../../src/core/optimize-tensor';
import { optimizePlain } from '../../../src/core/optimize-plain';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { expectClose, useBackend } from '../helpers';
import { describeGeneratedVectors, generatedVectors } from './generated-vectors';
import { describeNoLeaks } from './reference';

const problem = { f: (p: Float64Array) => 0.5 * (p[0]! ** 2 + 10 * p[1]! ** 2), grad: (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]) };
const objective = (p: tf.Tensor1D): tf.Scalar => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, 10])))));

describe('sgd-schedulefree', () => {
  describeGeneratedVectors('schedulefree', 'sgd-schedulefree');
  describeNoLeaks({ name: 'sgd-schedulefree', lr: 0.01 });
  describeNoLeaks({ name: 'sgd-schedulefree', lr: 0.01, weightDecay: 0.1, warmupSteps: 3, r: 1 });

  it('has x = y = z = params before the first step', () => {
    const optimizer = createPlainOptimizer({ name: 'sgd-schedulefree', lr: 0.05 });
    expect(Array.from(optimizer.evalParams!(Float64Array.from([1, -2])))).toEqual([1, -2]);
  });

  it('makes optimizePlain and optimize report x, the evaluation point, and the loss there', async () => {
    const c = generatedVectors('schedulefree').cases['sgd_schedulefree_warmup_3']!;
    const run = optimizePlain({ optimizer: c.config, x0: [1, -2], steps: c.steps, problem });
    for (let k = 1; k <= c.steps; k++) {
      expectClose(run.params[k]!, c.p_after_step[String(k)] as number[], 1e-9, `plain step ${k}`);
      expect(run.losses[k]).toBeCloseTo(problem.f(Float64Array.from(run.params[k]!)), 12);
    }
    await useBackend('cpu');
    const before = tf.memory().numTensors;
    const tensorRun = optimize({ optimizer: c.config, x0: [1, -2], steps: c.steps, objective });
    expect(tf.memory().numTensors).toBe(before);
    for (let k = 0; k <= c.steps; k++) {
      expectClose(tensorRun.params[k]!, run.params[k]!, 1e-5, `tensor step ${k}`);
      expect(Math.abs(tensorRun.losses[k]! - run.losses[k]!)).toBeLessThan(1e-5);
    }
  });

  it.each([
    [{ name: 'sgd-schedulefree', momentum: 0 }, 'momentum must be a finite number in (0, 1) (got 0) in optimizer "sgd-schedulefree"'],
    [{ name: 'sgd-schedulefree', momentum: 1 }, 'momentum must be a finite number in [0, 1) (got 1) in optimizer "sgd-schedulefree"'],
    [{ name: 'sgd-schedulefree', warmupSteps: -1 }, 'warmupSteps must be an integer >= 0 (got -1) in optimizer "sgd-schedulefree"'],
    [{ name: 'sgd-schedulefree', lr: -1 }, 'lr must be a finite number > 0 (got -1) in optimizer "sgd-schedulefree"'],
    [{ name: 'sgd-schedulefree', weightDecay: -1 }, 'weightDecay must be a finite number >= 0 (got -1) in optimizer "sgd-schedulefree"'],
  ])('rejects %o', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });

  it("uses the reference package's defaults", () => {
    expect(resolveOptimizerConfig({ name: 'sgd-schedulefree' })).toEqual({ name: 'sgd-schedulefree', lr: 1, momentum: 0.9, weightDecay: 0, warmupSteps: 0, r: 0, weightLrPower: 2 });
  });
});
