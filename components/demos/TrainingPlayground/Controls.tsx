/** The training playground's settings form: native labelled selects and ranges, all from the state table. */
import { useId, useState } from 'react';
import { LogSlider } from '../shared/LogSlider';
import { RangeField } from '../shared/RangeField';
import { parseWidths } from './hidden-widths';
import { optimizerNote, scheduleNote } from './optimizer-notes';
import { ACTIVATION_IDS, TRAINING_DATASETS, batchOptions, NETWORK_PRESETS, OPTIMIZER_LABELS, SCHEDULE_PRESET_LABELS, SCHEDULE_PRESETS, TRAINING_OPTIMIZERS, usesMomentum, type ActivationId, type SchedulePreset, type TrainingOptimizer } from './options';
import { LR_SLIDER, MAX_EPOCHS, MAX_LAYERS, MAX_WIDTH } from './limits';
import { POINT_COUNTS, trainingPoints, type DatasetId, type TrainingPlaygroundState } from './state';

interface Props {
  state: TrainingPlaygroundState;
  update: (patch: Partial<TrainingPlaygroundState>) => void;
  disabled: boolean;
}

function Select<T extends string | number>({ label, value, options, onChange, disabled, note, noteTestId }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void; disabled?: boolean; note?: string | undefined; noteTestId?: string }) {
  const id = useId();
  const noteId = useId();
  return (
    <div className="gd-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={String(value)} disabled={disabled} aria-describedby={note === undefined ? undefined : noteId} onChange={(e) => onChange(options.find((o) => String(o.value) === e.currentTarget.value)!.value)}>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {note !== undefined && (
        <small id={noteId} className="gd-hint" data-testid={noteTestId}>
          {note}
        </small>
      )}
    </div>
  );
}

function HiddenField({ hidden, onChange, disabled }: { hidden: number[]; onChange: (h: number[]) => void; disabled: boolean }) {
  const id = useId();
  const hint = useId();
  const errorId = useId();
  const [error, setError] = useState<string | undefined>(undefined);
  const text = hidden.join(',');
  const preset = NETWORK_PRESETS.find((p) => p.hidden.join(',') === text);
  const apply = (value: string): void => {
    const result = parseWidths(value);
    setError(result.error);
    // An unchanged list keeps the field's key, so the text is normalised here too ("16, 16" -> "16,16").
    if (result.widths !== undefined) onChange(result.widths);
  };
  return (
    <>
      <Select
        label="Hidden layers"
        value={preset === undefined ? 'custom' : text}
        disabled={disabled}
        options={[...NETWORK_PRESETS.map((p) => ({ value: p.hidden.join(','), label: p.label })), ...(preset === undefined ? [{ value: 'custom', label: `custom: ${text}` }] : [])]}
        onChange={(v) => {
          setError(undefined);
          if (v !== 'custom') onChange(v === '' ? [] : v.split(',').map(Number));
        }}
      />
      <div className="gd-field">
        <label htmlFor={id}>Custom widths</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          aria-describedby={error === undefined ? hint : `${errorId} ${hint}`}
          aria-invalid={error !== undefined}
          defaultValue={text}
          key={text}
          disabled={disabled}
          className="tp-text"
          onInput={() => error !== undefined && setError(undefined)}
          onBlur={(e) => apply(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            // Apply without leaving the field: on an error, focus stays where the value has to be fixed.
            e.preventDefault();
            apply(e.currentTarget.value);
          }}
        />
        <small id={errorId} className="tp-field-error" aria-live="polite">
          {error}
        </small>
        <small id={hint} className="gd-hint">Comma list, up to {MAX_LAYERS} layers of 1 to {MAX_WIDTH} units; Enter applies.</small>
      </div>
    </>
  );
}

export function Controls({ state: s, update, disabled }: Props) {
  const nTrain = trainingPoints(s.points);
  const layerSizes = [s.dataset === 'regression' ? 1 : 2, ...s.hidden, 1];
  return (
    <div className="gd-controls tp-controls">
      <Select<DatasetId> label="Data set" value={s.dataset} disabled={disabled} options={TRAINING_DATASETS.map((d) => ({ value: d, label: d === 'regression' ? 'regression (noisy sine)' : d }))} onChange={(dataset) => update({ dataset })} />
      <RangeField label="Noise" value={s.noise} min={0} max={0.6} step={0.05} disabled={disabled} onChange={(noise) => update({ noise })} />
      <Select<number> label="Points (half train, half validation)" value={s.points} disabled={disabled} options={[...new Set([...POINT_COUNTS, s.points])].sort((a, b) => a - b).map((v) => ({ value: v, label: `${v} (${trainingPoints(v)} train)` }))} onChange={(points) => update({ points })} />
      <HiddenField hidden={s.hidden} disabled={disabled} onChange={(hidden) => update({ hidden })} />
      <Select<ActivationId> label="Activation" value={s.activation} disabled={disabled} options={ACTIVATION_IDS.map((a) => ({ value: a, label: a }))} onChange={(activation) => update({ activation })} />
      <Select<TrainingOptimizer> label="Optimizer" value={s.optimizer} disabled={disabled} options={TRAINING_OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))} onChange={(optimizer) => update({ optimizer })} note={optimizerNote(s.optimizer, layerSizes)} noteTestId="tp-optimizer-note" />
      <LogSlider label="Learning rate" value={s.lr} min={LR_SLIDER.min} max={LR_SLIDER.max} disabled={disabled} onChange={(lr) => update({ lr })} />
      {usesMomentum(s.optimizer) && <RangeField label="Momentum" value={s.momentum} min={0} max={0.99} step={0.01} disabled={disabled} onChange={(momentum) => update({ momentum })} />}
      <Select<SchedulePreset> label="Learning-rate schedule" value={s.schedule} disabled={disabled} options={SCHEDULE_PRESETS.map((x) => ({ value: x, label: SCHEDULE_PRESET_LABELS[x] }))} onChange={(schedule) => update({ schedule })} note={scheduleNote(s.schedule, s.epochs)} noteTestId="tp-schedule-note" />
      <Select<number>
        label="Batch size"
        value={s.batchSize}
        disabled={disabled}
        options={batchOptions(s.batchSize, nTrain)}
        onChange={(batchSize) => update({ batchSize })}
      />
      <RangeField label="Epochs" value={s.epochs} min={5} max={MAX_EPOCHS} step={5} disabled={disabled} onChange={(epochs) => update({ epochs })} />
      <RangeField label="L2 (weight decay)" value={s.l2} min={0} max={0.3} step={0.005} disabled={disabled} onChange={(l2) => update({ l2 })} hint="Adds 0.5 * L2 * (sum of squared weights) to the loss; biases are not penalised." />
      <RangeField label="Seed" value={s.seed} min={0} max={20} step={1} disabled={disabled} onChange={(seed) => update({ seed })} hint="Same seed = same data, initial weights and shuffling." />
    </div>
  );
}
