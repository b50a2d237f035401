/**
 * A tfjs objective seen as a HostProblem, so Newton and L-BFGS (which run their small algebra in float64 on the host)
 * can read its loss, exact gradient and exact Hessian. Every tensor made here is disposed before returning.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ParamShape } from './first-order-rule';
import { symmetrize } from './hessian';
import type { HostProblem } from './host-rule';

/** A scalar objective of a 1-D parameter tensor. */
export type Objective = (params: tf.Tensor1D) => tf.Scalar;
/** A scalar objective of a 2-D parameter tensor (a matrix start in `optimize`, Muon's and Adafactor's home). */
export type MatrixObjective = (params: tf.Tensor2D) => tf.Scalar;
/** Either kind; an optimizer calls it with a tensor of the parameter's own shape. */
export type ShapedObjective = Objective | MatrixObjective;

/** Evaluates an objective of either rank on a tensor of the matching shape (the one place that widens its type). */
export function evaluateObjective(objective: ShapedObjective, params: tf.Tensor): tf.Scalar {
  return (objective as (p: tf.Tensor) => tf.Scalar)(params);
}

/** Exact Hessian of a tfjs objective by gradients of gradients: one backward pass per coordinate (row-major). */
function tensorHessian(objective: ShapedObjective, x: Float64Array, shape: ParamShape): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  const gradFn = tf.grad((p: tf.Tensor) => evaluateObjective(objective, p));
  for (let i = 0; i < n; i++) {
    const row = tf.tidy(() => tf.grad((p: tf.Tensor) => tf.sum(tf.slice(tf.reshape(gradFn(p), [n]), i, 1)))(tf.tensor(Float32Array.from(x), [...shape])).dataSync());
    for (let j = 0; j < n; j++) h[i * n + j] = row[j]!;
  }
  return symmetrize(h, n);
}

/** The objective on flat float64 points; `shape` is the tensor shape it expects (default: a vector). */
export function tensorProblem(objective: ShapedObjective, shape?: ParamShape): HostProblem {
  const shapeOf = (x: Float64Array): ParamShape => shape ?? [x.length];
  return {
    evaluate(x) {
      const p = tf.tensor(Float32Array.from(x), [...shapeOf(x)]);
      const { value, grad: g } = tf.valueAndGrad((t: tf.Tensor) => evaluateObjective(objective, t))(p);
      const out = { loss: value.dataSync()[0]!, grad: Float64Array.from(g.dataSync()) };
      tf.dispose([p, value, g]);
      return out;
    },
    hessian: (x) => tensorHessian(objective, x, shapeOf(x)),
  };
}
