/**
 * The tiny vector interface every first-order update rule is written against, so each rule exists once and runs on
 * tfjs tensors (the nets, in a worker or the page) and on plain Float64Arrays (the 2-D loss-surface demos).
 * `S` is a scalar handle: a kept tf.Scalar created once for tensors, a plain number for arrays.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface VectorOps<V, S> {
  /** A constant scalar created once (outside any tidy) and reused every step; release it with disposeScalar. */
  scalar(value: number): S;
  disposeScalar(s: S): void;
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
}

export const tensorOps: VectorOps<tf.Tensor, tf.Scalar> = {
  scalar: (value) => tf.keep(tf.scalar(value)),
  disposeScalar: (s) => s.dispose(),
  add: (a, b) => tf.add(a, b),
  sub: (a, b) => tf.sub(a, b),
  mul: (a, b) => tf.mul(a, b),
  div: (a, b) => tf.div(a, b),
  maximum: (a, b) => tf.maximum(a, b),
  scale: (a, s) => tf.mul(a, s),
  shift: (a, s) => tf.add(a, s),
  sqrt: (a) => tf.sqrt(a),
  abs: (a) => tf.abs(a),
  sign: (a) => tf.sign(a),
  square: (a) => tf.square(a),
  filled: (a, value) => tf.fill(a.shape, value),
};

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
  disposeScalar: () => undefined,
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
};
