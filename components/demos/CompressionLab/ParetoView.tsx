/**
 * The Pareto view: bits per kernel weight (x, log scale) against validation accuracy (y) for every format and method
 * on the same trained model, the current settings highlighted. Every point is focusable; hovering or focusing one
 * shows its raw and gzip bytes in the line under the chart, and the same figures are in a table below.
 */
import { useId, useState } from 'react';
import type { ParetoPoint } from '../../../src/core/index';
import { CHART_COLORS, seriesColor } from '../../charts/palette';
import { svgTabIndex } from '../../charts/svg-tab-index';

const W = 360;
const H = 230;
const PAD = { left: 44, right: 10, top: 10, bottom: 34 };
const X_TICKS = [2, 4, 8, 16, 32];
const FAMILIES = ['float', 'integer', 'block', 'gptq', 'w8a8', 'sparse24'] as const;
const FAMILY_LABELS: Record<(typeof FAMILIES)[number], string> = { float: 'float formats', integer: 'int per channel', block: 'block formats', gptq: 'GPTQ / RTN', w8a8: 'W8A8', sparse24: '2:4 sparse' };

function family(p: ParetoPoint): (typeof FAMILIES)[number] {
  const k = p.spec.kind;
  if (k === 'fp16' || k === 'float') return 'float';
  if (k === 'integer' || k === 'block' || k === 'gptq' || k === 'w8a8' || k === 'sparse24') return k;
  return 'float';
}

const pct = (a: number | undefined): string => (a === undefined ? '–' : `${(100 * a).toFixed(1)}%`);
export function describePoint(p: ParetoPoint): string {
  return `${p.label}: ${p.bitsPerWeight.toFixed(2)} bits per weight, ${p.raw} bytes raw, ${p.gzip} bytes gzip, accuracy ${pct(p.accuracy)}`;
}

/** The points no other point beats on both axes (fewer or equal bits and higher or equal accuracy), by bits. */
export function paretoFront(points: readonly ParetoPoint[]): ParetoPoint[] {
  const valid = points.filter((p) => p.accuracy !== undefined).sort((a, b) => a.bitsPerWeight - b.bitsPerWeight || b.accuracy! - a.accuracy!);
  const front: ParetoPoint[] = [];
  for (const p of valid) if (front.length === 0 || p.accuracy! > front[front.length - 1]!.accuracy!) front.push(p);
  return front;
}

interface Props {
  points: readonly ParetoPoint[];
  currentKey: string;
  busy: boolean;
  canRun: boolean;
  onRun: () => void;
}

