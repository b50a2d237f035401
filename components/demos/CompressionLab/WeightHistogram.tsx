/**
 * Kernel-weight histograms before and after compression on the same bins: two rows of small SVG bars. Each row is
 * scaled by its SHARE of that model's kernel weights, not raw counts: a distilled student has about 12 kernel weights
 * against the original's 1,056, so on a shared count scale its bars were a few pixels tall and the row looked empty.
 * (For quantize and prune both rows have the same number of weights, so shares compare exactly like counts.) Heights
 * grow with the square root of the share, so the zero spike of pruning does not flatten the rest. Theme colours via
 * CSS variables.
 */
import type { WeightHistogram as Histogram } from '../../../src/core/index';
import { CHART_COLORS, seriesColor } from '../../charts/palette';
import { formatNumber } from '../../charts/scales';

interface Props {
  histogram: Histogram;
  afterLabel: string;
}

const W = 320;
/** Height of a row's bars. */
const ROW = 60;
/** Room above each row for its title, so neither bars nor the zero line cross the text. */
const TITLE = 16;
/** Top of each row's bars. */
const TOP = [TITLE, 2 * TITLE + ROW + 6] as const;
/** Baseline of the axis labels: below the second row's bars with a gap, so no bar draws over "-1.48" or "1.48". */
const AXIS_Y = TOP[1] + ROW + 13;

const total = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/** Bar heights for one row: sqrt(share of this row's weights) against the largest share in either row (pure). */
export function barHeights(counts: readonly number[], maxShare: number, height = ROW - 4): number[] {
  const n = total(counts);
  if (n === 0 || maxShare <= 0) return counts.map(() => 0);
  return counts.map((c) => (Math.sqrt(c / n) / Math.sqrt(maxShare)) * height);
}

/** The largest share of its row's weights that any one bin holds, over both rows (pure). */
export function maxShare(...rows: (readonly number[])[]): number {
  return Math.max(0, ...rows.map((counts) => (total(counts) === 0 ? 0 : Math.max(...counts) / total(counts))));
}

function Row({ title, counts, share, top, color, testId }: { title: string; counts: readonly number[]; share: number; top: number; color: string; testId: string }) {
  const w = W / counts.length;
  const heights = barHeights(counts, share);
  return (
    <g data-testid={testId}>
      <text x={0} y={top - 5}>{title}</text>
      <g fill={color}>
        {heights.map((h, i) => (
          <rect key={i} x={i * w + 0.5} y={top + ROW - h} width={Math.max(0.5, w - 1)} height={h} />
        ))}
      </g>
      <line x1={0} x2={W} y1={top + ROW + 0.5} y2={top + ROW + 0.5} stroke={CHART_COLORS.muted} strokeWidth={0.5} />
      {/* The zero line stays within its own row: one line through both rows ran through the second title. */}
      <line x1={W / 2} x2={W / 2} y1={top} y2={top + ROW} stroke={CHART_COLORS.muted} strokeDasharray="2 3" />
    </g>
  );
}

export function WeightHistogram({ histogram, afterLabel }: Props) {
  const share = maxShare(histogram.before, histogram.after);
  const [lo, hi] = histogram.range;
  const [nBefore, nAfter] = [total(histogram.before), total(histogram.after)];
  const weights = (n: number): string => `${n} kernel weight${n === 1 ? '' : 's'}`;
  const label = `Kernel weight histograms from ${formatNumber(lo)} to ${formatNumber(hi)}: original (${weights(nBefore)}, ${histogram.zeros[0]} exact zeros) and ${afterLabel} (${weights(nAfter)}, ${histogram.zeros[1]} exact zeros).`;
  return (
    <figure className="cl-hist" data-testid="cl-histogram">
      <svg className="gd-chart" viewBox={`0 0 ${W} ${AXIS_Y + 3}`} role="img" aria-label={label}>
        <Row title={`original float32 (${nBefore} weights)`} counts={histogram.before} share={share} top={TOP[0]} color={seriesColor(0)} testId="cl-hist-before" />
        <Row title={`${afterLabel} (${nAfter} weights)`} counts={histogram.after} share={share} top={TOP[1]} color={seriesColor(1)} testId="cl-hist-after" />
        <text x={0} y={AXIS_Y} className="gd-axis-label">{formatNumber(lo)}</text>
        <text x={W / 2} y={AXIS_Y} textAnchor="middle" className="gd-axis-label">0</text>
        <text x={W} y={AXIS_Y} textAnchor="end" className="gd-axis-label">{formatNumber(hi)}</text>
      </svg>
      <figcaption className="gd-hint">Same bins for both rows. Bar height grows with the square root of each bin&apos;s share of that model&apos;s weights, so small bins stay visible and models of different sizes compare.</figcaption>
    </figure>
  );
}
