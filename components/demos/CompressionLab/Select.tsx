/** The lab's labelled native select and checkbox, with an optional hint tied by aria-describedby. */
import { useId } from 'react';

export function Select<T extends string>({ label, value, options, onChange, disabled, hint }: { label: string; value: T; options: readonly (readonly [T, string])[]; onChange: (v: T) => void; disabled: boolean; hint?: string }) {
  const id = useId();
  return (
    <div className="gd-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={hint === undefined ? undefined : `${id}-hint`} onChange={(e) => onChange(options.find(([v]) => v === e.currentTarget.value)![0])}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <small id={`${id}-hint`} className="gd-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

export function Checkbox({ label, checked, onChange, disabled, hint, testId }: { label: string; checked: boolean; onChange: (v: boolean) => void; disabled: boolean; hint?: string; testId?: string }) {
  const id = useId();
  return (
    <div className="gd-field">
      <label htmlFor={id} className="cl-check">
        <input id={id} type="checkbox" checked={checked} disabled={disabled} data-testid={testId} aria-describedby={hint === undefined ? undefined : `${id}-hint`} onChange={(e) => onChange(e.currentTarget.checked)} />
        {label}
      </label>
      {hint !== undefined && (
        <small id={`${id}-hint`} className="gd-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
