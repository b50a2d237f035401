/** Hessian helpers on plain float64 arrays, for Newton's method on plain functions and on tfjs objectives. */

/** Averages H with its transpose in place: rounding (or finite differences) makes H_ij and H_ji differ slightly. */
export function symmetrize(h: Float64Array, n: number): Float64Array {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = 0.5 * (h[i * n + j]! + h[j * n + i]!);
      h[i * n + j] = m;
      h[j * n + i] = m;
    }
  }
  return h;
}

/** Central differences of the exact gradient (float64): exact for quadratics up to rounding. */
export function finiteDifferenceHessian(grad: (x: Float64Array) => Float64Array, x: Float64Array): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const step = 1e-5 * Math.max(1, Math.abs(x[j]!));
    const plus = Float64Array.from(x);
    const minus = Float64Array.from(x);
    plus[j] = x[j]! + step;
    minus[j] = x[j]! - step;
    const gp = grad(plus);
    const gm = grad(minus);
    for (let i = 0; i < n; i++) h[i * n + j] = (gp[i]! - gm[i]!) / (2 * step);
  }
  return symmetrize(h, n);
}
