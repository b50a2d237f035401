/**
 * 2-D test functions for the loss-surface demos, each with its exact gradient, known minima, a default view and a
 * default start point, as plain numbers (fast path, float64) and as a tfjs objective over a 1-D tensor [x, y].
 * Definitions and minima: demos-and-math.md section 2.13.
 */
import * as tf from '@tensorflow/tfjs-core';
import { gridPoint, validateGrid, type GridSpec } from './grid';
import type { Objective, PlainProblem } from './optimizers/types';

export interface TestFunction {
  name: string;
  label: string;
  f(x: number, y: number): number;
  grad(x: number, y: number): [number, number];
  /** The same function on tfjs tensors: p = [x, y] -> scalar. */
  tensor: Objective;
  /** Global minima (empty for the saddle, which has none). */
  minima: [number, number][];
  fMin: number | undefined;
  view: { xMin: number; xMax: number; yMin: number; yMax: number };
  start: [number, number];
}

const xy = (p: tf.Tensor1D): [tf.Tensor, tf.Tensor] => [tf.slice(p, 0, 1), tf.slice(p, 1, 1)];

/** 0.5 (x^2 + kappa y^2): condition number kappa, minimum 0 at the origin. */
export function quadraticBowl(kappa = 10): TestFunction {
  return {
    name: 'quadratic',
    label: `Quadratic bowl (condition number ${kappa})`,
    f: (x, y) => 0.5 * (x * x + kappa * y * y),
    grad: (x, y) => [x, kappa * y],
    tensor: (p) => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, kappa]))))),
    minima: [[0, 0]],
    fMin: 0,
    view: { xMin: -2.5, xMax: 2.5, yMin: -2.5, yMax: 2.5 },
    start: [1, -2],
  };
}

export const rosenbrock: TestFunction = {
  name: 'rosenbrock',
  label: 'Rosenbrock (a = 1, b = 100)',
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))));
    }),
  minima: [[1, 1]],
  fMin: 0,
  view: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  start: [-1.5, 2],
};

export const beale: TestFunction = {
  name: 'beale',
  label: 'Beale',
  f: (x, y) => (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2,
  grad: (x, y) => {
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y * y;
    const t3 = 2.625 - x + x * y ** 3;
    return [2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y ** 3 - 1), 2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y * y];
  },
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      const term = (c: number, power: number) => tf.square(tf.add(tf.sub(c, x), tf.mul(x, tf.pow(y, power))));
      return tf.sum(tf.add(tf.add(term(1.5, 1), term(2.25, 2)), term(2.625, 3)));
    }),
  minima: [[3, 0.5]],
  fMin: 0,
  view: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  start: [1, 1.5],
};

export const himmelblau: TestFunction = {
  name: 'himmelblau',
  label: 'Himmelblau',
  f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  grad: (x, y) => [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)],
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(tf.add(tf.square(x), y), 11)), tf.square(tf.sub(tf.add(x, tf.square(y)), 7))));
    }),
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.2831859912861696],
    [3.5844283403304917, -1.8481265269644036],
  ],
  fMin: 0,
  view: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  start: [-0.15, 0.67],
};

export const rastrigin: TestFunction = {
  name: 'rastrigin',
  label: 'Rastrigin (A = 10)',
  f: (x, y) => 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y),
  grad: (x, y) => [2 * x + 20 * Math.PI * Math.sin(2 * Math.PI * x), 2 * y + 20 * Math.PI * Math.sin(2 * Math.PI * y)],
  tensor: (p) => tf.tidy(() => tf.add(20, tf.sum(tf.sub(tf.square(p), tf.mul(10, tf.cos(tf.mul(2 * Math.PI, p))))))),
  minima: [[0, 0]],
  fMin: 0,
  view: { xMin: -5.12, xMax: 5.12, yMin: -5.12, yMax: 5.12 },
  start: [-2, 3.5],
};

export const booth: TestFunction = {
  name: 'booth',
  label: 'Booth',
  f: (x, y) => (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
  grad: (x, y) => [2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5), 4 * (x + 2 * y - 7) + 2 * (2 * x + y - 5)],
  tensor: (p) =>
    tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.sum(tf.add(tf.square(tf.sub(tf.add(x, tf.mul(2, y)), 7)), tf.square(tf.sub(tf.add(tf.mul(2, x), y), 5))));
    }),
  minima: [[1, 3]],
  fMin: 0,
  view: { xMin: -10, xMax: 10, yMin: -10, yMax: 10 },
  start: [-5, -5],
};

/** 0.5 (x^2 - y^2): a saddle at the origin and no minimum (descent escapes along y). */
export const saddle: TestFunction = {
  name: 'saddle',
  label: 'Saddle',
  f: (x, y) => 0.5 * (x * x - y * y),
  grad: (x, y) => [x, -y],
  tensor: (p) => tf.tidy(() => tf.mul(0.5, tf.sum(tf.mul(tf.square(p), tf.tensor1d([1, -1]))))),
  minima: [],
  fMin: undefined,
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  start: [1.5, 0.01],
};

export const TEST_FUNCTIONS: Readonly<Record<string, TestFunction>> = {
  quadratic: quadraticBowl(10),
  rosenbrock,
  beale,
  himmelblau,
  rastrigin,
  booth,
  saddle,
};

export function getTestFunction(name: string): TestFunction {
  const fn = TEST_FUNCTIONS[name];
  if (fn === undefined) throw new Error(`unknown test function "${name}"; valid names: ${Object.keys(TEST_FUNCTIONS).join(', ')}`);
  return fn;
}

/** The function as a plain problem over Float64Array [x, y] for createPlainOptimizer. */
export function plainProblem(fn: TestFunction): PlainProblem {
  return {
    f: (p) => fn.f(p[0]!, p[1]!),
    grad: (p) => Float64Array.from(fn.grad(p[0]!, p[1]!)),
  };
}

/** f on a grid for contour plots: values[j * nx + i] = f(x_i, y_j). */
export function evaluateGrid(fn: Pick<TestFunction, 'f'>, grid: GridSpec): Float64Array {
  validateGrid(grid);
  const values = new Float64Array(grid.nx * grid.ny);
  for (let j = 0; j < grid.ny; j++) {
    for (let i = 0; i < grid.nx; i++) {
      const [x, y] = gridPoint(grid, i, j);
      values[j * grid.nx + i] = fn.f(x, y);
    }
  }
  return values;
}
