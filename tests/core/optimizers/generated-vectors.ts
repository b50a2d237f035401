/**
 * Checks against the vectors scripts/reference/make_optimizer_vectors.py writes to tests/core/optimizers/vectors/
 * (float64 transcriptions of each reference implementation): every case on tfjs (cpu and wasm, float32, 1e-5) and on
 * plain arrays (float64, 1e-9), for all its steps. 'quadratic' cases run on a vector, 'matrix-ls' cases on a 2x2
 * matrix (a rank-2 Variable on tfjs, a row-major Float64Array with shape [2, 2] on plain arrays).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { describe, it } from 'vitest';
import type { OptimizerConfig } from '../../../src/core/optimizers/config-types';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { expectClose, TEST_BACKENDS, useBackend } from '../helpers';

export interface GeneratedCase {
  config: OptimizerConfig;
  problem: 'quadratic' | 'matrix-ls';
  steps: number;
  /**
   * The reported iterate after each step, "1".."steps" (matrices as lists of rows): the parameters, or for schedule-free
   * methods x, the point the reference evaluates with (the optimizers' evalParams).
   */
  p_after_step: Record<string, number[] | number[][]>;
  /** Schedule-free methods: y, the parameters the reference keeps in the model during training (where gradients are taken). */
  y_after_step?: Record<string, number[]>;
}

export interface GeneratedVectors {
  source: string;
  generator: string;
  cases: Record<string, GeneratedCase>;
}

export function generatedVectors(module: string): GeneratedVectors {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'vectors', `${module}.json`), 'utf8')) as GeneratedVectors;
}

const quadratic = (p: tf.Tensor1D): tf.Scalar => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, 10])))));
const plainQuadratic = {
  f: (p: Float64Array) => 0.5 * (p[0]! ** 2 + 10 * p[1]! ** 2),
  grad: (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]),
};

function quadraticCases(vectors: GeneratedVectors, optimizer: string | undefined): [string, GeneratedCase][] {
  return Object.entries(vectors.cases).filter(([, c]) => c.problem === 'quadratic' && (optimizer === undefined || c.config.name === optimizer));
}

function matrixCases(vectors: GeneratedVectors): [string, GeneratedCase][] {
  return Object.entries(vectors.cases).filter(([, c]) => c.problem === 'matrix-ls');
}

// scripts/reference/problems.py: f(W) = 0.5 ||W A - B||_F^2, grad = (W A - B) A^T, from W0.
export const MATRIX_A = [[2, 0.5], [-1, 1.5]];
export const MATRIX_B = [[1, -0.5], [0.25, 2]];
export const MATRIX_W0 = [[0.5, -1], [1.5, 0.25]];

export const matrixLs = (w: tf.Tensor2D): tf.Scalar => tf.tidy(() => tf.mul(0.5, tf.sum(tf.square(tf.sub(tf.matMul(w, tf.tensor2d(MATRIX_A)), tf.tensor2d(MATRIX_B))))));

const residual = (w: Float64Array): number[] => {
  const [a, b] = [MATRIX_A.flat(), MATRIX_B.flat()];
  return [0, 1, 2, 3].map((k) => {
    const [i, j] = [Math.floor(k / 2), k % 2];
    return w[2 * i]! * a[j]! + w[2 * i + 1]! * a[2 + j]! - b[k]!;
  });
};

/** The matrix problem on row-major float64 values, shape [2, 2]. */
export const plainMatrixLs = {
  shape: [2, 2] as const,
  f: (w: Float64Array) => 0.5 * residual(w).reduce((s, r) => s + r * r, 0),
  grad: (w: Float64Array) => {
    const [r, a] = [residual(w), MATRIX_A.flat()];
    return Float64Array.from([0, 1, 2, 3], (k) => {
      const [i, j] = [Math.floor(k / 2), k % 2];
      return r[2 * i]! * a[2 * j]! + r[2 * i + 1]! * a[2 * j + 1]!;
    });
  },
};

/** Every matrix-ls case of `module`'s vectors, on each tfjs backend (1e-5) and on plain arrays (1e-9). */
export function describeGeneratedMatrixVectors(module: string): void {
  const vectors = generatedVectors(module);
  const cases = matrixCases(vectors);
  describe.each(TEST_BACKENDS)(`${module} matrix vectors on the %s backend (${vectors.source})`, (backend) => {
    it.each(cases)('reproduces "%s" at every step within 1e-5', async (key, c) => {
      await useBackend(backend);
      const optimizer = createOptimizer(c.config);
      const params = tf.tidy(() => tf.variable(tf.tensor2d(MATRIX_W0)));
      for (let step = 1; step <= c.steps; step++) {
        optimizer.step(params, matrixLs).dispose();
        expectClose(params.dataSync(), (c.p_after_step[String(step)] as number[][]).flat(), 1e-5, `${key} step ${step}`);
      }
      optimizer.dispose();
      params.dispose();
    });
  });

  it.each(cases)(`reproduces the float64 matrix vector "%s" of ${module} on plain arrays within 1e-9`, (key, c) => {
    const optimizer = createPlainOptimizer(c.config);
    let x: Float64Array = Float64Array.from(MATRIX_W0.flat());
    for (let step = 1; step <= c.steps; step++) {
      x = optimizer.step(x, plainMatrixLs).x;
      expectClose(x, (c.p_after_step[String(step)] as number[][]).flat(), 1e-9, `${key} step ${step}`);
    }
  });
}

/**
 * Every quadratic case of `module`'s vectors (only those of `optimizer` if given), on each tfjs backend (1e-5) and on
 * plain arrays (1e-9).
 */
export function describeGeneratedVectors(module: string, optimizer?: string): void {
  const vectors = generatedVectors(module);
  const cases = quadraticCases(vectors, optimizer);
  describe.each(TEST_BACKENDS)(`${module} vectors on the %s backend (${vectors.source})`, (backend) => {
    it.each(cases)('reproduces "%s" at every step within 1e-5', async (key, c) => {
      await useBackend(backend);
      const optimizer = createOptimizer(c.config);
      const params = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
      for (let step = 1; step <= c.steps; step++) {
        optimizer.step(params, quadratic).dispose();
        const reported = optimizer.evalParams?.(params) ?? params.clone();
        expectClose(reported.dataSync(), c.p_after_step[String(step)] as number[], 1e-5, `${key} step ${step}`);
        reported.dispose();
        if (c.y_after_step !== undefined) expectClose(params.dataSync(), c.y_after_step[String(step)]!, 1e-5, `${key} y at step ${step}`);
      }
      optimizer.dispose();
      params.dispose();
    });
  });

  it.each(cases)(`reproduces the float64 vector "%s" of ${module} on plain arrays within 1e-9`, (key, c) => {
    const optimizer = createPlainOptimizer(c.config);
    let x: Float64Array = Float64Array.from([1, -2]);
    for (let step = 1; step <= c.steps; step++) {
      x = optimizer.step(x, plainQuadratic).x;
      expectClose(optimizer.evalParams?.(x) ?? x, c.p_after_step[String(step)] as number[], 1e-9, `${key} step ${step}`);
      if (c.y_after_step !== undefined) expectClose(x, c.y_after_step[String(step)]!, 1e-9, `${key} y at step ${step}`);
    }
  });
}
