/**
 * The tiny vector interface every first-order update rule is written against, so each rule exists once and runs on
 * plain Float64Arrays (array-ops.ts: the 2-D loss-surface demos, on the page) and on tfjs tensors (tensor-ops.ts: the
 * nets, in the worker). `S` is a scalar handle: a plain number for arrays, a kept tf.Scalar created once for tensors.
 */
export interface VectorOps<V, S> {
  /** A constant scalar created once, outside any tidy, and reused every step (the tensor optimizer disposes it). */
  scalar(value: number): S;
  add(a: V, b: V): V;
  sub(a: V, b: V): V;
  mul(a: V, b: V): V;
  div(a: V, b: V): V;
  maximum(a: V, b: V): V;
  /** a * s */
  scale(a: V, s: S | number): V;
  /** a + s */
  shift(a: V, s: S | number): V;
  sqrt(a: V): V;
  abs(a: V): V;
  /** sign(0) = 0 */
  sign(a: V): V;
  square(a: V): V;
  /** A vector shaped like `a` filled with `value`. */
  filled(a: V, value: number): V;
  // Reductions and scalar-handle arithmetic, for rules that scale a whole vector by its norm (LAMB's trust ratio,
  // SAM's perturbation). On tensors they stay on the device: no value is read back during a step.
  /** The Euclidean norm ||a||_2. */
  norm(a: V): S;
  /** a / b */
  divScalar(a: S | number, b: S | number): S;
  /** a + b */
  addScalar(a: S | number, b: S | number): S;
  /** min(max(a, lo), hi) */
  clampScalar(a: S, lo: number, hi: number): S;
  /** a / b when a > 0 and b > 0, else `fallback` (LAMB's trust ratio, guarded against a zero norm). */
  ratioOr(a: S, b: S, fallback: number): S;
}
