/**
 * The sweep: one optimizer run on a grid of learning rate x a second hyper-parameter, all other settings (function,
 * start, steps, noise) as in the playground, in a plain-only worker, drawn as a heat map that fills in row by row.
 * Selecting a cell sets the playground's lr and that parameter to the cell's values, so the contour plot replays
 * exactly that run (the same config, start, budget and noise seed as in the worker). While it runs, a bar shows the
 * runs done and the time left, and Cancel stops it (the cells done stay drawn); a worker script that did not download
 * gets the demos' "could not load" message, whose Retry starts a new worker. Focus never falls to the page: when
 * Cancel or Retry goes away, it moves to the Run button.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PlainTestFunction, SweepCellResult } from '../../../src/core/plain';
import { HeatMap } from '../../charts/HeatMap';
import { formatNumber } from '../../charts/scales';
import '../shared/training-parts.css';
import { DemoLoadFailure } from '../shared/DemoLoadFailure';
import { JobProgress } from '../shared/JobProgress';
import { diagnoseLoadFailure, type LoadFailureCause } from '../shared/load-failure';
import { OPTIMIZER_MENU } from '../shared/optimizer-menu';
import { useFocusRescue } from '../shared/use-focus-rescue';
import type { OptimizerPlaygroundState } from './state';
import { SWEEPABLE, SWEEP_PARAM_INFO, SWEEP_SIZE, SWEEP_TOLERANCE, sweepConfigs, sweepLrs, sweepParamsFor, type SweepParam } from './sweep-params';
import { sweepOutcome, sweepProgress } from './sweep-state';
import { useSweep } from './use-sweep';

interface Props {
  state: OptimizerPlaygroundState;
  fn: PlainTestFunction;
  update: (patch: Partial<OptimizerPlaygroundState>) => void;
}

/** The optimizer and parameter the sweep uses: the state's choice when it applies, else the first that does. */
export function sweepChoice(state: OptimizerPlaygroundState): { optimizer: (typeof SWEEPABLE)[number]; param: SweepParam } | undefined {
  const offered = SWEEPABLE.filter((id) => state.optimizers.includes(id));
  const optimizer = offered.includes(state.sweepOptimizer) ? state.sweepOptimizer : offered[0];
  if (optimizer === undefined) return undefined;
  const params = sweepParamsFor(optimizer);
  const param = params.includes(state.sweepParam) ? state.sweepParam : params[0];
  return param === undefined ? undefined : { optimizer, param };
}

function describeResult(r: SweepCellResult | undefined, metric: OptimizerPlaygroundState['sweepMetric'], steps: number): string {
  if (r === undefined) return 'not run yet';
  if (r.diverged) return 'diverged';
  if (metric === 'steps')
    return r.stepsToTolerance === null ? `did not reach the tolerance in ${steps} steps` : `reached the tolerance at step ${r.stepsToTolerance}`;
  return `final loss ${formatNumber(r.finalLoss)}`;
}

