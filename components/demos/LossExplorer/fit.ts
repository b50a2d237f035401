/**
 * The outlier experiment: ten points on a line plus one optional outlier, and the straight line that minimises each
 * regression loss. MSE is solved in closed form; MAE and Huber by iteratively reweighted least squares (IRLS: each
 * round is a weighted least-squares fit with weights loss'(r)/r), which converges in a few dozen rounds for 1-D lines.
 * Per-point losses come from the core (squaredErrorOf, absoluteErrorOf, huberOf). Pure.
 */
import { absoluteErrorOf, huberOf, squaredErrorOf } from '../../../src/core/plain';

export type RegressionLoss = 'mse' | 'mae' | 'huber';
export const REGRESSION_LOSSES: readonly RegressionLoss[] = ['mse', 'mae', 'huber'];

export interface Line {
  intercept: number;
  slope: number;
}

/** Fixed small offsets (no RNG needed: the data must be identical on every load). */
const NOISE = [0.3, -0.4, 0.1, 0.5, -0.2, -0.5, 0.4, -0.1, 0.2, -0.3];
export const TRUE_LINE: Line = { intercept: 1, slope: 0.5 };
/** Index of the point that becomes the outlier. */
export const OUTLIER_INDEX = 8;

export function regressionData(outlier: boolean, size: number): { x: number[]; y: number[] } {
  const x = NOISE.map((_, i) => i);
  const y = x.map((xi, i) => TRUE_LINE.intercept + TRUE_LINE.slope * xi + NOISE[i]! + (outlier && i === OUTLIER_INDEX ? size : 0));
  return { x, y };
}

export function pointLoss(loss: RegressionLoss, residual: number, delta: number): number {
  return loss === 'mse' ? squaredErrorOf(residual) : loss === 'mae' ? absoluteErrorOf(residual) : huberOf(residual, delta);
}

function weightedLeastSquares(x: readonly number[], y: readonly number[], w: readonly number[]): Line {
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  x.forEach((xi, i) => {
    const wi = w[i]!;
    sw += wi;
    sx += wi * xi;
    sy += wi * y[i]!;
    sxx += wi * xi * xi;
    sxy += wi * xi * y[i]!;
  });
  const det = sw * sxx - sx * sx;
  const slope = (sw * sxy - sx * sy) / det;
  return { intercept: (sy - slope * sx) / sw, slope };
}

export function fitLine(x: readonly number[], y: readonly number[], loss: RegressionLoss, delta: number, rounds = 100): Line {
  let line = weightedLeastSquares(x, y, x.map(() => 1));
  if (loss === 'mse') return line;
  for (let k = 0; k < rounds; k++) {
    const w = x.map((xi, i) => {
      const r = Math.abs(y[i]! - (line.intercept + line.slope * xi));
      return loss === 'mae' ? 1 / Math.max(r, 1e-6) : r <= delta ? 1 : delta / r;
    });
    line = weightedLeastSquares(x, y, w);
  }
  return line;
}

/**
 * The outlier's pull: its share of the total gradient magnitude |dL/dr| over all points, measured at the TRUE line
 * (where the clean points have small residuals). Near 1: the outlier alone decides where the fit moves (MSE);
 * small: the other points outvote it (MAE, Huber). The derivative is a central difference of the core's loss.
 */
export function outlierPull(x: readonly number[], y: readonly number[], loss: RegressionLoss, delta: number): number {
  const h = 1e-6;
  const slopes = x.map((xi, i) => {
    const r = y[i]! - (TRUE_LINE.intercept + TRUE_LINE.slope * xi);
    return Math.abs((pointLoss(loss, r + h, delta) - pointLoss(loss, r - h, delta)) / (2 * h));
  });
  const total = slopes.reduce((a, b) => a + b, 0);
  return total > 0 ? slopes[OUTLIER_INDEX]! / total : 0;
}
