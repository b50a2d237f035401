/**
 * A labelled linear range input with its value in an <output>:
 *   <RangeField label="Momentum" value={m} min={0} max={0.99} step={0.01} onChange={setM} />
 * The linear sibling of LogSlider, for momentum, betas, weight decay, step counts.
 */
import { useId } from 'react';
import { formatNumber } from '../../charts/scales';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  format?: (value: number) => string;
  hint?: string;
  disabled?: boolean;
}

export function RangeField({ label, value, min, max, step, onChange, format = formatNumber, hint, disabled }: Props) {
  const id = useId();
  const text = format(value);
  return (
    <div className="gd-field">
      <label htmlFor={id}>{label}</label>
      <div className="gd-field-row">
        <input id={id} type="range" min={min} max={max} step={step} value={value} disabled={disabled} aria-valuetext={text} onChange={(e) => onChange(Number(e.currentTarget.value))} />
        <output htmlFor={id} aria-label={`${label} value`}>
          {text}
        </output>
      </div>
      {hint !== undefined && <small className="gd-hint">{hint}</small>}
    </div>
  );
}
