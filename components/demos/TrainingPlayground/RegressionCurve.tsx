/** The regression view: training points, validation points and the model's curve, drawn with the shared LineChart. */
import type { GridSpec } from '../../../src/core/index';
import type { DatasetPoints } from '../../../src/core/worker/protocol';
import { LineChart, type LineSeries, type Point } from '../../charts/LineChart';

interface Props {
  grid: GridSpec;
  values: Float32Array | undefined;
  train: DatasetPoints;
  validation: DatasetPoints;
}

const pointsOf = (d: DatasetPoints): Point[] => Array.from({ length: d.n }, (_, i) => [d.x[i]!, d.y[i]!] as const);

export function RegressionCurve({ grid, values, train, validation }: Props) {
  const series: LineSeries[] = [
    { id: 'train', label: 'training points', points: pointsOf(train), color: 0, kind: 'points' },
    { id: 'validation', label: 'validation points', points: pointsOf(validation), color: 1, kind: 'points', emphasis: 'faint' },
  ];
  if (values !== undefined) {
    const curve = Array.from(values, (y, i) => [grid.xMin + ((grid.xMax - grid.xMin) * i) / (values.length - 1), y] as const);
    series.push({ id: 'model', label: 'model prediction', points: curve, color: 2, emphasis: 'strong' });
  }
  return <LineChart title="Regression: data and model" xLabel="x" yLabel="y" series={series} xDomain={[grid.xMin, grid.xMax]} yDomain={[grid.yMin, grid.yMax]} testId="tp-regression" />;
}
