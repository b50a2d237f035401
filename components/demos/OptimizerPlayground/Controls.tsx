/** The playground's settings panel: function, optimizers (up to four), hyper-parameters, step budget, start point. */
import { memo, useId } from 'react';
import { getPlainTestFunction, TEST_FUNCTION_NAMES } from '../../../src/core/plain';
import { seriesColor } from '../../charts/palette';
import { formatNumber } from '../../charts/scales';
import { LogSlider } from '../shared/LogSlider';
import { RangeField } from '../shared/RangeField';
import { OPTIMIZER_MENU, PLAYGROUND_OPTIMIZERS, type HyperUse } from '../shared/optimizer-menu';
import { LR_SLIDER, MAX_OPTIMIZERS } from './limits';
import { MAX_STEPS, type OptimizerPlaygroundState, type TestFunctionId } from './state';

interface Props {
  state: OptimizerPlaygroundState;
  update: (patch: Partial<OptimizerPlaygroundState>) => void;
  onFunctionChange: (fn: TestFunctionId) => void;
  onResetStart: () => void;
}

/** Memoised: the playground re-renders every animation frame while playing; the controls only change with state. */
export const Controls = memo(function Controls({ state, update, onFunctionChange, onResetStart }: Props) {
  const fnId = useId();
  const seedId = useId();
  const setSeed = (text: string): void => {
    const v = Math.round(Number(text));
    if (text.trim() !== '' && Number.isFinite(v) && v >= 0 && v <= 999999) update({ noiseSeed: v });
  };
  const uses = (u: HyperUse): boolean => state.optimizers.some((id) => OPTIMIZER_MENU[id].uses.includes(u));
  const toggle = (id: (typeof PLAYGROUND_OPTIMIZERS)[number], on: boolean): void => {
    const next = on ? [...state.optimizers, id] : state.optimizers.filter((o) => o !== id);
    if (next.length >= 1 && next.length <= MAX_OPTIMIZERS) update({ optimizers: PLAYGROUND_OPTIMIZERS.filter((o) => next.includes(o)) });
  };
  return (
    <div className="gd-controls">
      <div className="gd-field">
        <label htmlFor={fnId}>Function</label>
        <select id={fnId} value={state.testFunction} onChange={(e) => onFunctionChange(TEST_FUNCTION_NAMES.find((f) => f === e.currentTarget.value) ?? state.testFunction)}>
          {TEST_FUNCTION_NAMES.map((f) => (
            <option key={f} value={f}>
              {getPlainTestFunction(f).label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="gd-fieldset">
        <legend>Optimizers (1 to {MAX_OPTIMIZERS})</legend>
        <div className="gd-checks">
          {PLAYGROUND_OPTIMIZERS.map((id) => {
            const checked = state.optimizers.includes(id);
            const index = state.optimizers.indexOf(id);
            return (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={(!checked && state.optimizers.length >= MAX_OPTIMIZERS) || (checked && state.optimizers.length === 1)}
                  onChange={(e) => toggle(id, e.currentTarget.checked)}
                />
                {checked && <span className="gd-swatch" style={{ background: seriesColor(index) }} aria-hidden="true" />}
                {OPTIMIZER_MENU[id].label}
              </label>
            );
          })}
        </div>
      </fieldset>
      <LogSlider label="Learning rate" value={state.lr} min={LR_SLIDER.min} max={LR_SLIDER.max} onChange={(lr) => update({ lr })} hint="For the first-order optimizers; Newton and L-BFGS take full steps (lr 1)." />
      <RangeField label="Momentum" value={state.momentum} min={0} max={0.99} step={0.01} onChange={(momentum) => update({ momentum })} disabled={!uses('momentum')} hint="Momentum and Nesterov." />
      <RangeField label="β₁ (beta1)" value={state.beta1} min={0} max={0.99} step={0.01} onChange={(beta1) => update({ beta1 })} disabled={!uses('betas')} />
      <RangeField label="β₂ (beta2)" value={state.beta2} min={0} max={0.9999} step={0.0001} onChange={(beta2) => update({ beta2 })} disabled={!uses('betas')} hint="Adam family and Lion." />
      <LogSlider label="eps (Adam family)" value={state.eps} min={1e-10} max={10} stepsPerDecade={2} onChange={(eps) => update({ eps })} disabled={!uses('eps')} hint="Added to √v̂: the default 1e-8 only guards against division by zero; a large eps turns Adam into momentum SGD at lr/eps." />
      <RangeField label="Weight decay" value={state.weightDecay} min={0} max={0.5} step={0.005} onChange={(weightDecay) => update({ weightDecay })} disabled={!uses('weightDecay')} />
      <RangeField label="Gradient noise σ" value={state.sigma} min={0} max={10} step={0.1} onChange={(sigma) => update({ sigma })} hint="Gaussian noise added to every gradient coordinate, as minibatches would; the loss shown stays exact." />
      <div className="gd-field">
        <label htmlFor={seedId}>Noise seed</label>
        <input id={seedId} type="number" inputMode="numeric" min={0} max={999999} step={1} value={state.noiseSeed} disabled={state.sigma === 0} onChange={(e) => setSeed(e.currentTarget.value)} />
        <small className="gd-hint">The same seed draws the same noise, so a noisy run is reproducible (and shareable by its URL).</small>
      </div>
      <RangeField label="Steps (same budget for each)" value={state.steps} min={10} max={MAX_STEPS} step={10} onChange={(steps) => update({ steps })} format={(v) => String(v)} />
      <div className="gd-field-row">
        <span className="gd-hint">
          Start ({formatNumber(state.x0[0] ?? 0)}, {formatNumber(state.x0[1] ?? 0)})
        </span>
        <button type="button" className="gd-button gd-button-small" onClick={onResetStart}>
          Default start
        </button>
      </div>
    </div>
  );
});
