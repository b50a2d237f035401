import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { arrayOps } from '../../../src/core/optimizers/array-ops';
import { tensorOps } from '../../../src/core/optimizers/tensor-ops';
import { expectClose, TEST_BACKENDS, useBackend } from '../helpers';

// A = [[1, 2, 3], [4, 5, 6]] (2x3), B = [[1, 0], [-1, 2], [0.5, 1]] (3x2): A B = [[0.5, 7], [2, 16]] by hand.
const A = [1, 2, 3, 4, 5, 6];
const B = [1, 0, -1, 2, 0.5, 1];

describe('matrix ops on plain arrays', () => {
  const a = Float64Array.from(A);
  it('multiplies, transposes and reduces row-major matrices', () => {
    expect(Array.from(arrayOps.matMul(a, Float64Array.from(B), 2, 3, 2))).toEqual([0.5, 7, 2, 16]);
    expect(Array.from(arrayOps.transpose(a, 2, 3))).toEqual([1, 4, 2, 5, 3, 6]);
    expect(Array.from(arrayOps.rowMeans(a, 2, 3))).toEqual([2, 5]);
    expect(Array.from(arrayOps.colMeans(a, 2, 3))).toEqual([2.5, 3.5, 4.5]);
    expect(Array.from(arrayOps.outer(Float64Array.from([1, 2]), Float64Array.from([3, 4, 5])))).toEqual([3, 4, 5, 6, 8, 10]);
    expect(arrayOps.norm(a)).toBeCloseTo(Math.sqrt(91), 14);
    expect(arrayOps.rms(a)).toBeCloseTo(Math.sqrt(91 / 6), 14);
    expect(arrayOps.mean(a)).toBe(3.5);
    expect(arrayOps.maxScalar(0.1, 1)).toBe(1);
    expect(Array.from(arrayOps.divBy(a, 2))).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
  });
});

describe.each(TEST_BACKENDS)('matrix ops on tensors on the %s backend', (backend) => {
  it('agree with the plain arrays and leave no tensors behind', async () => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const values = tf.tidy(() => {
      const a = tf.tensor2d(A, [2, 3]);
      return [
        tensorOps.matMul(a, tf.tensor2d(B, [3, 2]), 2, 3, 2),
        tensorOps.transpose(a, 2, 3),
        tensorOps.rowMeans(a, 2, 3),
        tensorOps.colMeans(a, 2, 3),
        tensorOps.outer(tf.tensor1d([1, 2]), tf.tensor1d([3, 4, 5])),
        tensorOps.divBy(a, tensorOps.maxScalar(tensorOps.norm(a), 1)),
        tf.stack([tensorOps.rms(a), tensorOps.mean(a)]),
      ].map((t) => Array.from(t.dataSync()));
    });
    const a = Float64Array.from(A);
    const expected = [
      arrayOps.matMul(a, Float64Array.from(B), 2, 3, 2),
      arrayOps.transpose(a, 2, 3),
      arrayOps.rowMeans(a, 2, 3),
      arrayOps.colMeans(a, 2, 3),
      arrayOps.outer(Float64Array.from([1, 2]), Float64Array.from([3, 4, 5])),
      arrayOps.divBy(a, arrayOps.maxScalar(arrayOps.norm(a), 1)),
      [arrayOps.rms(a), arrayOps.mean(a)],
    ];
    for (const [i, v] of values.entries()) expectClose(v, expected[i]!, 1e-5, `op ${i}`);
    expect(tf.memory().numTensors).toBe(before);
  });
});
