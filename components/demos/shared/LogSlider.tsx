/**
 * A labelled range input on a log scale with the value in an <output>:
 *   <LogSlider label="Learning rate" value={lr} min={1e-4} max={1} onChange={setLr} />
 * The range moves in `stepsPerDecade` steps per factor of 10 (default 12); arrow keys step, Page Up/Down jump a
 * decade (native range behaviour). A value outside [min, max] (e.g. from the URL) is shown as is in the output while
 * the thumb sits at the nearest end, so the reader sees the real value.
 */
import { useId } from 'react';
import { formatNumber } from '../../charts/scales';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  stepsPerDecade?: number;
  format?: (value: number) => string;
  /** Extra text under the label (e.g. which optimizers use it). */
  hint?: string;
  disabled?: boolean;
}

export function LogSlider({ label, value, min, max, onChange, stepsPerDecade = 12, format = formatNumber, hint, disabled }: Props) {
  const id = useId();
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const position = value > 0 ? Math.min(hi, Math.max(lo, Math.log10(value))) : lo;
  const text = format(value);
  return (
    <div className="gd-field">
      <label htmlFor={id}>{label}</label>
      <div className="gd-field-row">
        <input
          id={id}
          type="range"
          min={lo}
          max={hi}
          step={1 / stepsPerDecade}
          value={position}
          disabled={disabled}
          aria-valuetext={text}
          onChange={(e) => onChange(Number((10 ** Number(e.currentTarget.value)).toPrecision(3)))}
        />
        <output htmlFor={id} aria-label={`${label} value`}>
          {text}
        </output>
      </div>
      {hint !== undefined && <small className="gd-hint">{hint}</small>}
    </div>
  );
}
