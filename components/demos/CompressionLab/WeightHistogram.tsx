/**
 * Kernel-weight histograms before and after compression on the same bins: two rows of small SVG bars, sharing one
 * count scale (square-root, so the zero spike of pruning does not flatten the rest). Theme colours via CSS variables.
 */
import type { WeightHistogram as Histogram } from '../../../src/core/index';
import { CHART_COLORS, seriesColor } from '../../charts/palette';
import { formatNumber } from '../../charts/scales';

interface Props {
  histogram: Histogram;
  afterLabel: string;
}

const W = 320;
const ROW = 60;

function Bars({ counts, max, y, color }: { counts: readonly number[]; max: number; y: number; color: string }) {
  const w = W / counts.length;
  return (
    <g fill={color}>
      {counts.map((c, i) => {
        const h = max > 0 ? (Math.sqrt(c) / Math.sqrt(max)) * (ROW - 4) : 0;
        return <rect key={i} x={i * w + 0.5} y={y + ROW - h} width={Math.max(0.5, w - 1)} height={h} />;
      })}
    </g>
  );
}

export function WeightHistogram({ histogram, afterLabel }: Props) {
  const max = Math.max(...histogram.before, ...histogram.after);
  const [lo, hi] = histogram.range;
  const label = `Kernel weight histograms from ${formatNumber(lo)} to ${formatNumber(hi)}: original (${histogram.zeros[0]} exact zeros) and ${afterLabel} (${histogram.zeros[1]} exact zeros).`;
  return (
    <figure className="cl-hist" data-testid="cl-histogram">
      <svg className="gd-chart" viewBox={`0 0 ${W} ${2 * ROW + 40}`} role="img" aria-label={label}>
        <text x={0} y={11}>original float32</text>
        <Bars counts={histogram.before} max={max} y={14} color={seriesColor(0)} />
        <text x={0} y={ROW + 29}>{afterLabel}</text>
        <Bars counts={histogram.after} max={max} y={ROW + 32} color={seriesColor(1)} />
        <line x1={W / 2} x2={W / 2} y1={14} y2={2 * ROW + 32} stroke={CHART_COLORS.muted} strokeDasharray="2 3" />
        <text x={0} y={2 * ROW + 40} className="gd-axis-label">{formatNumber(lo)}</text>
        <text x={W / 2} y={2 * ROW + 40} textAnchor="middle" className="gd-axis-label">0</text>
        <text x={W} y={2 * ROW + 40} textAnchor="end" className="gd-axis-label">{formatNumber(hi)}</text>
      </svg>
      <figcaption className="gd-hint">Bar height grows with the square root of the count, so small bins stay visible.</figcaption>
    </figure>
  );
}
