/**
 * `optimize` runs an optimizer on a tfjs objective from x0 for a number of steps and records the path. x0 is a vector
 * (the objective takes a 1-D tensor) or a matrix given as rows (the objective takes a 2-D tensor; params[k] is then
 * the matrix after step k), so matrix methods such as Muon run on small matrix problems.
 */
import * as tf from '@tensorflow/tfjs-core';
import { checkRunOptions, recordRun, stepOptionsAt, type OptimizeResult, type OptimizeRunOptions } from './optimize-run';
import { flattenStart, matrixResult, type MatrixRunOptions } from './optimize-start';
import { createOptimizer } from './optimizers/tensor-optimizer';
import { evaluateObjective, type MatrixObjective, type Objective, type ShapedObjective } from './optimizers/tensor-problem';

export interface OptimizeOptions extends OptimizeRunOptions {
  /** Maps a 1-D parameter tensor to a scalar loss. */
  objective: Objective;
}

export type MatrixOptimizeOptions = MatrixRunOptions & {
  /** Maps a 2-D parameter tensor (the shape of x0) to a scalar loss. */
  objective: MatrixObjective;
};

/** Minimises a tfjs objective; leaves no tensors behind. */
export function optimize(options: OptimizeOptions): OptimizeResult;
export function optimize(options: MatrixOptimizeOptions): OptimizeResult<number[][]>;
export function optimize(options: OptimizeOptions | MatrixOptimizeOptions): OptimizeResult | OptimizeResult<number[][]> {
  const start = flattenStart(options.x0);
  const run: OptimizeRunOptions = { ...options, x0: start.values };
  checkRunOptions(run);
  const shape: number[] = [...start.shape];
  const objective: ShapedObjective = options.objective;
  const optimizer = createOptimizer(options.optimizer);
  const params = tf.tidy(() => tf.variable(tf.tensor<tf.Rank>(Float32Array.from(start.values), shape) as tf.Tensor1D, true));
  const baseLr = optimizer.config.lr;
  let reported = Array.from(start.values);
  try {
    const result = recordRun(
      run,
      (x) => tf.tidy(() => evaluateObjective(objective, tf.tensor(x, shape)).dataSync()[0]!),
      (k) => {
        // Schedule-free optimizers report x, the point their reference evaluates with, and the loss there (evalParams).
        const before = optimizer.evalParams === undefined ? undefined : tf.tidy(() => evaluateObjective(objective, tf.tensor(reported, shape)).dataSync()[0]!);
        // One call for either rank: the optimizer reads the parameter's shape from the Variable itself.
        const loss = optimizer.step(params, objective as Objective, stepOptionsAt(run, baseLr, k));
        const lossBefore = before ?? loss.dataSync()[0]!;
        loss.dispose();
        if (optimizer.evalParams === undefined) return { lossBefore, next: Array.from(params.dataSync()) };
        const x = optimizer.evalParams(params);
        reported = Array.from(x.dataSync());
        x.dispose();
        return { lossBefore, next: reported };
      },
    );
    return start.shape.length === 2 ? matrixResult(result, start.shape) : result;
  } finally {
    optimizer.dispose();
    params.dispose();
  }
}
