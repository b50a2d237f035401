/**
 * `optimizePlain` runs an optimizer on a plain-number problem (Float64, no tfjs) from x0 for a number of steps and
 * records the path. The 2-D demos call it on the page: a path of a thousand steps takes well under a millisecond.
 */
import { checkRunOptions, recordRun, stepOptionsAt, type OptimizeResult, type OptimizeRunOptions } from './optimize-run';
import { createPlainOptimizer, type PlainProblem } from './optimizers/plain-optimizer';

export interface OptimizePlainOptions extends OptimizeRunOptions {
  problem: PlainProblem;
}

/** Minimises plain-number functions with the same update rules as `optimize`. */
export function optimizePlain(options: OptimizePlainOptions): OptimizeResult {
  checkRunOptions(options);
  const optimizer = createPlainOptimizer(options.optimizer);
  const baseLr = optimizer.config.lr;
  let x: Float64Array = Float64Array.from(Array.from(options.x0));
  // Schedule-free optimizers report x, the point their reference evaluates with, and the loss there; the gradient
  // point y stays inside the loop (see evalParams).
  let reported = x;
  return recordRun(
    options,
    (p) => options.problem.f(Float64Array.from(p)),
    (k) => {
      const out = optimizer.step(x, options.problem, stepOptionsAt(options, baseLr, k));
      x = out.x;
      if (optimizer.evalParams === undefined) return { lossBefore: out.loss, next: Array.from(x) };
      const lossBefore = options.problem.f(reported);
      reported = optimizer.evalParams(x);
      return { lossBefore, next: Array.from(reported) };
    },
  );
}
