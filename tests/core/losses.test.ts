import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropyWithLogits,
  hingeLoss,
  huberLoss,
  meanAbsoluteError,
  meanSquaredError,
  softmaxCrossEntropyWithLogits,
} from '../../src/core/losses';
import { binaryCrossEntropyOf, hingeOf, huberOf, lossCurve, softmaxCrossEntropyOf } from '../../src/core/loss-curves';
import { TEST_BACKENDS, useBackend } from './helpers';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pred = [0.5, -2, 3, 0];
const target = [1, 1, 0, 0];

describe('plain-number losses', () => {
  it.each([
    [0.5, 1, 0.125],
    [3, 1, 2.5],
    [-2, 0.5, 0.875],
  ])('huberOf(%d, delta %d) = %d', (e, delta, expected) => expect(huberOf(e, delta)).toBeCloseTo(expected, 12));

  it.each([
    [0, 1, Math.log(2)],
    [1000, 1, 0],
    [-1000, 1, 1000],
    [1000, 0, 1000],
  ])('binaryCrossEntropyOf(logit %d, label %d) = %d without overflow', (z, y, expected) => expect(binaryCrossEntropyOf(z, y)).toBeCloseTo(expected, 10));

  it('computes softmax cross-entropy via log-sum-exp even for huge logits', () => {
    expect(softmaxCrossEntropyOf([1000, 1000], 0)).toBeCloseTo(Math.log(2), 10);
    expect(softmaxCrossEntropyOf([2, 1, 0.1], 0)).toBeCloseTo(0.4170300, 6); // the distillation vector's hard CE
  });

  it.each([
    [2, 1, 0],
    [0.5, 1, 0.5],
    [0.5, -1, 1.5],
  ])('hingeOf(score %d, label %d) = %d', (s, y, expected) => expect(hingeOf(s, y)).toBe(expected));

  it('draws loss curves for the loss explorer', () => {
    expect(lossCurve('mse', -3)).toBe(9);
    expect(lossCurve('mae', -3)).toBe(3);
    expect(lossCurve('huber', 3, { delta: 2 })).toBe(4);
  });
});

describe.each(TEST_BACKENDS)('tensor losses on the %s backend', (backend) => {
  it.each([
    ['meanSquaredError', meanSquaredError, mean(pred.map((p, i) => (p - target[i]!) ** 2))],
    ['meanAbsoluteError', meanAbsoluteError, mean(pred.map((p, i) => Math.abs(p - target[i]!)))],
    ['huberLoss', (a: tf.Tensor, b: tf.Tensor) => huberLoss(a, b, 1), mean(pred.map((p, i) => huberOf(p - target[i]!, 1)))],
    ['binaryCrossEntropyWithLogits', binaryCrossEntropyWithLogits, mean(pred.map((p, i) => binaryCrossEntropyOf(p, target[i]!)))],
    ['hingeLoss', (a: tf.Tensor, b: tf.Tensor) => hingeLoss(a, tf.sub(tf.mul(b, 2), 1)), mean(pred.map((p, i) => hingeOf(p, 2 * target[i]! - 1)))],
  ])('%s equals the mean of the plain-number loss', async (_name, loss, expected) => {
    await useBackend(backend);
    const value = tf.tidy(() => loss(tf.tensor1d(pred), tf.tensor1d(target)).dataSync()[0]!);
    expect(value).toBeCloseTo(expected, 5);
  });

  it('computes softmax cross-entropy from logits with one-hot targets, stably', async () => {
    await useBackend(backend);
    const value = tf.tidy(() => softmaxCrossEntropyWithLogits(tf.tensor2d([[2, 1, 0.1], [1000, 0, -1000]]), tf.tensor2d([[1, 0, 0], [0, 1, 0]])).dataSync()[0]!);
    expect(value).toBeCloseTo((softmaxCrossEntropyOf([2, 1, 0.1], 0) + softmaxCrossEntropyOf([1000, 0, -1000], 1)) / 2, 3);
  });
});
