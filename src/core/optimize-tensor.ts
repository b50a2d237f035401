/** `optimize` runs an optimizer on a tfjs objective from x0 for a number of steps and records the path. */
import * as tf from '@tensorflow/tfjs-core';
import { checkRunOptions, recordRun, stepOptionsAt, type OptimizeResult, type OptimizeRunOptions } from './optimize-run';
import { createOptimizer } from './optimizers/tensor-optimizer';
import type { Objective } from './optimizers/tensor-problem';

export interface OptimizeOptions extends OptimizeRunOptions {
  /** Maps a 1-D parameter tensor to a scalar loss. */
  objective: Objective;
}

/** Minimises a tfjs objective; leaves no tensors behind. */
export function optimize(options: OptimizeOptions): OptimizeResult {
  checkRunOptions(options);
  const optimizer = createOptimizer(options.optimizer);
  const params = tf.tidy(() => tf.variable(tf.tensor1d(Float32Array.from(Array.from(options.x0))), true));
  const baseLr = optimizer.config.lr;
  let reported = Array.from(options.x0);
  try {
    return recordRun(
      options,
      (x) => tf.tidy(() => options.objective(tf.tensor1d(x)).dataSync()[0]!),
      (k) => {
        // Schedule-free optimizers report x, the point their reference evaluates with, and the loss there (evalParams).
        const before = optimizer.evalParams === undefined ? undefined : tf.tidy(() => options.objective(tf.tensor1d(reported)).dataSync()[0]!);
        const loss = optimizer.step(params, options.objective, stepOptionsAt(options, baseLr, k));
        const lossBefore = before ?? loss.dataSync()[0]!;
        loss.dispose();
        if (optimizer.evalParams === undefined) return { lossBefore, next: Array.from(params.dataSync()) };
        const x = optimizer.evalParams(params);
        reported = Array.from(x.dataSync());
        x.dispose();
        return { lossBefore, next: reported };
      },
    );
  } finally {
    optimizer.dispose();
    params.dispose();
  }
}
