/** The schedule viewer's layout: every schedule over the steps (the chosen one strong), its parameters, readout and code. */
import { useEffect, useId, useMemo } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { formatNumber } from '../../charts/scales';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { registerDemo } from '../shared/demo-registry';
import { LogSlider } from '../shared/LogSlider';
import { RangeField } from '../shared/RangeField';
import { useUrlState } from '../shared/use-url-state';
import { BASE_SCHEDULES, SCHEDULE_LABELS } from './base-schedules';
import { effectiveSettings, readout, scheduleCurves } from './build-schedules';
import { pytorchCode, tfjsCode } from './code';
import type { ScheduleViewerProps } from './manifest';
import { URL_PREFIX } from './limits';
import { defaultState, ScheduleViewerStateSchema, type ScheduleViewerState } from './state';

export function ScheduleView({ props }: { props: ScheduleViewerProps }) {
  const defaults = useMemo(() => defaultState(props.schedule), [props]);
  const { state, update, warnings } = useUrlState(ScheduleViewerStateSchema, URL_PREFIX, defaults);
  const { warm, notes } = effectiveSettings(state);
  const curves = useMemo(() => scheduleCurves(state), [state]);
  const chosen = curves.find((c) => c.name === state.schedule)!;
  const at = Math.min(state.readoutStep, state.totalSteps - 1);
  const now = readout(chosen.schedule, at, state.lr);
  const selectId = useId();
  const logId = useId();

  useEffect(() => registerDemo({ id: 'schedule-viewer', numTensors: async () => 0 }), []);

  const series: LineSeries[] = curves.map((c, i) => ({
    id: c.name,
    label: `${SCHEDULE_LABELS[c.name]}${c.name === state.schedule && warm > 0 ? ` after ${warm} warm-up steps` : ''}`,
    points: c.points,
    color: i,
    emphasis: c.name === state.schedule ? 'strong' : 'faint',
    dashed: c.name !== state.schedule,
  }));

  return (
    <div className="gd-root-inner">
      <DemoMessage kind="warning" list={[...warnings, ...notes]} testId="sv-warnings" />
      <div className="gd-layout">
        <div className="gd-figures">
          <div className="gd-panel">
            <LineChart
              title={`Learning rate per step: ${SCHEDULE_LABELS[state.schedule]} highlighted${warm > 0 ? `, ${warm} warm-up steps` : ''}, other schedules faint`}
              series={series}
              xLabel="step"
              yLabel="learning rate"
              logY={state.logScale}
              xDomain={[0, state.totalSteps - 1]}
              guideX={at}
              testId="sv-chart"
            />
          </div>
          <p className="gd-readout" data-testid="sv-readout" data-step={at} data-lr={now.lr}>
            At step {at}: lr = <strong>{formatNumber(now.lr)}</strong>
            {now.momentum !== undefined ? `, momentum = ${formatNumber(now.momentum)} (one-cycle cycles it inversely)` : ''}
          </p>
          <RangeField label="Read out step" value={at} min={0} max={state.totalSteps - 1} step={1} onChange={(readoutStep) => update({ readoutStep })} format={(v) => String(v)} />
        </div>
        <div className="gd-controls">
          <div className="gd-field">
            <label htmlFor={selectId}>Schedule</label>
            <select id={selectId} value={state.schedule} onChange={(e) => update({ schedule: BASE_SCHEDULES.find((b) => b === e.currentTarget.value) ?? state.schedule })}>
              {BASE_SCHEDULES.map((b) => (
                <option key={b} value={b}>
                  {SCHEDULE_LABELS[b]}
                </option>
              ))}
            </select>
          </div>
          <LogSlider label="Learning rate (peak)" value={state.lr} min={1e-4} max={1} onChange={(lr) => update({ lr })} />
          <RangeField label="Training steps" value={state.totalSteps} min={10} max={1000} step={10} onChange={(totalSteps) => update({ totalSteps })} format={(v) => String(v)} />
          <RangeField label="Warm-up steps (0 = none)" value={state.warmupSteps} min={0} max={Math.max(1, Math.floor(state.totalSteps / 2))} step={1} onChange={(warmupSteps) => update({ warmupSteps })} format={(v) => String(v)} />
          <RangeField label="Warm-up start factor" value={state.warmupFactor} min={0} max={1} step={0.05} onChange={(warmupFactor) => update({ warmupFactor })} disabled={warm === 0} />
          <ScheduleParams state={state} update={update} />
          <div className="gd-checks">
            <label htmlFor={logId}>
              <input id={logId} type="checkbox" checked={state.logScale} onChange={(e) => update({ logScale: e.currentTarget.checked })} />
              Log-scale learning rate
            </label>
          </div>
        </div>
      </div>
      <CodePanel pytorch={pytorchCode(state, warm)} tfjs={tfjsCode(state, warm)} />
    </div>
  );
}

/** The parameters of the highlighted schedule only. */
function ScheduleParams({ state, update }: { state: ScheduleViewerState; update: (patch: Partial<ScheduleViewerState>) => void }) {
  const steps = (v: number): string => String(v);
  switch (state.schedule) {
    case 'constant':
      return <p className="gd-hint">A constant schedule has no parameters beyond the learning rate.</p>;
    case 'step':
      return (
        <>
          <RangeField label="Step size (steps per decay)" value={state.stepSize} min={1} max={state.totalSteps} step={1} onChange={(stepSize) => update({ stepSize })} format={steps} />
          <RangeField label="Gamma (factor per decay)" value={state.gamma} min={0.05} max={1} step={0.05} onChange={(gamma) => update({ gamma })} />
        </>
      );
    case 'exponential':
      return <RangeField label="Gamma (factor per step)" value={state.decay} min={0.8} max={1} step={0.005} onChange={(decay) => update({ decay })} />;
    case 'cosine':
      return <RangeField label="Minimum lr (fraction of peak)" value={state.minFactor} min={0} max={1} step={0.05} onChange={(minFactor) => update({ minFactor })} />;
    case 'sgdr':
      return (
        <>
          <RangeField label="First period T₀ (steps)" value={state.t0} min={1} max={state.totalSteps} step={1} onChange={(t0) => update({ t0 })} format={steps} />
          <RangeField label="Period multiplier T_mult" value={state.tMult} min={1} max={4} step={1} onChange={(tMult) => update({ tMult })} format={steps} />
          <RangeField label="Minimum lr (fraction of peak)" value={state.minFactor} min={0} max={1} step={0.05} onChange={(minFactor) => update({ minFactor })} />
        </>
      );
    case 'linear':
      return (
        <>
          <RangeField label="Start factor" value={state.linearStartFactor} min={0.05} max={1} step={0.05} onChange={(linearStartFactor) => update({ linearStartFactor })} />
          <RangeField label="Ramp length (steps)" value={state.linearSteps} min={1} max={state.totalSteps} step={1} onChange={(linearSteps) => update({ linearSteps })} format={steps} />
        </>
      );
    case 'one-cycle':
      return (
        <>
          <RangeField label="Fraction of steps rising" value={state.pctStart} min={0.05} max={0.95} step={0.05} onChange={(pctStart) => update({ pctStart })} />
          <LogSlider label="Initial divisor (div_factor)" value={state.divFactor} min={1} max={1000} onChange={(divFactor) => update({ divFactor })} stepsPerDecade={6} />
          <LogSlider label="Final divisor (final_div_factor)" value={state.finalDivFactor} min={1} max={1e6} onChange={(finalDivFactor) => update({ finalDivFactor })} stepsPerDecade={2} />
        </>
      );
  }
}