export const SweepPanel = memo(function SweepPanel({ state, fn, update }: Props) {
  const ids = { opt: useId(), param: useId(), metric: useId() };
  const { sweep, start, cancel } = useSweep();
  const rootRef = useRef<HTMLElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  useFocusRescue(rootRef, () => [runRef.current]);
  const [cause, setCause] = useState<LoadFailureCause | undefined>(undefined);
  const failed = sweep.loadFailed && !sweep.retrying;
  useEffect(() => {
    if (!failed) return;
    setCause(undefined);
    let live = true;
    // The worker's error names no URL: offline or not is what can be told (a redeploy then shows as "unknown").
    void diagnoseLoadFailure(undefined).then((c) => live && setCause(c));
    return () => {
      live = false;
    };
  }, [failed, sweep.again]);
  const choice = sweepChoice(state);
  const lrs = useMemo(() => sweepLrs(), []);
  const values = useMemo(() => (choice === undefined ? [] : SWEEP_PARAM_INFO[choice.param].values(SWEEP_SIZE)), [choice?.param]);
  const hasMin = fn.fMin !== undefined;
  const metric = hasMin ? state.sweepMetric : 'loss';
  const hyper = {
    lr: state.lr,
    momentum: state.momentum,
    beta1: state.beta1,
    beta2: state.beta2,
    weightDecay: state.weightDecay,
    eps: state.eps,
  };
  const { lr: _lr, ...fixed } = hyper;
  if (choice !== undefined) delete (fixed as Partial<typeof fixed>)[choice.param];
  const key = JSON.stringify([state.testFunction, state.x0, state.steps, state.sigma, state.noiseSeed, choice, fixed]);
  const current = sweep.key === key;

  const run = (retry = false): void => {
    if (choice === undefined) return;
    const configs = sweepConfigs(choice.optimizer, hyper, choice.param, lrs, values);
    const noise = state.sigma > 0 ? { sigma: state.sigma, seed: state.noiseSeed } : undefined;
    start(
      key,
      {
        testFunction: state.testFunction,
        x0: [state.x0[0]!, state.x0[1]!],
        steps: state.steps,
        configs,
        noise,
        tolerance: SWEEP_TOLERANCE,
      },
      lrs.length,
      retry,
    );
  };

  if (choice === undefined) {
    return <p className="gd-hint">Select an optimizer with a learning rate (not Newton or L-BFGS alone) to sweep it.</p>;
  }
  const label = SWEEP_PARAM_INFO[choice.param].label;
  const shown = current ? sweep.results : [];
  const cellValue = (r: SweepCellResult | undefined): number | null | undefined => {
    if (r === undefined) return undefined;
    if (r.diverged) return null;
    return metric === 'steps' ? r.stepsToTolerance : r.finalLoss - (fn.fMin ?? 0);
  };
  const selI = lrs.indexOf(state.lr);
  const selJ = values.indexOf(state[choice.param]);
  const progress = current ? sweep.rowsDone / Math.max(1, sweep.rows) : 0;
  const busy = current && sweep.running && !sweep.loadFailed;

  return (
    <section ref={rootRef} className="gd-panel gd-sweep" aria-label="Sweep" data-testid="op-sweep">
      <p className="gd-panel-title">
        <strong>Sweep: learning rate × {label}</strong>
      </p>
      <div className="gd-controls gd-sweep-controls">
        <div className="gd-field">
          <label htmlFor={ids.opt}>Optimizer to sweep</label>
          <select
            id={ids.opt}
            value={choice.optimizer}
            onChange={(e) =>
              update({
                sweepOptimizer: SWEEPABLE.find((o) => o === e.currentTarget.value) ?? choice.optimizer,
              })
            }
          >
            {SWEEPABLE.filter((id) => state.optimizers.includes(id)).map((id) => (
              <option key={id} value={id}>
                {OPTIMIZER_MENU[id].label}
              </option>
            ))}
          </select>
        </div>
        <div className="gd-field">
          <label htmlFor={ids.param}>Second hyper-parameter</label>
          <select
            id={ids.param}
            value={choice.param}
            onChange={(e) =>
              update({
                sweepParam: sweepParamsFor(choice.optimizer).find((p) => p === e.currentTarget.value) ?? choice.param,
              })
            }
          >
            {sweepParamsFor(choice.optimizer).map((p) => (
              <option key={p} value={p}>
                {SWEEP_PARAM_INFO[p].label}
              </option>
            ))}
          </select>
        </div>
        <div className="gd-field">
          <label htmlFor={ids.metric}>Colour shows</label>
          <select
            id={ids.metric}
            value={metric}
            disabled={!hasMin}
            onChange={(e) =>
              update({
                sweepMetric: e.currentTarget.value === 'steps' ? 'steps' : 'loss',
              })
            }
          >
            <option value="loss">{hasMin ? 'final loss f − f*' : 'final loss'}</option>
            <option value="steps">steps to f − f* ≤ {SWEEP_TOLERANCE}</option>
          </select>
        </div>
        {/* aria-disabled, not disabled: the pressed button keeps focus while the sweep runs (shortcuts keep working). */}
        <button type="button" ref={runRef} className="gd-button gd-button-primary" onClick={() => !(current && sweep.running) && run()} aria-disabled={current && sweep.running}>
          Run sweep ({lrs.length} × {values.length} runs of {state.steps} iterations)
        </button>
      </div>
      {sweep.loadFailed && <DemoLoadFailure subject="The sweep" cause={cause} retrying={sweep.retrying} again={sweep.again} onRetry={() => !sweep.retrying && run(true)} testId="op-sweep-load-failure" />}
      {busy ? (
        <JobProgress label="Sweep" progress={sweepProgress(sweep, performance.now())} onCancel={cancel} testId="op-sweep-job" />
      ) : (
        <progress className="gd-sweep-progress" aria-label="Sweep progress" max={1} value={progress} data-testid="op-sweep-progress" />
      )}
      <p className="gd-status" aria-live="polite" data-testid="op-sweep-status">
        {!current
          ? 'Settings changed since the last sweep (or none yet): run the sweep.'
          : sweep.error !== undefined
            ? `The sweep failed: ${sweep.error}`
            : sweep.loadFailed
              ? 'The sweep did not run: its worker could not be downloaded.'
              : sweep.running
                ? `Running: ${sweep.rowsDone} of ${sweep.rows} rows.`
                : sweepOutcome(sweep)}
      </p>
      {current && (
        <HeatMap
          title={`${metric === 'steps' ? 'Steps to the tolerance' : 'Final loss'} of ${OPTIMIZER_MENU[choice.optimizer].label} by learning rate and ${label}`}
          xLabel="learning rate (log)"
          yLabel={label}
          xTicks={lrs.map(formatNumber)}
          yTicks={values.map(formatNumber)}
          values={shown.map(cellValue)}
          logScale={metric === 'loss' && hasMin}
          legend={metric === 'steps' ? ['fewer steps', 'more steps'] : ['lower loss', 'higher loss']}
          noneLabel={metric === 'steps' ? 'diverged or never reached' : 'diverged'}
          cellLabel={(i, j) =>
            `lr ${formatNumber(lrs[i]!)}, ${label} ${formatNumber(values[j]!)}: ${describeResult(shown[j * lrs.length + i], metric, state.steps)}`
          }
          selected={selI >= 0 && selJ >= 0 ? [selI, selJ] : undefined}
          onSelect={(i, j) => update({ lr: lrs[i]!, [choice.param]: values[j]! })}
          testId="op-heatmap"
        />
      )}
    </section>
  );
});
