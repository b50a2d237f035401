/**
 * Tensor losses: the mean over a batch, used for training. Their one-example, plain-number twins (which the loss
 * explorer plots without loading tfjs) are in `loss-curves.ts`. The logit-based losses use the stable forms
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
