/**
 * The loss explorer's chart data as pure functions (LossView draws them; a property test checks them over the URL
 * schema): each loss sampled across the error or logit axis, and the outlier data with the line each regression
 * loss fits.
 */
import { lossCurve } from '../../../src/core/plain';
import { fitLine, outlierPull, REGRESSION_LOSSES, regressionData, type Line, type RegressionLoss } from './fit';
import { CORE_NAME, type ExplorerLoss } from './losses';
import type { LossExplorerState } from './state';

const SAMPLES = 121;

/** `loss` at SAMPLES evenly spaced points of [lo, hi]. */
export function lossCurvePoints(loss: ExplorerLoss, lo: number, hi: number, delta: number): [number, number][] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const x = lo + ((hi - lo) * i) / (SAMPLES - 1);
    return [x, lossCurve(CORE_NAME[loss], x, { delta })];
  });
}

export interface FitChart {
  data: { x: number[]; y: number[] };
  fits: { loss: RegressionLoss; line: Line; pull: number }[];
  /** The data points and each fitted line from x = 0 to 9. */
  dataPoints: [number, number][];
  lines: { loss: RegressionLoss; points: [number, number][] }[];
}

export function fitChart(state: Pick<LossExplorerState, 'outlier' | 'outlierSize' | 'delta'>): FitChart {
  const data = regressionData(state.outlier, state.outlierSize);
  const fits = REGRESSION_LOSSES.map((loss) => {
    const line = fitLine(data.x, data.y, loss, state.delta);
    return { loss, line, pull: outlierPull(data.x, data.y, loss, state.delta) };
  });
  return {
    data,
    fits,
    dataPoints: data.x.map((x, i) => [x, data.y[i]!]),
    lines: fits.map(({ loss, line }) => ({ loss, points: [[0, line.intercept], [9, line.intercept + 9 * line.slope]] })),
  };
}
