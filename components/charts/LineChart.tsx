/**
 * The line chart every demo uses (SVG, responsive through its viewBox):
 *   <LineChart title="Loss per step" xLabel="step" yLabel="loss" logY
 *     series={[{ id: 'adam', label: 'Adam', points: [[0, 3.1], [1, 2.4]], color: 0 }]} />
 * Series may be lines or points, strong / normal / faint. Non-finite points (and y <= 0 on a log axis) are skipped,
 * never drawn. The <svg> has role="img" with `title` as its label; a visually-hidden paragraph summarises each series
 * for screen readers. Colours are CSS variables (palette.ts), so dark mode needs no redraw.
 */
import { useId } from 'react';
import { CHART_COLORS, seriesColor, seriesDash } from './palette';
import { useElementWidth } from './use-element-width';
import { extent, formatNumber, linearScale, logScale, logTicks, niceDomain, niceTicks, px as toPx } from './scales';

export type Point = readonly [number, number];

export interface LineSeries {
  id: string;
  label: string;
  points: readonly Point[];
  /** Palette index (palette.ts). */
  color: number;
  emphasis?: 'strong' | 'normal' | 'faint';
  kind?: 'line' | 'points';
  /** Dash the line (per palette index) so series differ by more than hue. Default false. */
  dashed?: boolean;
}

interface Props {
  title: string;
  series: readonly LineSeries[];
  xLabel: string;
  yLabel: string;
  logY?: boolean;
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  /** A vertical guide line, e.g. the current step. */
  guideX?: number;
  /** Largest viewBox size (default 480 x 260); below that the chart follows its container's width. */
  width?: number;
  height?: number;
  /** Replaces the generated screen-reader summary. */
  summary?: string;
  showLegend?: boolean;
  testId?: string;
}

const MARGIN = { top: 10, right: 14, bottom: 38, left: 56 };

function usable(points: readonly Point[], logY: boolean): Point[] {
  return points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!logY || y > 0));
}

function describeSeries(s: LineSeries, logY: boolean): string {
  const pts = usable(s.points, logY);
  if (pts.length === 0) return `${s.label}: no finite values.`;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const ys = extent(pts.map((p) => p[1]))!;
  return `${s.label}: ${pts.length} points from (${formatNumber(first[0])}, ${formatNumber(first[1])}) to (${formatNumber(last[0])}, ${formatNumber(last[1])}); y between ${formatNumber(ys[0])} and ${formatNumber(ys[1])}.`;
}

