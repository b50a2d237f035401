/**
 * A heat map of a grid of results that a reader can walk with the keyboard:
 *   <HeatMap title="Final loss by learning rate and momentum" xLabel="learning rate" yLabel="momentum"
 *     xTicks={lrs.map(formatNumber)} yTicks={...} values={values} logScale
 *     cellLabel={(i, j) => 'lr 0.01, momentum 0.9: final loss 0.002'} selected={[3, 5]} onSelect={(i, j) => ...} />
 * values[j * nx + i] is column i (x), row j (y); undefined = not computed yet (drawn empty), null or a non-finite
 * number = no value (diverged / never reached; drawn in the "none" colour). Rows are drawn with the largest j on
 * top, like a plot's y axis. The grid is an ARIA grid with one tab stop (roving tabindex): arrow keys move,
 * Home / End go to a row's ends, Enter or Space selects; a click selects too. Colours: a viridis ramp (light =
 * larger), readable in both themes and for the common colour-vision deficiencies.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from './scales';

const RAMP = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;
const NONE_COLOR = '#9a9a9a';

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Text of each column's and row's value (a few are shown as axis labels). */
  xTicks: readonly string[];
  yTicks: readonly string[];
  values: readonly (number | null | undefined)[];
  logScale?: boolean;
  /** Accessible name of a cell: both coordinates and the result, in words. */
  cellLabel: (i: number, j: number) => string;
  selected?: readonly [number, number] | undefined;
  onSelect: (i: number, j: number) => void;
  /** Legend words for the small and the large end, e.g. ['low loss', 'high loss']. */
  legend: readonly [string, string];
  noneLabel: string;
  testId?: string;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The ramp colour at t in [0, 1]. Exported for tests. */
export function rampColor(t: number): string {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RAMP.length - 1);
  const k = Math.min(RAMP.length - 2, Math.floor(u));
  const a = hexToRgb(RAMP[k]!);
  const b = hexToRgb(RAMP[k + 1]!);
  const f = u - k;
  return `rgb(${a.map((v, c) => Math.round(v + (b[c]! - v) * f)).join(', ')})`;
}

/** Where each value sits on the ramp: 0 at the smallest finite value, 1 at the largest (log10 when logScale). */
export function rampPositions(values: readonly (number | null | undefined)[], logScale: boolean): (number | undefined)[] {
  const tr = (v: number): number => (logScale ? Math.log10(v) : v);
  const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && (!logScale || v > 0);
  const finite = values.filter(usable).map(tr);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return values.map((v) => (usable(v) ? (hi > lo ? (tr(v) - lo) / (hi - lo) : 0.5) : undefined));
}

