/** The loss explorer's layout: loss curves (regression vs error, classification vs logit), the outlier fit, controls, code. */
import { useEffect, useMemo } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { formatNumber } from '../../charts/scales';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { registerDemo } from '../shared/demo-registry';
import { RangeField } from '../shared/RangeField';
import { useUrlState } from '../shared/use-url-state';
import { pytorchCode, tfjsCode } from './code';
import { fitChart, lossCurvePoints } from './chart-series';
import { REGRESSION_LOSSES, TRUE_LINE, type RegressionLoss } from './fit';
import { LOSS_LABELS, LOSSES, type ExplorerLoss } from './losses';
import type { LossExplorerProps } from './manifest';
import { URL_PREFIX } from './limits';
import { defaultState, LossExplorerStateSchema } from './state';

const COLOR: Record<ExplorerLoss, number> = { mse: 0, mae: 1, huber: 2, 'cross-entropy': 3, hinge: 4 };
/** Short names for the fit table and legend, where the long labels would wrap. */
const SHORT: Record<RegressionLoss, string> = { mse: 'MSE', mae: 'MAE', huber: 'Huber' };

const curve = lossCurvePoints;

export function LossView({ props }: { props: LossExplorerProps }) {
  const defaults = useMemo(() => defaultState(props.losses), [props]);
  const { state, update, warnings } = useUrlState(LossExplorerStateSchema, URL_PREFIX, defaults);
  useEffect(() => registerDemo({ id: 'loss-explorer', numTensors: async () => 0 }), []);

  const regression = state.losses.filter((l): l is RegressionLoss => (REGRESSION_LOSSES as readonly string[]).includes(l));
  const classification = state.losses.filter((l) => l === 'cross-entropy' || l === 'hinge');
  const { data, fits, dataPoints, lines } = fitChart(state);
  const toggle = (loss: ExplorerLoss, on: boolean): void => {
    const next = on ? [...state.losses, loss] : state.losses.filter((l) => l !== loss);
    if (next.length > 0) update({ losses: LOSSES.filter((l) => next.includes(l)) });
  };
  const fitSeries: LineSeries[] = [
    { id: 'data', label: state.outlier ? 'data (point 8 is the outlier)' : 'data', kind: 'points', color: 5, points: dataPoints },
    ...lines.map(({ loss, points }) => ({ id: `fit-${loss}`, label: `line fitted by ${SHORT[loss]}`, color: COLOR[loss], dashed: true, points })),
  ];

  return (
    <div className="gd-root-inner">
      <DemoMessage kind="warning" list={warnings} testId="le-warnings" />
      <div className="gd-layout">
        <div className="gd-figures">
          {regression.length > 0 && (
            <div className="gd-panel">
              <LineChart
                title={`Regression losses against the error: ${regression.map((l) => LOSS_LABELS[l]).join(', ')}`}
                series={regression.map((l) => ({ id: l, label: l === 'huber' ? `Huber (δ = ${formatNumber(state.delta)})` : LOSS_LABELS[l], color: COLOR[l], dashed: true, points: curve(l, -3, 3, state.delta) }))}
                xLabel="error (prediction − target)"
                yLabel="loss"
                testId="le-regression-chart"
              />
            </div>
          )}
          {classification.length > 0 && (
            <div className="gd-panel">
              <LineChart
                title={`Classification losses against the logit for a positive example: ${classification.map((l) => LOSS_LABELS[l]).join(', ')}`}
                series={classification.map((l) => ({ id: l, label: LOSS_LABELS[l], color: COLOR[l], dashed: true, points: curve(l, -4, 4, state.delta) }))}
                xLabel="logit / score (label positive)"
                yLabel="loss"
                testId="le-classification-chart"
              />
            </div>
          )}
          <p className="gd-subhead">Outlier experiment: one line fitted by each regression loss</p>
          <div className="gd-panel">
            <LineChart title={`Straight lines fitted by each regression loss${state.outlier ? ' with one outlier' : ''}`} series={fitSeries} xLabel="x" yLabel="y" testId="le-fit-chart" />
          </div>
          <table className="gd-readout" data-testid="le-fit-table">
            <caption className="gd-visually-hidden">Fitted slope and the outlier's pull under each loss</caption>
            <thead>
              <tr>
                <th scope="col">Loss</th>
                <th scope="col">Slope (true {TRUE_LINE.slope})</th>
                <th scope="col">Outlier's pull (share of the gradient)</th>
              </tr>
            </thead>
            <tbody>
              {fits.map(({ loss, line, pull }) => (
                <tr key={loss} data-loss={loss} data-slope={line.slope} data-pull={pull}>
                  <th scope="row">{SHORT[loss]}</th>
                  <td className="gd-num">{formatNumber(line.slope)}</td>
                  <td className="gd-num">{state.outlier ? `${Math.round(pull * 100)}%` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="gd-hint">
            {state.outlier
              ? `MSE's gradient grows with the error, so the outlier supplies ${Math.round(fits[0]!.pull * 100)}% of the pull on the line and drags the slope to ${formatNumber(fits[0]!.line.slope)}. MAE's and Huber's gradients are capped (at 1 and δ), so the other points outvote it: slopes ${formatNumber(fits[1]!.line.slope)} and ${formatNumber(fits[2]!.line.slope)} (true ${TRUE_LINE.slope}).`
              : 'Without the outlier all three losses find nearly the same line.'}
          </p>
        </div>
        <div className="gd-controls">
          <fieldset className="gd-fieldset">
            <legend>Losses shown</legend>
            <div className="gd-checks">
              {LOSSES.map((l) => (
                <label key={l}>
                  <input type="checkbox" checked={state.losses.includes(l)} disabled={state.losses.length === 1 && state.losses.includes(l)} onChange={(e) => toggle(l, e.currentTarget.checked)} />
                  {LOSS_LABELS[l]}
                </label>
              ))}
            </div>
          </fieldset>
          <RangeField label="Huber δ (delta)" value={state.delta} min={0.05} max={5} step={0.05} onChange={(delta) => update({ delta })} hint="Quadratic for |error| ≤ δ, linear beyond." />
          <div className="gd-checks">
            <label>
              <input type="checkbox" checked={state.outlier} onChange={(e) => update({ outlier: e.currentTarget.checked })} />
              Add an outlier to the data
            </label>
          </div>
          <RangeField label="Outlier distance above the trend" value={state.outlierSize} min={1} max={40} step={1} onChange={(outlierSize) => update({ outlierSize })} disabled={!state.outlier} />
        </div>
      </div>
      <CodePanel pytorch={pytorchCode(state, data.y)} tfjs={tfjsCode(state, data.y)} />
    </div>
  );
}