export function LineChart({ title, series, xLabel, yLabel, logY = false, xDomain, yDomain, guideX, width: maxWidth = 480, height: maxHeight = 260, summary, showLegend = true, testId }: Props) {
  const clipId = useId();
  const [boxRef, measured] = useElementWidth<HTMLDivElement>(maxWidth);
  const width = Math.max(240, Math.min(maxWidth, measured));
  const height = Math.round(Math.max(190, (maxHeight * width) / maxWidth));
  const all = series.flatMap((s) => usable(s.points, logY));
  const xd = xDomain ?? extent(all.map((p) => p[0])) ?? [0, 1];
  // A fitted y-range is widened to round values, so the lowest point is not drawn on the axis below the first tick.
  const fitted = extent(all.map((p) => p[1]), logY);
  const yd = yDomain ?? (fitted === undefined ? (logY ? [0.1, 1] : [0, 1]) : niceDomain(fitted[0], fitted[1], logY));
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const x = linearScale(xd, [left, right]);
  const y = logY ? logScale(yd, [bottom, top]) : linearScale(yd, [bottom, top]);
  const xTicks = niceTicks(xd[0], xd[1], Math.max(3, Math.round(width / 90)));
  const yTicks = logY ? logTicks(yd[0], yd[1]) : niceTicks(yd[0], yd[1], 5);
  const order = { faint: 0, normal: 1, strong: 2 } as const;
  const drawn = [...series].sort((a, b) => order[a.emphasis ?? 'normal'] - order[b.emphasis ?? 'normal']);

  return (
    <div className="gd-linechart" data-testid={testId} ref={boxRef}>
      <svg className="gd-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top - 4} width={right - left} height={bottom - top + 8} />
          </clipPath>
        </defs>
        <g className="gd-grid" aria-hidden="true">
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={left} x2={right} y1={y(t)} y2={y(t)} strokeOpacity={0.7} />
          ))}
        </g>
        <g className="gd-axis" aria-hidden="true">
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
          <line x1={left} x2={left} y1={top} y2={bottom} />
          {xTicks.map((t) => (
            <g key={`x${t}`} transform={`translate(${x(t)},${bottom})`}>
              <line y2={4} />
              <text y={15} textAnchor="middle">{formatNumber(t)}</text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`} transform={`translate(${left},${y(t)})`}>
              <line x2={-4} />
              <text x={-7} dy="0.32em" textAnchor="end">{formatNumber(t)}</text>
            </g>
          ))}
          <text className="gd-axis-label" x={(left + right) / 2} y={height - 4} textAnchor="middle">{xLabel}</text>
          <text className="gd-axis-label" transform={`translate(12,${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle">{`${yLabel}${logY ? ' (log scale)' : ''}`}</text>
        </g>
        <g clipPath={`url(#${clipId})`}>
          {guideX !== undefined && Number.isFinite(guideX) && <line x1={x(guideX)} x2={x(guideX)} y1={top} y2={bottom} stroke={CHART_COLORS.muted} strokeDasharray="3 3" />}
          {drawn.map((s) => {
            const pts = usable(s.points, logY);
            const emphasis = s.emphasis ?? 'normal';
            const color = seriesColor(s.color);
            if (s.kind === 'points') return null;
            return (
              <polyline
                key={s.id}
                data-series={s.id}
                points={pts.map(([px, py]) => `${toPx(x(px))},${toPx(y(py))}`).join(' ')}
                fill="none"
                stroke={color}
                strokeWidth={emphasis === 'strong' ? 3 : emphasis === 'faint' ? 1.25 : 2}
                strokeOpacity={emphasis === 'faint' ? 0.4 : 1}
                strokeDasharray={s.dashed === true ? seriesDash(s.color) : undefined}
                strokeLinejoin="round"
              />
            );
          })}
        </g>
        {/* Points are not clipped (a marker on the domain's edge would be cut in half); those outside it are skipped. */}
        {drawn.filter((s) => s.kind === 'points').map((s) => (
          <g key={s.id} fill={seriesColor(s.color)} data-series={s.id}>
            {usable(s.points, logY)
              .filter(([px, py]) => px >= Math.min(...xd) && px <= Math.max(...xd) && py >= Math.min(...yd) && py <= Math.max(...yd))
              .map(([px, py], i) => (
                <circle key={i} cx={toPx(x(px))} cy={toPx(y(py))} r={s.emphasis === 'strong' ? 4 : 3} />
              ))}
          </g>
        ))}
      </svg>
      {showLegend && (
        <ul className="gd-legend-list" aria-hidden="true">
          {series.map((s) => (
            <li key={s.id} style={{ opacity: s.emphasis === 'faint' ? 0.65 : 1, fontWeight: s.emphasis === 'strong' ? 600 : 400 }}>
              <svg viewBox="0 0 20 10">
                {s.kind === 'points' ? (
                  <circle cx={10} cy={5} r={3.5} fill={seriesColor(s.color)} />
                ) : (
                  <line x1={0} x2={20} y1={5} y2={5} stroke={seriesColor(s.color)} strokeWidth={s.emphasis === 'strong' ? 3 : 2} strokeDasharray={s.dashed === true ? seriesDash(s.color) : undefined} />
                )}
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <p className="gd-visually-hidden">{summary ?? `${title}. ${series.map((s) => describeSeries(s, logY)).join(' ')}`}</p>
    </div>
  );
}
