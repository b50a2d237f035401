/**
 * The compression lab's settings: one fieldset per mode (quantize / prune / distill), native labelled inputs. Option
 * labels stay short (a select cannot wrap, and the settings column can be 15rem wide); the longer explanation goes
 * in a hint tied to the select with aria-describedby.
 */
import { QUANT_BITS } from '../../../src/core/plain';
import { RangeField } from '../shared/RangeField';
import { NewFormatFields, QUANT_LABELS } from './NewFormatFields';
import { Select } from './Select';
import { CLASSIFICATION_DATASETS, DATASET_LABELS, QUANT_FORMATS, type CompressionLabState } from './state';

interface Props {
  state: CompressionLabState;
  update: (patch: Partial<CompressionLabState>) => void;
  disabled: boolean;
}


export function Controls({ state: s, update, disabled }: Props) {
  return (
    <div className="gd-controls">
      <Select label={DATASET_LABELS[s.mode]} value={s.dataset} disabled={disabled} options={CLASSIFICATION_DATASETS.map((d) => [d, d] as const)} onChange={(dataset) => update({ dataset })} />
      {s.mode === 'quantize' && (
        <fieldset className="gd-fieldset">
          <legend>Quantize the kernels</legend>
          <Select label="Format" value={s.format} disabled={disabled} options={QUANT_FORMATS.map((q) => [q, QUANT_LABELS[q]] as const)} onChange={(format) => update({ format })} />
          {s.format === 'custom' && <RangeField label="Bits" value={s.bits} min={QUANT_BITS.min - 1} max={QUANT_BITS.max} step={1} disabled={disabled} onChange={(bits) => update({ bits })} hint={`Allowed: ${QUANT_BITS.min} to ${QUANT_BITS.max} bits.`} />}
          <NewFormatFields state={s} update={update} disabled={disabled} />
          {(s.format === 'int8' || s.format === 'int4' || s.format === 'custom') && (
            <>
              <Select label="Scales" value={s.granularity} disabled={disabled} options={[['per-channel', 'per channel'], ['per-tensor', 'per tensor']] as const} onChange={(granularity) => update({ granularity })} hint="Per channel: one scale per output unit; per tensor: one per layer." />
              <Select label="Range" value={s.scheme} disabled={disabled} options={[['symmetric', 'symmetric'], ['asymmetric', 'asymmetric']] as const} onChange={(scheme) => update({ scheme })} hint="Symmetric: zero point 0; asymmetric: a scale and a zero point." />
            </>
          )}
        </fieldset>
      )}
      {s.mode === 'prune' && (
        <fieldset className="gd-fieldset">
          <legend>Prune by magnitude</legend>
          {s.structure !== 'two-four' && <RangeField label="Sparsity" value={s.sparsity} min={0} max={1} step={0.05} disabled={disabled} format={(v) => `${Math.round(v * 100)}%`} onChange={(sparsity) => update({ sparsity })} hint="Share of kernel weights (or hidden neurons) set to zero; up to 95%." />}
          <Select label="What to remove" value={s.structure} disabled={disabled} options={[['unstructured', 'single weights'], ['neurons', 'whole neurons'], ['two-four', '2:4 semi-structured']] as const} onChange={(structure) => update({ structure })} hint="Single weights: unstructured; whole hidden neurons: structured; 2:4: 2 of every 4 inputs, exactly half (what sparse tensor cores run)." />
          <RangeField label="Fine-tune steps after pruning" value={s.fineTuneSteps} min={0} max={500} step={25} disabled={disabled} onChange={(fineTuneSteps) => update({ fineTuneSteps })} hint="0 = one-shot pruning, no retraining." />
        </fieldset>
      )}
      {s.mode === 'distill' && (
        <fieldset className="gd-fieldset">
          <legend>Distill into a student</legend>
          <Select label="Student hidden layers" value={s.studentHidden.join(',')} disabled={disabled} options={[['2', '2'], ['4', '4'], ['8', '8'], ['4,4', '4, 4'], ['8,8', '8, 8'], ...(['2', '4', '8', '4,4', '8,8'].includes(s.studentHidden.join(',')) ? [] : [[s.studentHidden.join(','), s.studentHidden.join(', ')] as const])] as const} onChange={(v) => update({ studentHidden: v.split(',').map(Number) })} />
          <RangeField label="Temperature T" value={s.temperature} min={1} max={20} step={0.5} disabled={disabled} onChange={(temperature) => update({ temperature })} />
          <RangeField label="alpha (weight of the teacher's soft targets)" value={s.alpha} min={0} max={1} step={0.05} disabled={disabled} onChange={(alpha) => update({ alpha })} hint="0 = hard labels only; 1 = teacher only." />
          <RangeField label="Training steps" value={s.distillSteps} min={50} max={1000} step={50} disabled={disabled} onChange={(distillSteps) => update({ distillSteps })} />
        </fieldset>
      )}
    </div>
  );
}
