/**
 * The number-format explorer's layout: the chosen format's values on a log axis, a typed number's bits and rounding,
 * the error of a generated weight tensor under every format, and the range-versus-precision table. Plain arithmetic
 * from src/core/plain.ts on the main thread: no worker, no tfjs.
 */
import { useEffect, useId, useMemo } from 'react';
import { FLOAT_FORMAT_NAMES, FLOAT_FORMATS } from '../../../src/core/plain';
import { DemoMessage } from '../shared/DemoMessage';
import { registerDemo } from '../shared/demo-registry';
import { LogSlider } from '../shared/LogSlider';
import { RangeField } from '../shared/RangeField';
import { useUrlState } from '../shared/use-url-state';
import { BitFields } from './BitFields';
import { bitReadout } from './bit-fields';
import { ErrorHistogram } from './ErrorHistogram';
import { ErrorTable } from './ErrorTable';
import { FormatAxis } from './FormatAxis';
import { MAX_INPUT_LENGTH, OUTLIER_RANGE, STD_RANGE, URL_PREFIX, WEIGHT_COUNT } from './limits';
import type { NumberFormatsProps } from './manifest';
import { parseNumberInput } from './parse-number';
import { RangeTable } from './RangeTable';
import { defaultState, NumberFormatsStateSchema } from './state';
import { ERROR_KINDS, errorHistogram, formatError, generateWeights, TENSOR_FORMATS } from './weight-errors';
import './number-formats.css';

export function NumberFormatsView({ props }: { props: NumberFormatsProps }) {
  const defaults = useMemo(() => defaultState(props), [props]);
  const { state, update, warnings } = useUrlState(NumberFormatsStateSchema, URL_PREFIX, defaults);
  const spec = FLOAT_FORMATS[state.format];
  const parsed = parseNumberInput(state.input);
  const readout = parsed.ok ? bitReadout(parsed.value, state.format, state.saturate) : undefined;
  const weights = useMemo(() => generateWeights(WEIGHT_COUNT, state.std, state.outlier, state.seed), [state.std, state.outlier, state.seed]);
  const errors = useMemo(() => TENSOR_FORMATS.map((f) => formatError(weights, f)), [weights]);
  const shown = errors.find((e) => e.format === state.tensorFormat)!;
  const histogram = useMemo(() => errorHistogram(weights, shown.dequantized, state.errorKind), [weights, shown, state.errorKind]);
  const ids = { format: useId(), input: useId(), error: useId(), hint: useId(), saturate: useId(), tensor: useId(), kind: useId() };

  useEffect(() => registerDemo({ id: 'number-formats', numTensors: async () => 0 }), []);

  return (
    <div className="gd-root-inner nf-root">
      <DemoMessage kind="warning" list={warnings} testId="nf-warnings" />
      <div className="nf-controls">
        <div className="gd-field">
          <label htmlFor={ids.format}>Format</label>
          <select id={ids.format} value={state.format} onChange={(e) => update({ format: FLOAT_FORMAT_NAMES.find((f) => f === e.currentTarget.value) ?? state.format })}>
            {FLOAT_FORMAT_NAMES.map((f) => (
              <option key={f} value={f}>
                {f} ({FLOAT_FORMATS[f].bits} bits)
              </option>
            ))}
          </select>
        </div>
        <div className="gd-field">
          <label htmlFor={ids.input}>Number</label>
          <input
            id={ids.input}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_INPUT_LENGTH}
            value={state.input}
            aria-invalid={!parsed.ok}
            aria-describedby={parsed.ok ? ids.hint : `${ids.error} ${ids.hint}`}
            onChange={(e) => update({ input: e.currentTarget.value })}
          />
          {!parsed.ok && (
            <p id={ids.error} className="nf-error" data-testid="nf-input-error">
              {parsed.message}
            </p>
          )}
          <small id={ids.hint} className="gd-hint">
            For example 0.1, 1e-3, -448, 1e6, inf or nan.
          </small>
        </div>
        <div className="gd-checks">
          <label htmlFor={ids.saturate}>
            <input id={ids.saturate} type="checkbox" checked={state.saturate} onChange={(e) => update({ saturate: e.currentTarget.checked })} />
            Saturate on overflow (clamp to ±max)
          </label>
        </div>
      </div>
      <p className="gd-subhead">Positive values of {state.format} (log scale; the count per binade above the ticks)</p>
      <div className="gd-panel">
        <FormatAxis spec={spec} marker={parsed.ok ? Math.abs(parsed.value) : undefined} saturate={state.saturate} />
      </div>
      <p className="gd-subhead">The number in {state.format}</p>
      {readout !== undefined && parsed.ok ? (
        <BitFields input={parsed.value} readout={readout} format={state.format} />
      ) : (
        <p className="gd-hint" data-testid="nf-no-result">Nothing to show until the number above is valid.</p>
      )}
      <p className="gd-subhead">A weight tensor under each format</p>
      <div className="nf-tensor-controls">
        <LogSlider label="Weight standard deviation" value={state.std} min={STD_RANGE.min} max={STD_RANGE.max} onChange={(std) => update({ std })} stepsPerDecade={6} />
        <RangeField label="Outlier weight (× std, 0 = none)" value={state.outlier} min={OUTLIER_RANGE.min} max={OUTLIER_RANGE.max} step={5} onChange={(outlier) => update({ outlier })} format={(v) => String(v)} />
        <div className="gd-field">
          <label htmlFor={ids.tensor}>Format in the histogram</label>
          <select id={ids.tensor} value={state.tensorFormat} onChange={(e) => update({ tensorFormat: TENSOR_FORMATS.find((f) => f === e.currentTarget.value) ?? state.tensorFormat })}>
            {TENSOR_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="gd-field">
          <label htmlFor={ids.kind}>Error shown</label>
          <select id={ids.kind} value={state.errorKind} onChange={(e) => update({ errorKind: ERROR_KINDS.find((k) => k === e.currentTarget.value) ?? state.errorKind })}>
            <option value="relative">relative error</option>
            <option value="absolute">absolute error</option>
          </select>
        </div>
        <button type="button" className="gd-button gd-button-small" onClick={() => update({ seed: state.seed >= 999999 ? 0 : state.seed + 1 })}>
          New random weights
        </button>
      </div>
      <ErrorHistogram histogram={histogram} format={state.tensorFormat} />
      <ErrorTable rows={errors} current={state.tensorFormat} />
      <p className="gd-subhead">Range against precision</p>
      <RangeTable current={state.format} />
      <p className="gd-hint">
        Decimal digits are log10 2^(mantissa bits + 1); the relative step is the gap between neighbouring normal values divided by the smaller one.
        Sizes and errors are exact; speed-ups of these formats need hardware that a browser cannot measure.
      </p>
    </div>
  );
}
