/**
 * The effective-step chart: each adaptive optimizer's actual step along one coordinate per iteration, on a log
 * axis next to the scheduled learning rate (a flat line: the playground has no schedule), so the reader sees what
 * bias correction and the second moment do to the step lr alone would suggest.
 */
import { memo, useId, useMemo, useState } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { OPTIMIZER_MENU, type PlaygroundOptimizer } from '../shared/optimizer-menu';
import type { RunView } from './assess';
import { effectiveSteps, type Coordinate } from './effective-step';

interface Props {
  optimizers: readonly PlaygroundOptimizer[];
  views: Partial<Record<PlaygroundOptimizer, RunView>>;
  lr: number;
  longest: number;
}

/**
 * Draws whole runs, not the playback's current step: the chart then re-renders only when the runs change, never
 * once per animation frame (the loss chart already animates; two animated charts cost long tasks at 1000 steps).
 */
export const EffectiveStepChart = memo(function EffectiveStepChart({ optimizers, views, lr, longest }: Props) {
  const [coordinate, setCoordinate] = useState<Coordinate>(0);
  const name = useId();
  const adaptive = optimizers.map((id, i) => [id, i] as const).filter(([id]) => OPTIMIZER_MENU[id].adaptive === true);
  const steps = useMemo(() => adaptive.map(([id]) => effectiveSteps(views[id]?.points ?? [], coordinate)), [adaptive.map(([id]) => id).join(), views, coordinate]);
  if (adaptive.length === 0) {
    return (
      <p className="gd-hint" data-testid="op-effective-step">
        Select an adaptive optimizer (Adagrad, RMSprop, the Adam family or Lion) to see its actual step per coordinate next to the learning rate.
      </p>
    );
  }
  const axis = coordinate === 0 ? 'x' : 'y';
  const series: LineSeries[] = [
    ...adaptive.map(([id, i], k) => ({
      id,
      label: `${OPTIMIZER_MENU[id].label}: |Δ${axis}|`,
      color: i,
      points: steps[k] ?? [],
    })),
    {
      id: 'lr',
      label: 'scheduled learning rate',
      color: 5,
      dashed: true,
      points:
        lr > 0
          ? [
              [0, lr],
              [Math.max(1, longest), lr],
            ]
          : [],
    },
  ];
  return (
    <div data-testid="op-effective-step">
      <fieldset className="gd-fieldset">
        <legend>Effective step along</legend>
        <div className="gd-checks">
          {([0, 1] as const).map((c) => (
            <label key={c}>
              <input type="radio" name={name} checked={coordinate === c} onChange={() => setCoordinate(c)} />
              {c === 0 ? 'x' : 'y'}
            </label>
          ))}
        </div>
      </fieldset>
      <LineChart
        title={`Actual step |Δ${axis}| per iteration of the adaptive optimizers, with the learning rate`}
        series={series}
        xLabel="step"
        yLabel={`|Δ${axis}|`}
        logY
        xDomain={[0, Math.max(1, longest)]}
        testId="op-effective-step-chart"
      />
      <p className="gd-hint">
        Adam's first step is about lr along every coordinate (bias correction makes m̂/√v̂ = ±1); later its step shrinks where the gradient changes sign or grows,
        because the second moment remembers large gradients. Lion's step is always exactly lr.
      </p>
    </div>
  );
});
