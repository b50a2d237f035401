import { describe, expect, it } from 'vitest';
import { lineChartGeometry } from '../../../../components/charts/line-chart-geometry';
import { fitChart, lossCurvePoints } from '../../../../components/demos/LossExplorer/chart-series';
import { LossExplorerStateSchema } from '../../../../components/demos/LossExplorer/state';
import { lineChartProblems, nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';

describe('loss explorer chart series', () => {
  it('samples a loss across the axis (MSE at the ends and the middle)', () => {
    const points = lossCurvePoints('mse', -3, 3, 1);
    expect(points).toHaveLength(121);
    expect(points[0]![0]).toBe(-3);
    expect(points[120]![0]).toBe(3);
    expect(points[60]![1]).toBeCloseTo(0, 12);
  });

  it('draws each fitted line from x = 0 to 9 and the outlier as point 8', () => {
    const chart = fitChart({ outlier: true, outlierSize: 12, delta: 1 });
    expect(chart.lines.map((l) => l.loss)).toEqual(['mse', 'mae', 'huber']);
    expect(chart.lines[0]!.points[0]![0]).toBe(0);
    expect(chart.lines[0]!.points[1]![0]).toBe(9);
    expect(chart.dataPoints[8]![1]).toBeGreaterThan(chart.dataPoints[7]![1] + 5);
  });

  it('never draws NaN or Infinity: 200 random valid states, extremes of every range included', () => {
    const states = sampleStates(LossExplorerStateSchema, seededRng(18), 200);
    expect(states.some((s) => s.delta === 0.05) && states.some((s) => s.outlierSize === 40)).toBe(true);
    for (const [i, state] of states.entries()) {
      const chart = fitChart(state);
      // The three charts as LossView.tsx draws them.
      const regression = lineChartGeometry({ series: state.losses.map((l) => ({ id: l, points: lossCurvePoints(l, -3, 3, state.delta) })) });
      const classification = lineChartGeometry({ series: state.losses.map((l) => ({ id: l, points: lossCurvePoints(l, -4, 4, state.delta) })) });
      const fit = lineChartGeometry({ series: [{ id: 'data', kind: 'points', points: chart.dataPoints }, ...chart.lines.map((l) => ({ id: l.loss, points: l.points }))] });
      const problems = [
        ...lineChartProblems(regression),
        ...lineChartProblems(classification),
        ...lineChartProblems(fit),
        // Raw values too: a skipped (non-finite) point would not show in the geometry but would leave a gap.
        ...nonFinite(state.losses.map((l) => lossCurvePoints(l, -4, 4, state.delta)), 'curves'),
        ...nonFinite(chart.fits, 'fits'),
      ];
      expect(problems, `state ${i}: ${JSON.stringify(state)}`).toEqual([]);
    }
  });
});
