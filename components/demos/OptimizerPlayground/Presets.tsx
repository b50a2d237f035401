/** One-click presets (presets.ts): buttons that set up a known pathology, and the sentence saying what to look at. */
import { memo } from 'react';
import { activePreset, PRESETS, type PresetPatch } from './presets';
import type { OptimizerPlaygroundState } from './state';

interface Props {
  state: OptimizerPlaygroundState;
  apply: (patch: PresetPatch) => void;
}

export const Presets = memo(function Presets({ state, apply }: Props) {
  const active = activePreset(state);
  return (
    <div className="gd-presets" data-testid="op-presets">
      <div className="gd-checks" role="group" aria-label="Presets: known pathologies">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="gd-button gd-button-small"
            aria-pressed={active?.id === p.id}
            data-preset={p.id}
            onClick={() => apply(p.patch)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <p className="gd-status" aria-live="polite" data-testid="op-preset-explain">
        {active === undefined ? 'Pick a preset to see a known pathology; any change to the settings leaves it.' : active.explain}
      </p>
    </div>
  );
});
