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
import { lineChartGeometry, usable, type Point } from './line-chart-geometry';
import { extent, formatNumber, px as toPx } from './scales';

export type { Point };

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
  const g = lineChartGeometry({ series, logY, ...(xDomain === undefined ? {} : { xDomain }), ...(yDomain === undefined ? {} : { yDomain }), ...(guideX === undefined ? {} : { guideX }), maxWidth, maxHeight, measuredWidth: measured });
  const { width, height, left, right, top, bottom } = g;
  const linePoints = new Map(g.lines.map((l) => [l.id, l.points.join(' ')]));
  const dotPoints = new Map(g.dots.map((d) => [d.id, d.points]));
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
          {g.yTicks.map((t) => (
            <line key={`gy${t.value}`} x1={left} x2={right} y1={t.at} y2={t.at} strokeOpacity={0.7} />
          ))}
        </g>
        <g className="gd-axis" aria-hidden="true">
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
          <line x1={left} x2={left} y1={top} y2={bottom} />
          {g.xTicks.map((t) => (
            <g key={`x${t.value}`} transform={`translate(${t.at},${bottom})`}>
              <line y2={4} />
              <text y={15} textAnchor="middle">{formatNumber(t.value)}</text>
            </g>
          ))}
          {g.yTicks.map((t) => (
            <g key={`y${t.value}`} transform={`translate(${left},${t.at})`}>
              <line x2={-4} />
              <text x={-7} dy="0.32em" textAnchor="end">{formatNumber(t.value)}</text>
            </g>
          ))}
          <text className="gd-axis-label" x={(left + right) / 2} y={height - 4} textAnchor="middle">{xLabel}</text>
          <text className="gd-axis-label" transform={`translate(12,${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle">{`${yLabel}${logY ? ' (log scale)' : ''}`}</text>
        </g>
        <g clipPath={`url(#${clipId})`}>
          {g.guide !== undefined && <line x1={toPx(g.guide)} x2={toPx(g.guide)} y1={top} y2={bottom} stroke={CHART_COLORS.muted} strokeDasharray="3 3" />}
          {drawn.map((s) => {
            const emphasis = s.emphasis ?? 'normal';
            const color = seriesColor(s.color);
            if (s.kind === 'points') return null;
            return (
              <polyline
                key={s.id}
                data-series={s.id}
                points={linePoints.get(s.id) ?? ''}
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
            {(dotPoints.get(s.id) ?? []).map(([cx, cy], i) => (
              <circle key={i} cx={cx} cy={cy} r={s.emphasis === 'strong' ? 4 : 3} />
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