export function ParetoView({ points, currentKey, busy, canRun, onRun }: Props) {
  const id = useId();
  const [active, setActive] = useState<string | undefined>(undefined);
  const shown = points.filter((p) => p.accuracy !== undefined && Number.isFinite(p.bitsPerWeight) && p.bitsPerWeight > 0);
  const minAcc = Math.min(0.9, ...shown.map((p) => p.accuracy!));
  const yMin = Math.max(0, Math.floor(minAcc * 10) / 10);
  const lx = (b: number): number => PAD.left + ((Math.log2(Math.min(40, Math.max(1.5, b))) - 1) / (Math.log2(40) - 1)) * (W - PAD.left - PAD.right);
  const ly = (a: number): number => PAD.top + ((1 - a) / Math.max(0.05, 1 - yMin)) * (H - PAD.top - PAD.bottom);
  const yTicks = Array.from({ length: Math.round((1 - yMin) * 10) + 1 }, (_, i) => yMin + i / 10);
  const front = paretoFront(shown);
  const detail = shown.find((p) => p.key === active) ?? shown.find((p) => p.key === currentKey);
  return (
    <section className="cl-pareto" aria-labelledby={`${id}-title`} data-testid="cl-pareto" data-points={shown.length}>
      <h3 id={`${id}-title`} className="cl-pareto-title">Bits per weight vs accuracy</h3>
      <div className="gd-playback">
        <button type="button" className="gd-button" data-testid="cl-pareto-run" onClick={onRun} disabled={!canRun || busy}>
          {busy ? 'Comparing…' : shown.length > 1 ? 'Compare all formats again' : 'Compare all formats'}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="gd-hint">No points yet: “Compare all formats” measures every format and method on the trained model (a few seconds); each model you make is added too.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} className="cl-pareto-svg" role="group" aria-label={`Bits per weight against validation accuracy, ${shown.length} points`}>
            {yTicks.map((t) => (
              <g key={t.toFixed(2)}>
                <line x1={PAD.left} x2={W - PAD.right} y1={ly(t)} y2={ly(t)} stroke={CHART_COLORS.grid} />
                <text x={PAD.left - 4} y={ly(t) + 4} textAnchor="end" fontSize="10" fill={CHART_COLORS.muted}>{`${Math.round(t * 100)}%`}</text>
              </g>
            ))}
            {X_TICKS.map((t) => (
              <g key={t}>
                <line x1={lx(t)} x2={lx(t)} y1={PAD.top} y2={H - PAD.bottom} stroke={CHART_COLORS.grid} />
                <text x={lx(t)} y={H - PAD.bottom + 13} textAnchor="middle" fontSize="10" fill={CHART_COLORS.muted}>{t}</text>
              </g>
            ))}
            <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" fontSize="11" fill={CHART_COLORS.text}>bits per weight (log scale)</text>
            <polyline points={front.map((p) => `${lx(p.bitsPerWeight)},${ly(p.accuracy!)}`).join(' ')} fill="none" stroke={CHART_COLORS.muted} strokeDasharray="4 3" aria-hidden="true" />
            {shown.map((p) => {
              const current = p.key === currentKey;
              const f = FAMILIES.indexOf(family(p));
              return (
                <circle
                  key={p.key}
                  role="img"
                  aria-label={`${describePoint(p)}${current ? ' (current settings)' : ''}`}
                  {...svgTabIndex(0)}
                  className={`cl-pareto-point${current ? ' cl-pareto-current' : ''}`}
                  data-testid={current ? 'cl-pareto-current' : 'cl-pareto-point'}
                  data-key={p.key}
                  cx={lx(p.bitsPerWeight)}
                  cy={ly(p.accuracy!)}
                  r={current ? 7 : 4.5}
                  fill={seriesColor(f)}
                  stroke={current ? CHART_COLORS.text : CHART_COLORS.background}
                  strokeWidth={current ? 2.5 : 1}
                  onMouseEnter={() => setActive(p.key)}
                  onMouseLeave={() => setActive(undefined)}
                  onFocus={() => setActive(p.key)}
                  onBlur={() => setActive(undefined)}
                />
              );
            })}
          </svg>
          <ul className="cl-pareto-legend gd-hint" aria-label="Colours">
            {FAMILIES.map((f, i) => (
              <li key={f}>
                <span className="cl-swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                {FAMILY_LABELS[f]}
              </li>
            ))}
          </ul>
          <p className="gd-hint cl-pareto-detail" data-testid="cl-pareto-detail">
            {detail === undefined ? 'Hover or focus a point for its sizes.' : `${detail.key === currentKey ? 'Current: ' : ''}${describePoint(detail)}.`}
          </p>
          <details className="cl-notes">
            <summary>The points as a table</summary>
            <div className="cl-table-wrap" role="region" aria-label="Bits per weight, sizes and accuracy of every variant" tabIndex={0}>
              <table data-testid="cl-pareto-table">
                <thead>
                  <tr>
                    <th scope="col">format / method</th>
                    <th scope="col">bits per weight</th>
                    <th scope="col">raw bytes</th>
                    <th scope="col">gzip bytes</th>
                    <th scope="col">val. accuracy</th>
                  </tr>
                </thead>
                <tbody>
                  {[...shown].sort((a, b) => a.bitsPerWeight - b.bitsPerWeight).map((p) => (
                    <tr key={p.key} aria-current={p.key === currentKey ? 'true' : undefined}>
                      <th scope="row">{p.label}</th>
                      <td className="gd-num">{p.bitsPerWeight.toFixed(2)}</td>
                      <td className="gd-num">{p.raw}</td>
                      <td className="gd-num">{p.gzip}</td>
                      <td className="gd-num">{pct(p.accuracy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <p className="gd-hint" data-testid="cl-speed-note">
        Speed-ups are not measurable here: a browser has no int8, FP8, FP4 or 2:4 sparse matrix units to call, so every format runs as float32 after rounding. The chart shows size and accuracy only; the speed comes from hardware (tensor cores) running the stored format.
      </p>
    </section>
  );
}
