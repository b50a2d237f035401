/**
 * `optimizePlain` runs an optimizer on a plain-number problem (Float64, no tfjs) from x0 for a number of steps and
 * records the path. The 2-D demos call it on the page: a path of a thousand steps takes well under a millisecond.
 * x0 may be a matrix (rows); the problem's f and grad then take and return row-major Float64Arrays, and params[k]
 * is the matrix after step k.
 */
import { checkRunOptions, recordRun, stepOptionsAt, type OptimizeResult, type OptimizeRunOptions } from './optimize-run';
import { flattenStart, matrixResult, type MatrixRunOptions } from './optimize-start';
import { createPlainOptimizer, type PlainProblem } from './optimizers/plain-optimizer';

export interface OptimizePlainOptions extends OptimizeRunOptions {
  problem: PlainProblem;
}

export type MatrixOptimizePlainOptions = MatrixRunOptions & {
  /** f and grad on the row-major values of a matrix shaped like x0 (problem.shape, if given, must match x0). */
  problem: PlainProblem;
};

/** Minimises plain-number functions with the same update rules as `optimize`. */
export function optimizePlain(options: OptimizePlainOptions): OptimizeResult;
export function optimizePlain(options: MatrixOptimizePlainOptions): OptimizeResult<number[][]>;
export function optimizePlain(options: OptimizePlainOptions | MatrixOptimizePlainOptions): OptimizeResult | OptimizeResult<number[][]> {
  const start = flattenStart(options.x0);
  const run: OptimizeRunOptions = { ...options, x0: start.values };
  checkRunOptions(run);
  const given = options.problem.shape;
  if (start.shape.length === 2 && given !== undefined && given.join() !== start.shape.join()) {
    throw new Error(`problem.shape [${given.join(', ')}] must match x0's shape [${start.shape.join(', ')}] in optimize`);
  }
  const problem: PlainProblem = start.shape.length === 2 ? { ...options.problem, shape: start.shape } : options.problem;
  const optimizer = createPlainOptimizer(options.optimizer);
  const baseLr = optimizer.config.lr;
  let x: Float64Array = Float64Array.from(start.values);
  // Schedule-free optimizers report x, the point their reference evaluates with, and the loss there; the gradient
  // point y stays inside the loop (see evalParams).
  let reported = x;
  const result = recordRun(
    run,
    (p) => problem.f(Float64Array.from(p)),
    (k) => {
      const out = optimizer.step(x, problem, stepOptionsAt(run, baseLr, k));
      x = out.x;
      if (optimizer.evalParams === undefined) return { lossBefore: out.loss, next: Array.from(x) };
      const lossBefore = problem.f(reported);
      reported = optimizer.evalParams(x);
      return { lossBefore, next: Array.from(reported) };
    },
  );
  return start.shape.length === 2 ? matrixResult(result, start.shape) : result;
}
