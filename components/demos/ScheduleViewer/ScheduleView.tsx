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
import { effectiveSettings, readout, SCHEDULE_LABELS, scheduleCurves } from './build-schedules';
import { pytorchCode, tfjsCode } from './code';
import { BASE_SCHEDULES, defaultState, parseScheduleViewerProps, ScheduleViewerStateSchema, URL_PREFIX, type ScheduleViewerProps, type ScheduleViewerState } from './state';

export function ScheduleView({ raw }: { raw: ScheduleViewerProps }) {
  const props = useMemo(() => parseScheduleViewerProps(raw), [raw]);
  const defaults = useMemo(() => defaultState(props.schedule), [props]);
  const { state, update, warnings } = useUrlState(ScheduleViewerStateSchema, URL_PREFIX, defaults);
  const { warm, notes } = effectiveSettings(state);
  const curves = useMemo(() => scheduleCurves(state), [state]);
  const chosen = curves.find((c) => c.name === state.s)!;
  const at = Math.min(state.at, state.total - 1);
  const now = readout(chosen.schedule, at, state.lr);
  const selectId = useId();
  const logId = useId();

  useEffect(() => registerDemo({ id: 'schedule-viewer', numTensors: async () => 0 }), []);

  const series: LineSeries[] = curves.map((c, i) => ({
    id: c.name,
    label: `${SCHEDULE_LABELS[c.name]}${c.name === state.s && warm > 0 ? ` after ${warm} warm-up steps` : ''}`,
    points: c.points,
    color: i,
    emphasis: c.name === state.s ? 'strong' : 'faint',
    dashed: c.name !== state.s,
  }));

  return (
    <div className="gd-root-inner">
      <DemoMessage kind="warning" list={[...warnings, ...notes]} testId="sv-warnings" />
      <div className="gd-layout">
        <div className="gd-figures">
          <div className="gd-panel">
            <LineChart
              title={`Learning rate per step: ${SCHEDULE_LABELS[state.s]} highlighted${warm > 0 ? `, ${warm} warm-up steps` : ''}, other schedules faint`}
              series={series}
              xLabel="step"
              yLabel="learning rate"
              logY={state.log}
              xDomain={[0, state.total - 1]}
              guideX={at}
              testId="sv-chart"
            />
          </div>
          <p className="gd-readout" data-testid="sv-readout" data-step={at} data-lr={now.lr}>
            At step {at}: lr = <strong>{formatNumber(now.lr)}</strong>
            {now.momentum !== undefined ? `, momentum = ${formatNumber(now.momentum)} (one-cycle cycles it inversely)` : ''}
          </p>
          <RangeField label="Read out step" value={at} min={0} max={state.total - 1} step={1} onChange={(v) => update({ at: v })} format={(v) => String(v)} />
        </div>
        <div className="gd-controls">
          <div className="gd-field">
            <label htmlFor={selectId}>Schedule</label>
            <select id={selectId} value={state.s} onChange={(e) => update({ s: BASE_SCHEDULES.find((b) => b === e.currentTarget.value) ?? state.s })}>
              {BASE_SCHEDULES.map((b) => (
                <option key={b} value={b}>
                  {SCHEDULE_LABELS[b]}
                </option>
              ))}
            </select>
          </div>
          <LogSlider label="Learning rate (peak)" value={state.lr} min={1e-4} max={1} onChange={(lr) => update({ lr })} />
          <RangeField label="Training steps" value={state.total} min={10} max={1000} step={10} onChange={(total) => update({ total })} format={(v) => String(v)} />
          <RangeField label="Warm-up steps (0 = none)" value={state.warm} min={0} max={Math.max(1, Math.floor(state.total / 2))} step={1} onChange={(w) => update({ warm: w })} format={(v) => String(v)} />
          <RangeField label="Warm-up start factor" value={state.wf} min={0} max={1} step={0.05} onChange={(wf) => update({ wf })} disabled={warm === 0} />
          <ScheduleParams state={state} update={update} />
          <div className="gd-checks">
            <label htmlFor={logId}>
              <input id={logId} type="checkbox" checked={state.log} onChange={(e) => update({ log: e.currentTarget.checked })} />
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
  switch (state.s) {
    case 'constant':
      return <p className="gd-hint">A constant schedule has no parameters beyond the learning rate.</p>;
    case 'step':
      return (
        <>
          <RangeField label="Step size (steps per decay)" value={state.size} min={1} max={state.total} step={1} onChange={(size) => update({ size })} format={steps} />
          <RangeField label="Gamma (factor per decay)" value={state.gamma} min={0.05} max={1} step={0.05} onChange={(gamma) => update({ gamma })} />
        </>
      );
    case 'exponential':
      return <RangeField label="Gamma (factor per step)" value={state.decay} min={0.8} max={1} step={0.005} onChange={(decay) => update({ decay })} />;
    case 'cosine':
      return <RangeField label="Minimum lr (fraction of peak)" value={state.minf} min={0} max={1} step={0.05} onChange={(minf) => update({ minf })} />;
    case 'sgdr':
      return (
        <>
          <RangeField label="First period T₀ (steps)" value={state.t0} min={1} max={state.total} step={1} onChange={(t0) => update({ t0 })} format={steps} />
          <RangeField label="Period multiplier T_mult" value={state.tmult} min={1} max={4} step={1} onChange={(tmult) => update({ tmult })} format={steps} />
          <RangeField label="Minimum lr (fraction of peak)" value={state.minf} min={0} max={1} step={0.05} onChange={(minf) => update({ minf })} />
        </>
      );
    case 'linear':
      return (
        <>
          <RangeField label="Start factor" value={state.lsf} min={0.05} max={1} step={0.05} onChange={(lsf) => update({ lsf })} />
          <RangeField label="Ramp length (steps)" value={state.lit} min={1} max={state.total} step={1} onChange={(lit) => update({ lit })} format={steps} />
        </>
      );
    case 'one-cycle':
      return (
        <>
          <RangeField label="Fraction of steps rising" value={state.pct} min={0.05} max={0.95} step={0.05} onChange={(pct) => update({ pct })} />
          <LogSlider label="Initial divisor (div_factor)" value={state.div} min={1} max={1000} onChange={(div) => update({ div })} stepsPerDecade={6} />
          <LogSlider label="Final divisor (final_div_factor)" value={state.fdiv} min={1} max={1e6} onChange={(fdiv) => update({ fdiv })} stepsPerDecade={2} />
        </>
      );
  }
}
