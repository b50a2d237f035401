/**
 * Newton's method: p <- p - lr * (H + damping*I)^-1 g, with the exact Hessian (tfjs: gradients of gradients;
 * plain functions: central differences of the exact gradient, exact for quadratics up to rounding).
 * With lr = 1 it reaches the minimum of a quadratic in one step. When the (damped) Hessian is singular the step
 * falls back to a gradient step, so a demo on a saddle still moves.
 */
import type { HostProblem, HostRule } from './host-rule';
import type { OptimizerSpec } from './validate-config';

export interface NewtonConfig {
  /** Step size along the Newton direction. Default 1 (the full step). */
  lr: number;
  /** Added to the Hessian diagonal (Levenberg-style). Default 0. */
  damping: number;
}

export const newtonSpec: OptimizerSpec<NewtonConfig> = {
  defaults: { lr: 1, damping: 0 },
  fields: { lr: { kind: 'positive' }, damping: { kind: 'nonNegative' } },
};

/** Solves A x = b (A row-major n*n) by Gaussian elimination with partial pivoting; undefined if singular. */
function solveLinear(a: Float64Array, b: Float64Array): Float64Array | undefined {
  const n = b.length;
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  let scale = 0;
  for (const v of m) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]!) > Math.abs(m[pivot * n + col]!)) pivot = r;
    if (!(Math.abs(m[pivot * n + col]!) > 1e-12 * Math.max(scale, 1e-300))) return undefined;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = m[col * n + c]!;
        m[col * n + c] = m[pivot * n + c]!;
        m[pivot * n + c] = t;
      }
      const t = x[col]!;
      x[col] = x[pivot]!;
      x[pivot] = t;
    }
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col]! / m[col * n + col]!;
      if (f === 0) continue;
      for (let c = col; c < n; c++) m[r * n + c] = m[r * n + c]! - f * m[col * n + c]!;
      x[r] = x[r]! - f * x[col]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let c = r + 1; c < n; c++) s -= m[r * n + c]! * x[c]!;
    x[r] = s / m[r * n + r]!;
  }
  return x.every(Number.isFinite) ? x : undefined;
}

export function createNewton(config: NewtonConfig): HostRule {
  return {
    step(x: Float64Array, problem: HostProblem, lr: number) {
      const { loss, grad } = problem.evaluate(x);
      const n = x.length;
      const h = problem.hessian(x);
      for (let i = 0; i < n; i++) h[i * n + i] = h[i * n + i]! + config.damping;
      const direction = solveLinear(h, grad) ?? grad;
      const next = new Float64Array(n);
      for (let i = 0; i < n; i++) next[i] = x[i]! - lr * direction[i]!;
      return { x: next, loss };
    },
  };
}
