/** VectorOps on tfjs tensors: the update rules' arithmetic for the nets (float32, in the worker or in Node). */
import * as tf from '@tensorflow/tfjs-core';
import type { VectorOps } from './vector-ops';

export const tensorOps: VectorOps<tf.Tensor, tf.Scalar> = {
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
  norm: (a) => tf.norm(a) as tf.Scalar,
  divScalar: (a, b) => tf.div(a, b),
  addScalar: (a, b) => tf.add(a, b),
  clampScalar: (a, lo, hi) => tf.minimum(tf.maximum(a, lo), hi),
  // Nested where, as timm's Lamb does: ratio where both norms are positive, else the fallback.
  ratioOr: (a, b, fallback) => tf.where(tf.logicalAnd(tf.greater(a, 0), tf.greater(b, 0)), tf.div(a, b), tf.scalar(fallback)) as tf.Scalar,
};
