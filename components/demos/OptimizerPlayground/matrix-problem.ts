/**
 * "Muon on the matrix problem": momentum SGD, Adam and Muon on one 2x2 least-squares problem,
 *   minimise f(X) = ||A X - B||_F^2 / 2 over 2x2 matrices X, from X0 = 0,
 * run on the page with the core's plain float64 path (optimizePlain with a matrix x0, the only start Muon accepts).
 * A is symmetric with eigenvalues about 1 and 0.2 along axes turned 30 degrees from the coordinates, so the gradient
 * A^T (A X - B) is much larger along one direction than the other and neither is a coordinate axis (Adam's
 * per-entry scaling does not line up with it). Besides the losses, each run reports the singular values of its
 * first update X1 - X0: momentum SGD's inherit the gradient's spread, Muon's are (nearly) equal because
 * Newton-Schulz orthogonalized the whole matrix. Pure.
 */
import { optimizePlain, type OptimizerConfig, type PlainProblem } from '../../../src/core/plain';

export const MATRIX_OPTIMIZERS = ['momentum', 'adam', 'muon'] as const;
export type MatrixOptimizer = (typeof MATRIX_OPTIMIZERS)[number];

export const MATRIX_LABELS: Readonly<Record<MatrixOptimizer, string>> = { momentum: 'Momentum SGD', adam: 'Adam', muon: 'Muon' };

type Matrix = [[number, number], [number, number]];
export const MATRIX_A: Matrix = [
  [0.8, 0.35],
  [0.35, 0.4],
];
export const MATRIX_B: Matrix = [
  [1, 0.2],
  [-0.3, 0.8],
];
export const MATRIX_X0: Matrix = [
  [0, 0],
  [0, 0],
];

/** f and its gradient A^T (A X - B) on row-major 2x2 values; f* = 0 (A is invertible). */
export const matrixProblem: PlainProblem = {
  shape: [2, 2],
  f(x) {
    let sum = 0;
    for (const [i, j] of ENTRIES) sum += residual(x, i, j) ** 2;
    return sum / 2;
  },
  grad(x) {
    const g = new Float64Array(4);
    for (const [i, j] of ENTRIES) g[2 * i + j] = MATRIX_A[0][i] * residual(x, 0, j) + MATRIX_A[1][i] * residual(x, 1, j);
    return g;
  },
};
const ENTRIES = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;
function residual(x: Float64Array, i: 0 | 1, j: 0 | 1): number {
  return MATRIX_A[i][0] * x[j]! + MATRIX_A[i][1] * x[2 + j]! - MATRIX_B[i][j];
}

/**
 * The configs compared. Momentum 0.9 for SGD, Adam's defaults; Muon's defaults (momentum 0.95, Nesterov, 5
 * Newton-Schulz steps) except weight decay 0, so all three minimise the same f (PyTorch's default 0.1 would pull X
 * towards 0 and leave a loss floor that is not Muon's doing).
 */
export function matrixConfig(id: MatrixOptimizer, lr: number): OptimizerConfig {
  if (id === 'momentum') return { name: 'sgd', lr, momentum: 0.9 };
  if (id === 'adam') return { name: 'adam', lr };
  return { name: 'muon', lr, weightDecay: 0 };
}

/** Singular values (largest first) of a 2x2 matrix, in closed form. */
export function singularValues2x2(m: readonly (readonly number[])[]): [number, number] {
  const [a = 0, b = 0] = m[0] ?? [];
  const [c = 0, d = 0] = m[1] ?? [];
  const s = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  const root = Math.sqrt(Math.max(0, s * s - 4 * det * det));
  return [Math.sqrt((s + root) / 2), Math.sqrt(Math.max(0, (s - root) / 2))];
}

export interface MatrixRun {
  id: MatrixOptimizer;
  /** losses[k] = f(X_k); cut at the first non-finite value. */
  losses: number[];
  /** Singular values of X1 - X0, largest first; undefined if the run has no first step. */
  firstUpdate: [number, number] | undefined;
  /** "diverged at step 12: loss became Infinity", or undefined. */
  diverged: string | undefined;
}

/** Runs the three optimizers for `steps` steps, each at its own learning rate. Throws the core's message on a bad setting. */
export function runMatrixComparison(steps: number, lrs: Readonly<Record<MatrixOptimizer, number>>): MatrixRun[] {
  return MATRIX_OPTIMIZERS.map((id) => {
    const result = optimizePlain({ optimizer: matrixConfig(id, lrs[id]), problem: matrixProblem, x0: MATRIX_X0, steps });
    const [x0, x1] = result.params;
    const firstUpdate = x1 === undefined || x0 === undefined ? undefined : singularValues2x2(x1.map((row, i) => row.map((v, j) => v - x0[i]![j]!)));
    return { id, losses: result.losses, firstUpdate, diverged: result.diverged?.message };
  });
}
