/** VectorOps on plain Float64Arrays (float64, no tfjs): the update rules' arithmetic for the page-side 2-D demos. */
import type { VectorOps } from './vector-ops';

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

export const arrayOps: VectorOps<Float64Array, number> = {
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
