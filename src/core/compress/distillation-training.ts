/**
 * Trains a student MLP to imitate a teacher MLP on the same data with Hinton's distillation loss. The teacher's
 * logits are computed once (it is frozen). A binary model's single logit z is read as the two-class logits [0, z].
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../data';
import type { Mlp } from '../model/mlp';
import type { TensorOptimizer } from '../optimizers/tensor-optimizer';
import { binaryLogitToTwoClass, distillationLossTf, resolveDistillationOptions, type DistillationOptions } from './distillation-loss';
import { runSteps, runStepsAsync, type LossHistory, type StepControl } from './training-steps';

export interface DistillationTrainingOptions extends DistillationOptions {
  steps: number;
  /** Loss read-back interval. Default 25. */
  readEvery?: number;
  /** In the worker: report each step to this job control, which may cancel the run (JobCancelled). */
  control?: StepControl | undefined;
}

function asClassLogits(model: Mlp, logits: tf.Tensor2D): tf.Tensor2D {
  return model.spec.task === 'binary' ? binaryLogitToTwoClass(logits) : logits;
}

/** Trains `student` in place; resolves to the distillation-loss history. A cancelled run rejects and frees its tensors. */
export async function trainDistilled(student: Mlp, teacher: Mlp, optimizer: TensorOptimizer, data: Dataset, options: DistillationTrainingOptions): Promise<LossHistory> {
  const where = 'trainDistilled()';
  const loss = resolveDistillationOptions(options, where);
  if (student.spec.task === 'regression' || student.spec.task !== teacher.spec.task || student.outputDim !== teacher.outputDim) {
    throw new Error(
      `student and teacher must be classifiers of the same task and output size (got ${student.spec.task}/${student.outputDim} and ${teacher.spec.task}/${teacher.outputDim}) in ${where}`,
    );
  }
  const x = tf.tensor2d(data.x, [data.n, student.inputDim]);
  const labels = tf.tensor1d(data.y);
  const teacherLogits = tf.tidy(() => asClassLogits(teacher, teacher.forward(x)));
  try {
    const objective = (params: tf.Tensor1D): tf.Scalar => tf.tidy(() => distillationLossTf(asClassLogits(student, student.forward(x, params)), teacherLogits, labels, loss));
    const steps = { steps: options.steps, readEvery: options.readEvery ?? 25 };
    return options.control === undefined ? runSteps(optimizer, student.params, objective, steps, where) : await runStepsAsync(optimizer, student.params, objective, steps, where, options.control);
  } finally {
    x.dispose();
    labels.dispose();
    teacherLogits.dispose();
  }
}
