/** MatrixOps on plain Float64Arrays (float64, no tfjs): the update rules' arithmetic for the page-side 2-D demos. */
import type { MatrixOps } from './matrix-ops';

function map1(a: Float64Array, f: (x: number) => number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = f(a[i]!);
  return out;
}

function map2(a: Float64Array, b: Float64Array, f: (x: number, y: number) => number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = f(a[i]!, b[i]!);
  return out;
}

function sumOf(a: Float64Array, f: (x: number) => number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += f(a[i]!);
  return s;
}

/** Means of a row-major rows x cols matrix along rows (one per row) or along columns (one per column). */
function axisMeans(a: Float64Array, rows: number, cols: number, perRow: boolean): Float64Array {
  const out = new Float64Array(perRow ? rows : cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const k = perRow ? i : j;
      out[k] = out[k]! + a[i * cols + j]!;
    }
  }
  return map1(out, (x) => x / (perRow ? cols : rows));
}

export const arrayOps: MatrixOps<Float64Array, number> = {
  scalar: (value) => value,
  add: (a, b) => map2(a, b, (x, y) => x + y),
  sub: (a, b) => map2(a, b, (x, y) => x - y),
  mul: (a, b) => map2(a, b, (x, y) => x * y),
  div: (a, b) => map2(a, b, (x, y) => x / y),
  maximum: (a, b) => map2(a, b, (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y))),
  scale: (a, s) => map1(a, (x) => x * s),
  shift: (a, s) => map1(a, (x) => x + s),
  sqrt: (a) => map1(a, Math.sqrt),
  abs: (a) => map1(a, Math.abs),
  sign: (a) => map1(a, (x) => (x > 0 ? 1 : x < 0 ? -1 : x)),
  square: (a) => map1(a, (x) => x * x),
  filled: (a, value) => new Float64Array(a.length).fill(value),
  matMul(a, b, rows, inner, cols) {
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let k = 0; k < inner; k++) s += a[i * inner + k]! * b[k * cols + j]!;
        out[i * cols + j] = s;
      }
    }
    return out;
  },
  transpose(a, rows, cols) {
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j]!;
    return out;
  },
  rowMeans: (a, rows, cols) => axisMeans(a, rows, cols, true),
  colMeans: (a, rows, cols) => axisMeans(a, rows, cols, false),
  outer(u, v) {
    const out = new Float64Array(u.length * v.length);
    for (let i = 0; i < u.length; i++) for (let j = 0; j < v.length; j++) out[i * v.length + j] = u[i]! * v[j]!;
    return out;
  },
  rms: (a) => Math.sqrt(sumOf(a, (x) => x * x) / a.length),
  mean: (a) => sumOf(a, (x) => x) / a.length,
  maxScalar: (s, floor) => (Number.isNaN(s) ? NaN : Math.max(s, floor)),
  divBy: (a, s) => map1(a, (x) => x / s),
  norm: (a) => {
    let s = 0;
    for (const x of a) s += x * x;
    return Math.sqrt(s);
  },
  divScalar: (a, b) => a / b,
  addScalar: (a, b) => a + b,
  clampScalar: (a, lo, hi) => Math.min(Math.max(a, lo), hi),
  ratioOr: (a, b, fallback) => (a > 0 && b > 0 ? a / b : fallback),
};
