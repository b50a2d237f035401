/**
 * Shared checks for the optimizer test files: the PyTorch reference vectors of optimizer-vectors.json (problem
 * f(p) = 0.5 (p0^2 + 10 p1^2) from [1, -2], steps 1-3) and the tensor-leak check.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { OptimizerConfig } from '../../../src/core/optimizers/config-types';
import type { OptimizerName } from '../../../src/core/optimizers/optimizer-names';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { expectClose, TEST_BACKENDS, useBackend, vectors } from '../helpers';
import { MATRIX_W0, matrixLs } from './generated-vectors';

const CAMEL: Record<string, string> = {
  weight_decay: 'weightDecay',
  lr_decay: 'lrDecay',
  initial_accumulator_value: 'initialAccumulatorValue',
  momentum_decay: 'momentumDecay',
  max_iter: 'maxIter',
  history_size: 'historySize',
  line_search_fn: 'lineSearch',
};

/** Converts a vector's PyTorch `hyper` block to our config; c1/c2 must be PyTorch's fixed values, hessian is ours to compute. */
export function configFromHyper(name: OptimizerName, hyper: Record<string, unknown>): OptimizerConfig {
  const config: Record<string, unknown> = { name };
  for (const [key, value] of Object.entries(hyper)) {
    if (key === 'hessian') continue;
    if (key === 'c1' || key === 'c2') {
      expect(value).toBe(key === 'c1' ? 1e-4 : 0.9);
      continue;
    }
    config[CAMEL[key] ?? key] = key === 'line_search_fn' ? (value ?? 'none') : value;
  }
  return config as OptimizerConfig;
}

const quadratic = (p: tf.Tensor1D): tf.Scalar => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, 10])))));
const plainQuadratic = {
  f: (p: Float64Array) => 0.5 * (p[0]! ** 2 + 10 * p[1]! ** 2),
  grad: (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]),
};

/** Steps 1-3 of each named vector on tfjs (cpu and wasm, float32, 1e-5) and on plain arrays (float64, 1e-9). */
export function describeReferenceVectors(name: OptimizerName, keys: string[]): void {
  describe.each(TEST_BACKENDS)(`${name} on the %s backend`, (backend) => {
    it.each(keys)('reproduces the PyTorch vector "%s" after steps 1-3 within 1e-5', async (key) => {
      await useBackend(backend);
      const ref = vectors.optimizers[key]!;
      const expected = ref.torch_float32_p_after_step ?? ref.p_after_step;
      const optimizer = createOptimizer(configFromHyper(name, ref.hyper));
      const params = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
      for (const step of [1, 2, 3]) {
        optimizer.step(params, quadratic).dispose();
        expectClose(params.dataSync(), expected[String(step)]!, 1e-5, `${key} step ${step}`);
      }
      optimizer.dispose();
      params.dispose();
    });
  });

  it.each(keys)('reproduces the float64 vector "%s" on plain arrays within 1e-9', (key) => {
    const ref = vectors.optimizers[key]!;
    const optimizer = createPlainOptimizer(configFromHyper(name, ref.hyper));
    let x: Float64Array = Float64Array.from([1, -2]);
    for (const step of [1, 2, 3]) {
      x = optimizer.step(x, plainQuadratic).x;
      expectClose(x, ref.p_after_step[String(step)]!, 1e-9, `${key} step ${step}`);
    }
  });
}

/** numTensors after 1,000 steps equals that after 10, and dispose() releases the optimizer state. */
export function describeNoLeaks(config: OptimizerConfig): void {
  describe.each(TEST_BACKENDS)(`${config.name} memory on the %s backend`, (backend) => {
    it('keeps the tensor count flat between 10 and 1,000 steps and frees its state on dispose', async () => {
      await useBackend(backend);
      const before = tf.memory().numTensors;
      const params = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
      const optimizer = createOptimizer(config);
      const run = (n: number) => {
        for (let i = 0; i < n; i++) optimizer.step(params, quadratic, { lr: 1e-3 }).dispose();
      };
      run(10);
      const after10 = tf.memory().numTensors;
      run(990);
      expect(tf.memory().numTensors).toBe(after10);
      optimizer.dispose();
      params.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  });
}

/** describeNoLeaks on the 2x2 matrix problem, with a rank-2 Variable (Muon, Adafactor's factored moments). */
export function describeNoLeaksOnMatrix(config: OptimizerConfig): void {
  describe.each(TEST_BACKENDS)(`${config.name} memory on a matrix on the %s backend`, (backend) => {
    it('keeps the tensor count flat between 10 and 1,000 steps and frees its state on dispose', async () => {
      await useBackend(backend);
      const before = tf.memory().numTensors;
      const params = tf.tidy(() => tf.variable(tf.tensor2d(MATRIX_W0)));
      const optimizer = createOptimizer(config);
      const run = (n: number) => {
        for (let i = 0; i < n; i++) optimizer.step(params, matrixLs, { lr: 1e-3 }).dispose();
      };
      run(10);
      const after10 = tf.memory().numTensors;
      run(990);
      expect(tf.memory().numTensors).toBe(after10);
      optimizer.dispose();
      params.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  });
}
