/**
 * Hinton, Vinyals & Dean (2015, arXiv 1503.02531 §2) knowledge-distillation loss, in the common form
 *   L = alpha * T^2 * KL(softmax(z_t / T) || softmax(z_s / T)) + (1 - alpha) * CE(y, softmax(z_s)),
 * averaged over the batch (PyTorch `F.kl_div(..., reduction='batchmean') * T^2`). The T^2 restores the gradient
 * scale of the soft term, which shrinks as 1/T^2. Alpha weights the *distillation* term, as in the paper and in
 * PyTorch recipes; the Keras example uses the opposite convention.
 */
import * as tf from '@tensorflow/tfjs-core';
import { checkPositive, checkUnitInterval } from './validate';

export interface DistillationOptions {
  /** Softmax temperature T > 0 for both teacher and student soft targets. Default 2. */
  temperature?: number;
  /** Weight of the soft (distillation) term in [0, 1]; the hard-label term gets 1 - alpha. Default 0.7. */
  alpha?: number;
}

export interface DistillationLossParts {
  loss: number;
  /** Mean KL(teacher_T || student_T), before the T^2 factor. */
  kl: number;
  /** Mean cross-entropy of the teacher's soft targets against the student at temperature T (KL + teacher entropy). */
  softCrossEntropy: number;
  /** Mean cross-entropy of the hard labels against the student at T = 1. */
  hardCrossEntropy: number;
}

export function resolveDistillationOptions(options: DistillationOptions, where: string): { temperature: number; alpha: number } {
  return {
    temperature: checkPositive(options.temperature ?? 2, 'temperature', where),
    alpha: checkUnitInterval(options.alpha ?? 0.7, 'alpha', where),
  };
}

function logSoftmaxRow(logits: ArrayLike<number>, start: number, classes: number, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < classes; k++) max = Math.max(max, (logits[start + k] as number) / temperature);
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += Math.exp((logits[start + k] as number) / temperature - max);
  const logZ = max + Math.log(sum);
  const out = new Float64Array(classes);
  for (let k = 0; k < classes; k++) out[k] = (logits[start + k] as number) / temperature - logZ;
  return out;
}

/**
 * The loss on plain arrays (row-major logits, `classes` per row, integer labels), computed in float64: the
 * reference implementation the tfjs version is tested against.
 */
export function distillationLoss(
  studentLogits: ArrayLike<number>,
  teacherLogits: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: DistillationOptions = {},
): DistillationLossParts {
  const where = 'distillationLoss()';
  const { temperature, alpha } = resolveDistillationOptions(options, where);
  const batch = labels.length;
  if (batch === 0) throw new Error(`labels must not be empty in ${where}`);
  const classes = studentLogits.length / batch;
  if (!Number.isInteger(classes) || classes < 2 || teacherLogits.length !== studentLogits.length) {
    throw new Error(
      `studentLogits and teacherLogits must both hold labels.length * classes values with classes >= 2 (got ${studentLogits.length}, ${teacherLogits.length} for ${batch} labels) in ${where}`,
    );
  }
  let kl = 0;
  let softCe = 0;
  let hardCe = 0;
  for (let b = 0; b < batch; b++) {
    const label = labels[b] as number;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new Error(`labels must be integers from 0 to ${classes - 1} (got ${label} at index ${b}) in ${where}`);
    }
    const logPs = logSoftmaxRow(studentLogits, b * classes, classes, temperature);
    const logPt = logSoftmaxRow(teacherLogits, b * classes, classes, temperature);
    for (let k = 0; k < classes; k++) {
      const pt = Math.exp(logPt[k] as number);
      kl += pt * ((logPt[k] as number) - (logPs[k] as number));
      softCe -= pt * (logPs[k] as number);
    }
    hardCe -= logSoftmaxRow(studentLogits, b * classes, classes, 1)[label] as number;
  }
  kl /= batch;
  softCe /= batch;
  hardCe /= batch;
  return { loss: alpha * temperature * temperature * kl + (1 - alpha) * hardCe, kl, softCrossEntropy: softCe, hardCrossEntropy: hardCe };
}

/**
 * A single sigmoid logit z is the two-class softmax over [0, z]; this lets binary models (one output unit) be
 * distilled with the same multi-class loss.
 */
export function binaryLogitToTwoClass(logits: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.concat([tf.zerosLike(logits), logits], 1));
}

/**
 * The same loss as a differentiable tfjs scalar, for training. `labels` holds class indices (any numeric dtype).
 * Logits are [batch, classes]; the teacher's are treated as constants.
 */
export function distillationLossTf(
  studentLogits: tf.Tensor2D,
  teacherLogits: tf.Tensor2D,
  labels: tf.Tensor1D,
  options: DistillationOptions = {},
): tf.Scalar {
  const { temperature, alpha } = resolveDistillationOptions(options, 'distillationLossTf()');
  return tf.tidy(() => {
    const classes = studentLogits.shape[1];
    const logPs = tf.logSoftmax(tf.div(studentLogits, temperature));
    const logPt = tf.logSoftmax(tf.div(teacherLogits, temperature));
    const kl = tf.mean(tf.sum(tf.mul(tf.exp(logPt), tf.sub(logPt, logPs)), 1));
    const oneHot = tf.oneHot(tf.cast(labels, 'int32'), classes);
    const hardCe = tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(studentLogits)), 1)));
    return tf.add(tf.mul(kl, alpha * temperature * temperature), tf.mul(hardCe, 1 - alpha)) as tf.Scalar;
  });
}
