/** The optimizer playground's layout: contour with paths, playback, loss chart, readout, controls and code. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { evaluateGrid, getPlainTestFunction } from '../../../src/core/plain';
import { ContourPlot, type Trajectory } from '../../charts/ContourPlot';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { formatNumber } from '../../charts/scales';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { PlaybackControls } from '../shared/PlaybackControls';
import { registerDemo } from '../shared/demo-registry';
import { usePlayback } from '../shared/use-playback';
import { useUrlState } from '../shared/use-url-state';
import { lossDomain, stepCell } from './assess';
import { MatrixPanel } from './MatrixPanel';
import { pytorchCode, tfjsCode } from './code';
import { Controls } from './Controls';
import { EffectiveStepChart } from './EffectiveStepChart';
import { Presets } from './Presets';
import type { PresetPatch } from './presets';
import { SweepPanel } from './SweepPanel';
import { OPTIMIZER_MENU, usesLr } from '../shared/optimizer-menu';
import type { OptimizerPlaygroundProps } from './manifest';
import { URL_PREFIX } from './limits';
import { completeState, defaultState, OptimizerPlaygroundStateSchema, SUGGESTED_LR, type TestFunctionId } from './state';
import { useOptimizerRuns } from './use-optimizer-runs';

const GRID_SIZE = 64;
const startOf = (fn: TestFunctionId) => getPlainTestFunction(fn).start;

export function PlaygroundView({ props }: { props: OptimizerPlaygroundProps }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const defaults = useMemo(() => defaultState(props, startOf(props.fn)), [props]);
  const { state, update, warnings } = useUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, defaults, (s, present) => completeState(s, present, startOf));
  const fn = getPlainTestFunction(state.testFunction);
  const grid = useMemo(() => ({ ...fn.view, nx: GRID_SIZE, ny: GRID_SIZE }), [fn]);
  const values = useMemo(() => evaluateGrid(fn, grid), [fn, grid]);
  useEffect(() => registerDemo({ id: 'optimizer-playground', numTensors: async () => 0 }), []);
  const runs = useOptimizerRuns(state, fn);
  const longest = Math.max(0, ...state.optimizers.map((id) => (runs.views[id]?.points.length ?? 1) - 1));
  const playback = usePlayback(longest, runs.key);
  const x0: [number, number] = [state.x0[0]!, state.x0[1]!];
  const hyper = state; // carries lr, momentum, beta1, beta2, weightDecay under the menu's names
  const logY = fn.fMin !== undefined;
  const shift = fn.fMin ?? 0;

  const onFunctionChange = useCallback((id: TestFunctionId) => update({ testFunction: id, x0: [...startOf(id)], lr: props.lr ?? SUGGESTED_LR[id] }), [update, props.lr]);
  const setStart = useCallback((p: [number, number]) => update({ x0: p }), [update]);
  const resetStart = useCallback(() => update({ x0: [...fn.start] }), [update, fn]);
  const applyPreset = useCallback((patch: PresetPatch) => update({ ...patch, optimizers: [...patch.optimizers], x0: [...patch.x0] }), [update]);

  const trajectories: Trajectory[] = state.optimizers.map((id, i) => {
    const view = runs.views[id];
    const points = view?.points.slice(0, playback.shown + 1) ?? [x0];
    return { id, label: OPTIMIZER_MENU[id].label, points, color: i, diverged: view?.diverged === true && points.length === view.points.length };
  });
  const lossSeries: LineSeries[] = state.optimizers.map((id, i) => ({
    id,
    label: OPTIMIZER_MENU[id].label,
    color: i,
    dashed: true,
    points: (runs.views[id]?.losses ?? []).slice(0, playback.shown + 1).map((l, k) => [k, l - shift] as const),
  }));
  const yDomain = lossDomain(state.optimizers.map((id) => (runs.views[id]?.losses ?? []).map((l) => l - shift)), logY);
  const messages = state.optimizers.flatMap((id) => runs.views[id]?.message ?? []);
  const lrZero = state.lr === 0 && state.optimizers.some(usesLr);

  return (
    <div ref={rootRef} className="gd-root-inner">
      <DemoMessage kind="warning" list={warnings} testId="op-url-warnings" />
      {runs.error !== undefined && <DemoMessage kind="error">{runs.error}</DemoMessage>}
      {lrZero && <DemoMessage kind="warning">The learning rate is 0, so the first-order optimizers do not move: every update is multiplied by lr. Pick a learning rate above 0.</DemoMessage>}
      <DemoMessage kind="warning" list={messages} testId="op-divergence" />
      <Presets state={state} apply={applyPreset} />
      <div className="gd-layout">
        <div className="gd-figures">
          <div className="gd-panel">
            <ContourPlot
              title={`Contour plot of the ${fn.label} function with optimizer paths`}
              grid={grid}
              values={values}
              trajectories={trajectories}
              start={x0}
              onStartChange={setStart}
              minima={fn.minima}
              testId="op-contour"
            />
          </div>
          <PlaybackControls scopeRef={rootRef} playing={playback.playing} onPlay={playback.play} onPause={playback.pause} onStep={playback.step} onReset={playback.reset} canAdvance={playback.canAdvance} disabled={runs.key === ''} />
          <p className="gd-status" aria-live="polite">
            Showing step {Math.min(playback.shown, longest)} of {longest}
          </p>
          <div className="gd-panel">
            <LineChart title={`Loss per step on ${fn.label}`} series={lossSeries} xLabel="step" yLabel={logY ? 'f(x, y) − f*' : 'f(x, y)'} logY={logY} xDomain={[0, Math.max(1, longest)]} {...(yDomain === undefined ? {} : { yDomain })} testId="op-loss-chart" />
          </div>
          <Readout state={state} runs={runs.views} shown={playback.shown} />
          <div className="gd-panel">
            <EffectiveStepChart optimizers={state.optimizers} views={runs.views} lr={state.lr} longest={longest} />
          </div>
        </div>
        <Controls state={state} update={update} onFunctionChange={onFunctionChange} onResetStart={resetStart} />
      </div>
      <SweepPanel state={state} fn={fn} update={update} />
      <MatrixPanel state={state} update={update} />
      <p className="gd-status" data-testid="op-backend">
        Runs on this page in plain float64 arithmetic (no worker, no TensorFlow.js; only a sweep starts a small plain worker)
        {runs.elapsedMs !== undefined ? `. Last run: ${runs.elapsedMs.toFixed(1)} ms.` : '.'}
      </p>
      <CodePanel pytorch={pytorchCode(state.testFunction, state.optimizers, hyper, state.steps, x0, state.sigma)} tfjs={tfjsCode(state.testFunction, state.optimizers, hyper, state.steps, x0)} />
    </div>
  );
}

function Readout({ state, runs, shown }: { state: ReturnType<typeof useUrlState<typeof OptimizerPlaygroundStateSchema.shape>>['state']; runs: ReturnType<typeof useOptimizerRuns>['views']; shown: number }) {
  return (
    <table className="gd-readout" data-testid="op-readout">
      <caption className="gd-visually-hidden">Loss of each optimizer at the shown step</caption>
      <thead>
        <tr>
          <th scope="col">Optimizer</th>
          <th scope="col">Start loss</th>
          <th scope="col">Loss now</th>
          <th scope="col">Step</th>
        </tr>
      </thead>
      <tbody>
        {state.optimizers.map((id) => {
          const view = runs[id];
          const k = view === undefined ? 0 : Math.min(shown, view.losses.length - 1);
          const step = stepCell(view, shown);
          const now = view?.losses[k];
          const first = view?.losses[0];
          return (
            <tr key={id} data-optimizer={id} data-loss-start={first} data-loss-now={now} data-loss-final={view?.losses[view.losses.length - 1]} data-diverged={view?.diverged === true ? 'true' : 'false'}>
              <th scope="row">{OPTIMIZER_MENU[id].label}</th>
              <td className="gd-num">{first === undefined ? '…' : lossCell(first)}</td>
              <td className="gd-num">{now === undefined ? '…' : lossCell(now)}</td>
              <td className="gd-num">{step}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A loss for the table: "diverged" instead of NaN or Infinity (the run's message says why). */
const lossCell = (loss: number): string => (Number.isFinite(loss) ? formatNumber(loss) : 'diverged');
