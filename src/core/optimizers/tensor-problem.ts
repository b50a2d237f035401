/**
 * A tfjs objective seen as a HostProblem, so Newton and L-BFGS (which run their small algebra in float64 on the host)
 * can read its loss, exact gradient and exact Hessian. Every tensor made here is disposed before returning.
 */
import * as tf from '@tensorflow/tfjs-core';
import { symmetrize } from './hessian';
import type { HostProblem } from './host-rule';

/** A scalar objective of a 1-D parameter tensor. */
export type Objective = (params: tf.Tensor1D) => tf.Scalar;

/** Exact Hessian of a tfjs objective by gradients of gradients: one backward pass per coordinate. */
function tensorHessian(objective: Objective, x: Float64Array): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  const gradFn = tf.grad((p: tf.Tensor) => objective(p as tf.Tensor1D));
  for (let i = 0; i < n; i++) {
    const row = tf.tidy(() => tf.grad((p: tf.Tensor) => tf.sum(tf.slice(gradFn(p), i, 1)))(tf.tensor1d(Float32Array.from(x))).dataSync());
    for (let j = 0; j < n; j++) h[i * n + j] = row[j]!;
  }
  return symmetrize(h, n);
}

export function tensorProblem(objective: Objective): HostProblem {
  return {
    evaluate(x) {
      const p = tf.tensor1d(Float32Array.from(x));
      const { value, grad: g } = tf.valueAndGrad((t: tf.Tensor) => objective(t as tf.Tensor1D))(p);
      const out = { loss: value.dataSync()[0]!, grad: Float64Array.from(g.dataSync()) };
      tf.dispose([p, value, g]);
      return out;
    },
    hessian: (x) => tensorHessian(objective, x),
  };
}
