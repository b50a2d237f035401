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
import { DECAY_SHAPES, type DecayShape } from '../../../src/core/plain';
import { BASE_SCHEDULES, SCHEDULE_LABELS, takesSharedWarmup } from './base-schedules';
import { effectiveSettings, momentumNote, readout, scheduleCurves } from './build-schedules';
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
  const now = readout(chosen, at);
  const sharedWarm = takesSharedWarmup(state.schedule) ? warm : 0;
  const selectId = useId();
  const logId = useId();

  useEffect(() => registerDemo({ id: 'schedule-viewer', numTensors: async () => 0 }), []);

  const series: LineSeries[] = curves.map((c, i) => ({
    id: c.name,
    label: `${SCHEDULE_LABELS[c.name]}${c.name === state.schedule && sharedWarm > 0 ? ` after ${sharedWarm} warm-up steps` : ''}`,
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
              title={`Learning rate per step: ${SCHEDULE_LABELS[state.schedule]} highlighted${warm > 0 && state.schedule !== 'reduce-on-plateau' ? `, ${warm} warm-up steps` : ''}, other schedules faint`}
              series={series}
              xLabel="step"
              yLabel="learning rate"
              logY={state.logScale}
              xDomain={[0, state.totalSteps - 1]}
              guideX={at}
              testId="sv-chart"
            />
          </div>
          {chosen.loss !== undefined && (
            <div className="gd-panel" data-testid="sv-plateau-loss">
              <LineChart
                title="Illustrative loss curve that stops improving (a toy, not a real training run): reduce on plateau reads it once per step, each step standing for an epoch"
                series={[{ id: 'loss', label: 'illustrative loss (settles higher at a larger lr)', points: chosen.loss, color: 1 }]}
                xLabel="step (= epoch here)"
                yLabel="illustrative loss"
                xDomain={[0, state.totalSteps - 1]}
                guideX={at}
                height={180}
                testId="sv-loss-chart"
              />
            </div>
          )}
          <p className="gd-readout" data-testid="sv-readout" data-step={at} data-lr={now.lr}>
            At step {at}: lr = <strong>{formatNumber(now.lr)}</strong>
            {now.momentum !== undefined ? `, momentum = ${formatNumber(now.momentum)} (${momentumNote(state.schedule)})` : ''}
            {chosen.loss !== undefined ? `, illustrative loss = ${formatNumber(chosen.loss[at]![1])}` : ''}
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
          <RangeField label="Warm-up steps (0 = none)" value={state.warmupSteps} min={0} max={Math.max(1, Math.floor(state.totalSteps / 2))} step={1} onChange={(warmupSteps) => update({ warmupSteps })} format={(v) => String(v)} disabled={state.schedule === 'reduce-on-plateau'} />
          <RangeField label="Warm-up start factor" value={state.warmupFactor} min={0} max={1} step={0.05} onChange={(warmupFactor) => update({ warmupFactor })} disabled={sharedWarm === 0} />
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
    case 'cyclic':
      return (
        <>
          <RangeField label="Steps per half cycle (step_size_up)" value={state.cycleSteps} min={1} max={Math.max(1, Math.floor(state.totalSteps / 2))} step={1} onChange={(cycleSteps) => update({ cycleSteps })} format={steps} />
          <RangeField label="Base lr (fraction of peak)" value={state.cycleBase} min={0.05} max={1} step={0.05} onChange={(cycleBase) => update({ cycleBase })} />
        </>
      );
    case 'reduce-on-plateau':
      return (
        <>
          <p className="gd-hint">Not a function of the step: it multiplies the lr by the factor once the loss has not improved for more than “patience” epochs. Drawn here on an illustrative loss.</p>
          <RangeField label="Patience (epochs without improvement)" value={state.patience} min={0} max={Math.max(1, Math.floor(state.totalSteps / 2))} step={1} onChange={(patience) => update({ patience })} format={steps} />
          <RangeField label="Factor per reduction" value={state.plateauFactor} min={0.05} max={0.95} step={0.05} onChange={(plateauFactor) => update({ plateauFactor })} />
        </>
      );
    case 'warmup-stable-decay':
      return (
        <>
          <RangeField label="Decay share of the run" value={state.decayFraction} min={0} max={0.5} step={0.05} onChange={(decayFraction) => update({ decayFraction })} />
          <DecayShapeSelect value={state.decayShape} onChange={(decayShape) => update({ decayShape })} />
          <RangeField label="Minimum lr (fraction of peak)" value={state.minFactor} min={0} max={1} step={0.05} onChange={(minFactor) => update({ minFactor })} />
        </>
      );
  }
}

function DecayShapeSelect({ value, onChange }: { value: DecayShape; onChange: (v: DecayShape) => void }) {
  const id = useId();
  return (
    <div className="gd-field">
      <label htmlFor={id}>Decay shape</label>
      <select id={id} value={value} onChange={(e) => onChange(DECAY_SHAPES.find((d) => d === e.currentTarget.value) ?? value)}>
        {DECAY_SHAPES.map((d) => (
          <option key={d} value={d}>
            {d === '1-sqrt' ? '1 − sqrt (the paper’s)' : d}
          </option>
        ))}
      </select>
    </div>
  );
}
