/** MatrixOps on tfjs tensors: the update rules' arithmetic for the nets (float32, in the worker or in Node). */
import * as tf from '@tensorflow/tfjs-core';
import type { MatrixOps } from './matrix-ops';

export const tensorOps: MatrixOps<tf.Tensor, tf.Scalar> = {
  scalar: (value) => tf.keep(tf.scalar(value)),
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
  matMul: (a, b, rows, inner, cols) => tf.matMul(tf.reshape(a, [rows, inner]), tf.reshape(b, [inner, cols])),
  transpose: (a, rows, cols) => tf.transpose(tf.reshape(a, [rows, cols])),
  rowMeans: (a, rows, cols) => tf.mean(tf.reshape(a, [rows, cols]), 1),
  colMeans: (a, rows, cols) => tf.mean(tf.reshape(a, [rows, cols]), 0),
  outer: (u, v) => tf.mul(tf.reshape(u, [u.size, 1]), tf.reshape(v, [1, v.size])),
  rms: (a) => tf.sqrt(tf.mean(tf.square(a))) as tf.Scalar,
  mean: (a) => tf.mean(a) as tf.Scalar,
  maxScalar: (s, floor) => tf.maximum(s, floor),
  divBy: (a, s) => tf.div(a, s),
  norm: (a) => tf.norm(a) as tf.Scalar,
  divScalar: (a, b) => tf.div(a, b),
  addScalar: (a, b) => tf.add(a, b),
  clampScalar: (a, lo, hi) => tf.minimum(tf.maximum(a, lo), hi),
  // Nested where, as timm's Lamb does: ratio where both norms are positive, else the fallback.
  ratioOr: (a, b, fallback) => tf.where(tf.logicalAnd(tf.greater(a, 0), tf.greater(b, 0)), tf.div(a, b), tf.scalar(fallback)) as tf.Scalar,
};
