import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, beforeAll } from 'vitest';
import {
  binaryLogitToTwoClass,
  distillationLoss,
  distillationLossTf,
} from '../../../src/core/compress/distillation-loss';
import { randomTensor, TEST_BACKENDS, useBackend, vectors } from './helpers';

const ref = vectors['distillation'] as {
  student_logits: number[];
  teacher_logits: number[];
  label: number;
  T: number;
  alpha: number;
  kl_T: number;
  soft_ce_T: number;
  hard_ce_T1: number;
  loss_alpha_T2_kl_plus_1m_alpha_ce: number;
};

describe('distillationLoss (plain arrays)', () => {
  it('matches the reference: KL 0.0531296, hard CE 0.4170300, loss 0.2738719', () => {
    const parts = distillationLoss(ref.student_logits, ref.teacher_logits, [ref.label], { temperature: ref.T, alpha: ref.alpha });
    expect(parts.kl).toBeCloseTo(ref.kl_T, 12);
    expect(parts.softCrossEntropy).toBeCloseTo(ref.soft_ce_T, 12);
    expect(parts.hardCrossEntropy).toBeCloseTo(ref.hard_ce_T1, 12);
    expect(parts.loss).toBeCloseTo(ref.loss_alpha_T2_kl_plus_1m_alpha_ce, 12);
  });

  it('is pure hard-label cross-entropy at alpha = 0 and zero KL when student equals teacher', () => {
    const parts = distillationLoss([1, 2, 3], [1, 2, 3], [2], { alpha: 0 });
    expect(parts.kl).toBeCloseTo(0, 12);
    expect(parts.loss).toBeCloseTo(parts.hardCrossEntropy, 12);
  });

  it.each([
    [{ temperature: 0 }, 'temperature must be a finite number > 0 (got 0) in distillationLoss()'],
    [{ temperature: -1 }, 'temperature must be a finite number > 0 (got -1) in distillationLoss()'],
    [{ alpha: 1.5 }, 'alpha must be a number in [0, 1] (got 1.5) in distillationLoss()'],
  ])('rejects %j', (options, message) => {
    expect(() => distillationLoss([1, 2], [1, 2], [0], options)).toThrow(message);
  });

  it('rejects a label out of range', () => {
    expect(() => distillationLoss([1, 2], [1, 2], [2])).toThrow('labels must be integers from 0 to 1 (got 2 at index 0) in distillationLoss()');
  });
});

describe.each(TEST_BACKENDS)('distillationLossTf on %s', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('matches the reference value in float32', () => {
    const loss = tf.tidy(() =>
      distillationLossTf(tf.tensor2d([ref.student_logits]), tf.tensor2d([ref.teacher_logits]), tf.tensor1d([ref.label]), {
        temperature: ref.T,
        alpha: ref.alpha,
      }),
    );
    expect(loss.dataSync()[0]).toBeCloseTo(ref.loss_alpha_T2_kl_plus_1m_alpha_ce, 6);
    loss.dispose();
  });

  it('agrees with the plain version on a random batch and leaks no tensors', () => {
    const s = randomTensor(32 * 3, 'kd-s', 2);
    const t = randomTensor(32 * 3, 'kd-t', 2);
    const labels = Array.from({ length: 32 }, (_, i) => i % 3);
    const before = tf.memory().numTensors;
    const value = tf.tidy(() =>
      distillationLossTf(tf.tensor2d(s, [32, 3]), tf.tensor2d(t, [32, 3]), tf.tensor1d(labels), { temperature: 4, alpha: 0.5 }).dataSync()[0],
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(value).toBeCloseTo(distillationLoss(s, t, labels, { temperature: 4, alpha: 0.5 }).loss, 5);
  });

  it('turns a sigmoid logit z into the two-class logits [0, z]', () => {
    const two = binaryLogitToTwoClass(tf.tensor2d([[1.5], [-2]]));
    expect(Array.from(two.dataSync())).toEqual([0, 1.5, 0, -2]);
    two.dispose();
  });
});