export function HeatMap({ title, xLabel, yLabel, xTicks, yTicks, values, logScale = false, cellLabel, selected, onSelect, legend, noneLabel, testId }: Props) {
  const nx = xTicks.length;
  const ny = yTicks.length;
  const [focus, setFocus] = useState<[number, number]>(() => (selected === undefined ? [0, ny - 1] : [selected[0], selected[1]]));
  const cells = useRef(new Map<string, HTMLDivElement>());
  const titleId = useId();
  const positions = rampPositions(values, logScale);
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && (!logScale || v > 0));

  const moveTo = (i: number, j: number): void => {
    const next: [number, number] = [Math.min(nx - 1, Math.max(0, i)), Math.min(ny - 1, Math.max(0, j))];
    setFocus(next);
    cells.current.get(`${next[0]},${next[1]}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, i: number, j: number): void => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [i - 1, j],
      ArrowRight: [i + 1, j],
      ArrowUp: [i, j + 1],
      ArrowDown: [i, j - 1],
      Home: [0, j],
      End: [nx - 1, j],
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target[0], target[1]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(i, j);
    }
  };
  const rows = Array.from({ length: ny }, (_, r) => ny - 1 - r);
  const tickAt = (n: number): number[] => [...new Set([0, Math.floor((n - 1) / 2), n - 1])];

  return (
    <figure className="gd-heatmap" data-testid={testId} style={{ margin: 0 }}>
      <figcaption id={titleId} style={{ fontSize: '0.9rem', fontWeight: 600, marginBottom: '0.3rem' }}>
        {title}
      </figcaption>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          gap: '0.25rem',
          alignItems: 'stretch',
        }}
      >
        <div
          aria-hidden="true"
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            fontSize: '0.75rem',
            textAlign: 'right',
            color: 'var(--fg-muted)',
          }}
        >
          <span>{yTicks[ny - 1]}</span>
          <span
            style={{
              writingMode: 'vertical-rl',
              transform: 'rotate(180deg)',
              alignSelf: 'center',
            }}
          >
            {yLabel}
          </span>
          <span>{yTicks[0]}</span>
        </div>
        <div
          role="grid"
          aria-labelledby={titleId}
          aria-rowcount={ny}
          aria-colcount={nx}
          style={{
            display: 'grid',
            gridTemplateRows: `repeat(${ny}, 1fr)`,
            maxWidth: '26rem',
            width: '100%',
            aspectRatio: `${nx} / ${ny}`,
            border: '1px solid var(--border)',
          }}
        >
          {rows.map((j, r) => (
            <div
              role="row"
              key={j}
              aria-rowindex={r + 1}
              style={{
                display: 'grid',
                gridTemplateColumns: `repeat(${nx}, 1fr)`,
              }}
            >
              {Array.from({ length: nx }, (_, i) => {
                const k = j * nx + i;
                const v = values[k];
                const t = positions[k];
                const isSelected = selected !== undefined && selected[0] === i && selected[1] === j;
                const isFocus = focus[0] === i && focus[1] === j;
                return (
                  <div
                    key={i}
                    role="gridcell"
                    aria-colindex={i + 1}
                    aria-label={cellLabel(i, j)}
                    aria-selected={isSelected}
                    tabIndex={isFocus ? 0 : -1}
                    data-i={i}
                    data-j={j}
                    data-value={v === undefined ? undefined : String(v)}
                    ref={(el) => {
                      if (el === null) cells.current.delete(`${i},${j}`);
                      else cells.current.set(`${i},${j}`, el);
                    }}
                    onClick={() => {
                      setFocus([i, j]);
                      onSelect(i, j);
                    }}
                    onKeyDown={(e) => onKeyDown(e, i, j)}
                    className="gd-heatmap-cell"
                    style={{
                      background: v === undefined ? 'transparent' : t === undefined ? NONE_COLOR : rampColor(t),
                      // A box shadow, so the :focus-visible outline (demo.css) still shows on the selected cell.
                      boxShadow: isSelected ? 'inset 0 0 0 2px var(--fg), inset 0 0 0 3px var(--bg-card)' : undefined,
                      cursor: 'pointer',
                      minWidth: 0,
                    }}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <span />
        <div
          aria-hidden="true"
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: '0.75rem',
            color: 'var(--fg-muted)',
            maxWidth: '26rem',
          }}
        >
          {tickAt(nx).map((i) => (
            <span key={i}>{xTicks[i]}</span>
          ))}
        </div>
        <span />
        <div
          aria-hidden="true"
          style={{
            fontSize: '0.75rem',
            color: 'var(--fg-muted)',
            textAlign: 'center',
            maxWidth: '26rem',
          }}
        >
          {xLabel}
        </div>
      </div>
      <div
        className="gd-heatmap-legend"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: '0.4rem',
          fontSize: '0.8rem',
          marginTop: '0.35rem',
        }}
      >
        <span>
          {legend[0]}
          {finite.length > 0 ? ` (${formatNumber(Math.min(...finite))})` : ''}
        </span>
        <span
          aria-hidden="true"
          style={{
            width: '6rem',
            height: '0.7rem',
            background: `linear-gradient(to right, ${RAMP.join(', ')})`,
          }}
        />
        <span>
          {legend[1]}
          {finite.length > 0 ? ` (${formatNumber(Math.max(...finite))})` : ''}
        </span>
        <span
          aria-hidden="true"
          style={{
            width: '0.7rem',
            height: '0.7rem',
            background: NONE_COLOR,
            marginLeft: '0.6rem',
          }}
        />
        <span>{noneLabel}</span>
      </div>
    </figure>
  );
}
