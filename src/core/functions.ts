/**
 * The 2-D test functions of `plain-functions.ts`, each with the same function as a tfjs objective over a 1-D tensor
 * [x, y], for the optimizers that run on tensors (the worker, the reference-vector tests). The plain and tensor forms
 * are checked against each other in tests/core/functions.test.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Objective } from './optimizers/tensor-problem';
import {
  plainBeale,
  plainBooth,
  plainHimmelblau,
  plainQuadraticBowl,
  plainRastrigin,
  plainReddi,
  plainRosenbrock,
  plainSaddle,
  type PlainTestFunction,
} from './plain-functions';

export interface TestFunction extends PlainTestFunction {
  /** The same function on tfjs tensors: p = [x, y] -> scalar. */
  tensor: Objective;
}

const xy = (p: tf.Tensor1D): [tf.Tensor, tf.Tensor] => [tf.slice(p, 0, 1), tf.slice(p, 1, 1)];

/** 0.5 (x^2 + kappa y^2): condition number kappa, minimum 0 at the origin. */
export function quadraticBowl(kappa = 10): TestFunction {
  return {
    ...plainQuadraticBowl(kappa),
    tensor: (p) => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, kappa]))))),
  };
}

export const rosenbrock: TestFunction = {
  ...plainRosenbrock,
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))));
    }),
};

export const beale: TestFunction = {
  ...plainBeale,
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      const term = (c: number, power: number) => tf.square(tf.add(tf.sub(c, x), tf.mul(x, tf.pow(y, power))));
      return tf.sum(tf.add(tf.add(term(1.5, 1), term(2.25, 2)), term(2.625, 3)));
    }),
};

export const himmelblau: TestFunction = {
  ...plainHimmelblau,
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(tf.add(tf.square(x), y), 11)), tf.square(tf.sub(tf.add(x, tf.square(y)), 7))));
    }),
};

export const rastrigin: TestFunction = {
  ...plainRastrigin,
  tensor: (p) => tf.tidy(() => tf.add(20, tf.sum(tf.sub(tf.square(p), tf.mul(10, tf.cos(tf.mul(2 * Math.PI, p))))))),
};

export const booth: TestFunction = {
  ...plainBooth,
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(tf.add(x, tf.mul(2, y)), 7)), tf.square(tf.sub(tf.add(tf.mul(2, x), y), 5))));
    }),
};

export const saddle: TestFunction = {
  ...plainSaddle,
  tensor: (p) => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, -1]))))),
};

/** The mean loss of the AMSGrad counterexample (plain-functions.ts); its online components are a plain-half feature. */
export const reddi: TestFunction = {
  ...plainReddi,
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      const wall = tf.mul(10, tf.square(tf.relu(tf.sub(tf.abs(x), 1))));
      return tf.sum(tf.add(tf.add(tf.div(x, 3), wall), tf.mul(0.5, tf.square(y))));
    }),
};

export const TEST_FUNCTIONS: Readonly<Record<string, TestFunction>> = {
  quadratic: quadraticBowl(10),
  rosenbrock,
  beale,
  himmelblau,
  rastrigin,
  booth,
  saddle,
  reddi,
};

export function getTestFunction(name: string): TestFunction {
  const fn = TEST_FUNCTIONS[name];
  if (fn === undefined) throw new Error(`unknown test function "${name}"; valid names: ${Object.keys(TEST_FUNCTIONS).join(', ')}`);
  return fn;
}
