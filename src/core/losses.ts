/**
 * Loss functions in two forms: tensor losses (mean over the batch, used for training) and plain-number losses of one
 * error or logit (used by the loss-explorer demo to plot a curve). The logit-based losses use the stable forms
 * max(z,0) - z*y + log(1+exp(-|z|)) and log-sum-exp, so large logits never overflow.
 */
import * as tf from '@tensorflow/tfjs-core';

// ---- tensor losses: inputs [n] or [n, k]; result is a scalar mean over the batch ----

export function meanSquaredError(prediction: tf.Tensor, target: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.squaredDifference(prediction, target)));
}

export function meanAbsoluteError(prediction: tf.Tensor, target: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.abs(tf.sub(prediction, target))));
}

/** Huber: 0.5 e^2 for |e| <= delta, delta(|e| - 0.5 delta) beyond (PyTorch HuberLoss). Default delta 1. */
export function huberLoss(prediction: tf.Tensor, target: tf.Tensor, delta = 1): tf.Scalar {
  return tf.tidy(() => {
    const a = tf.abs(tf.sub(prediction, target));
    const quadratic = tf.minimum(a, delta);
    const linear = tf.sub(a, quadratic);
    return tf.mean(tf.add(tf.mul(0.5, tf.square(quadratic)), tf.mul(delta, linear)));
  });
}

/** Binary cross-entropy from logits with 0/1 labels, computed as max(z,0) - z*y + log(1+exp(-|z|)). */
export function binaryCrossEntropyWithLogits(logits: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const z = logits;
    const terms = tf.add(tf.sub(tf.relu(z), tf.mul(z, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
    return tf.mean(terms);
  });
}

/** Softmax cross-entropy from logits [n, k] and one-hot (or soft) targets [n, k]; uses logSoftmax (log-sum-exp). */
export function softmaxCrossEntropyWithLogits(logits: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), -1))) as tf.Scalar);
}

/** Hinge loss max(0, 1 - y*s) with labels y in {-1, +1}. */
export function hingeLoss(scores: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.relu(tf.sub(1, tf.mul(labels, scores)))));
}

// ---- plain-number losses of one example ----

export const squaredErrorOf = (error: number): number => error * error;
export const absoluteErrorOf = (error: number): number => Math.abs(error);
export function huberOf(error: number, delta = 1): number {
  const a = Math.abs(error);
  return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
}
/** Binary cross-entropy of one logit z against a 0/1 label, stable for any z. */
export function binaryCrossEntropyOf(logit: number, label: number): number {
  return Math.max(logit, 0) - logit * label + Math.log1p(Math.exp(-Math.abs(logit)));
}
/** Softmax cross-entropy of a logit vector against a class index, via log-sum-exp. */
export function softmaxCrossEntropyOf(logits: readonly number[], label: number): number {
  const max = Math.max(...logits);
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - max);
  const zLabel = logits[label];
  if (zLabel === undefined) throw new Error(`label must be an index into logits (got ${label} for ${logits.length} logits)`);
  return max + Math.log(sum) - zLabel;
}
/** Hinge loss of one score against a label in {-1, +1}. */
export const hingeOf = (score: number, label: number): number => Math.max(0, 1 - label * score);

export const LOSS_NAMES = ['mse', 'mae', 'huber', 'bce', 'hinge'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

/**
 * One-variable curves for the loss explorer: loss as a function of the error (regression losses) or of the logit /
 * score with label 1 (classification losses).
 */
export function lossCurve(name: LossName, x: number, options: { delta?: number } = {}): number {
  switch (name) {
    case 'mse':
      return squaredErrorOf(x);
    case 'mae':
      return absoluteErrorOf(x);
    case 'huber':
      return huberOf(x, options.delta ?? 1);
    case 'bce':
      return binaryCrossEntropyOf(x, 1);
    case 'hinge':
      return hingeOf(x, 1);
  }
}
