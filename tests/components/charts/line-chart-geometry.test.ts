import { describe, expect, it } from 'vitest';
import { lineChartGeometry, type GeometrySeries } from '../../../components/charts/line-chart-geometry';
import { lineChartProblems, pick, seededRng, type Rng } from './finite-geometry';

// Values a demo may hand the chart: ordinary, tiny, huge (a diverging run), zero, negative and non-finite.
const EXTREMES = [0, 1, -1, 1e-320, 5e-324, 1e-12, 1e12, 1e150, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.NaN, Infinity, -Infinity];

function value(rng: Rng): number {
  return rng() < 0.4 ? pick(rng, EXTREMES) : (rng() - 0.5) * 10 ** Math.floor(rng() * 20 - 10);
}

function randomSeries(rng: Rng, n: number): GeometrySeries[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: rng() < 0.2 ? ('points' as const) : ('line' as const),
    points: Array.from({ length: Math.floor(rng() * 30) }, (_, k) => [rng() < 0.7 ? k : value(rng), value(rng)] as const),
  }));
}

describe('line chart geometry', () => {
  it('maps points into the plot with round ticks', () => {
    const g = lineChartGeometry({ series: [{ id: 'a', points: [[0, 0], [10, 5]] }] });
    expect(g.xDomain).toEqual([0, 10]);
    expect(g.lines[0]!.points).toEqual([`${g.left.toFixed(1)},${g.bottom.toFixed(1)}`, `${g.right.toFixed(1)},${g.top.toFixed(1)}`]);
    expect(g.xTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('skips non-finite points and y <= 0 on a log axis', () => {
    const g = lineChartGeometry({ series: [{ id: 'a', points: [[0, 1], [1, Number.NaN], [2, 0], [3, 10]] }], logY: true });
    expect(g.lines[0]!.points).toHaveLength(2);
  });

  it('falls back to a usable domain when given one a scale cannot use', () => {
    expect(lineChartGeometry({ series: [], logY: true, yDomain: [0, 1] }).yDomain).toEqual([0.1, 1]);
    expect(lineChartGeometry({ series: [], xDomain: [0, Number.NaN] }).xDomain).toEqual([0, 1]);
  });

  it('draws only finite coordinates for 500 random charts with extreme values (seeded)', () => {
    const rng = seededRng(18);
    for (let i = 0; i < 500; i++) {
      const logY = rng() < 0.5;
      const input = {
        series: randomSeries(rng, 1 + Math.floor(rng() * 4)),
        logY,
        measuredWidth: pick(rng, [0, 100, 320, 480, 2000]),
        ...(rng() < 0.3 ? { xDomain: [0, pick(rng, [1, 10, 2000, 1e6])] as const } : {}),
        ...(rng() < 0.2 ? { yDomain: [value(rng), value(rng)] as const } : {}),
        ...(rng() < 0.3 ? { guideX: value(rng) } : {}),
      };
      const problems = lineChartProblems(lineChartGeometry(input));
      expect(problems, `chart ${i}: ${JSON.stringify(input).slice(0, 300)}`).toEqual([]);
    }
  });
});
