/**
 * Contract for the second-order / quasi-Newton methods (Newton, L-BFGS). Their control flow is full of scalar
 * decisions (line-search tests, tolerances, a linear solve), so, like PyTorch's LBFGS with its .item() calls, they
 * read values back every iteration. Their small vector algebra runs in float64 on the host; the objective and its
 * exact gradient (and Hessian) come from tfjs or from plain functions through `HostProblem`.
 */
export interface HostProblem {
  /** Loss and exact gradient at x. */
  evaluate(x: Float64Array): { loss: number; grad: Float64Array };
  /** Exact (or exact-gradient finite-difference) Hessian at x, row-major n*n. */
  hessian(x: Float64Array): Float64Array;
}

export interface HostRule {
  /** One optimizer step (one PyTorch `.step(closure)`); returns the new point and the loss at the old one. */
  step(x: Float64Array, problem: HostProblem, lr: number): { x: Float64Array; loss: number };
}

export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** a + s*b as a new array */
export function axpy(a: Float64Array, s: number, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! + s * b[i]!;
  return out;
}

export function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}

export function sumAbs(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += Math.abs(v);
  return s;
}
