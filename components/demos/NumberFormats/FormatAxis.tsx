/**
 * A format's positive values on a log2 axis: one tick per value when there are few (FP8, FP4), one band per binade
 * when there are thousands (fp16, bf16), the subnormal region and the overflow region shaded and named, the count per
 * binade above it where there is room, and min subnormal, min normal and max labelled below. The typed number's
 * magnitude is a marker. Text in the SVG, not colour alone, says which region is which.
 */
import type { FloatFormatSpec } from '../../../src/core/plain';
import { CHART_COLORS, seriesColor } from '../../charts/palette';
import { formatNumber, px } from '../../charts/scales';
import { formatLimit } from './range-table';
import { AXIS_W as W, binadesOf, formatAxisPositions, positiveValueCount, positiveValues } from './format-axis';

const AXIS_Y = 58;
const TOP = 22;
/** Room for a count label per binade: at most this many binades get one. */
const MAX_LABELLED_BINADES = 24;

function Power({ exponent, x, anchor }: { exponent: number; x: number; anchor: 'start' | 'middle' | 'end' }) {
  return (
    <text x={px(x)} y={AXIS_Y + 13} textAnchor={anchor} className="gd-axis-label">
      2<tspan dy={-4} fontSize="0.75em">{exponent}</tspan>
    </text>
  );
}

export function FormatAxis({ spec, marker, saturate }: { spec: FloatFormatSpec; marker: number | undefined; saturate: boolean }) {
  const pos = formatAxisPositions(spec, marker);
  const binades = binadesOf(spec);
  const values = positiveValues(spec);
  const total = positiveValueCount(spec);
  const { subLeft, normalLeft, maxX, markerX } = pos;
  const m = spec.mantissaBits;
  const overflowWord = saturate ? 'saturates' : spec.hasInfinity ? 'to ±inf' : 'to NaN';
  const label = `${total} positive finite values of ${spec.name} from ${formatNumber(spec.minSubnormal)} (smallest subnormal) through ${formatNumber(spec.minNormal)} (smallest normal) to ${formatLimit(spec.max)} (largest); each normal binade holds ${2 ** m} values${binades.at(-1)!.count < 2 ** m ? ` (the top one ${binades.at(-1)!.count})` : ''}, the subnormal binades ${binades.filter((b) => b.subnormal).map((b) => b.count).join(', ')}. Beyond the largest value an overflow ${overflowWord}.`;
  return (
    <svg className="gd-chart nf-axis" viewBox={`0 0 ${W} ${AXIS_Y + 58}`} role="img" aria-label={label} data-testid="nf-axis" data-count={total}>
      <rect x={px(subLeft)} y={TOP - 4} width={px(normalLeft - subLeft)} height={AXIS_Y - TOP + 4} fill={seriesColor(1)} opacity={0.15} />
      <text x={px(subLeft)} y={10} className="gd-axis-label">subnormal</text>
      <rect x={px(maxX)} y={TOP - 4} width={px(W - 4 - maxX)} height={AXIS_Y - TOP + 4} fill={CHART_COLORS.danger} opacity={0.15} />
      <text x={W - 4} y={10} textAnchor="end" className="gd-axis-label">overflow: {overflowWord}</text>
      <g data-testid="nf-axis-values">
        {values !== undefined
          ? values.map((v, i) => {
              const vx = px(pos.valueXs![i]!);
              return <line key={v} x1={vx} x2={vx} y1={TOP + 6} y2={AXIS_Y} stroke={v < spec.minNormal ? seriesColor(1) : seriesColor(0)} strokeWidth={1} />;
            })
          : binades.map((b, i) => {
              const [left, next] = pos.binadeXs[i]!;
              const height = ((AXIS_Y - TOP - 6) * Math.log2(b.count + 1)) / (m + 1);
              return <rect key={b.exponent} x={px(left)} y={px(AXIS_Y - height)} width={px(Math.max(0.6, next - left - 0.3))} height={px(height)} fill={b.subnormal ? seriesColor(1) : seriesColor(0)} />;
            })}
      </g>
      {binades.length <= MAX_LABELLED_BINADES &&
        binades.map((b, i) => (
          <text key={b.exponent} x={px((pos.binadeXs[i]![0] + pos.binadeXs[i]![1]) / 2)} y={TOP + 2} textAnchor="middle" fontSize={7} fill={CHART_COLORS.muted}>
            {b.count}
          </text>
        ))}
      <line x1={4} x2={W - 4} y1={AXIS_Y + 0.5} y2={AXIS_Y + 0.5} stroke={CHART_COLORS.axis} />
      {pos.ticks.map(({ exponent: e, x }) => (
        // A label near either edge is anchored inward, so "2^18" is not cut off by the viewBox.
        <Power key={e} exponent={e} x={x} anchor={x < 16 ? 'start' : x > W - 16 ? 'end' : 'middle'} />
      ))}
      {markerX !== undefined && (
        <g data-testid="nf-axis-marker">
          <line x1={px(markerX)} x2={px(markerX)} y1={TOP - 6} y2={AXIS_Y + 3} stroke={CHART_COLORS.text} strokeWidth={1.5} strokeDasharray="3 2" />
        </g>
      )}
      <text x={px(subLeft)} y={AXIS_Y + 28} className="gd-axis-label">min subnormal {formatNumber(spec.minSubnormal)}</text>
      <text x={px(Math.min(normalLeft, W / 2))} y={AXIS_Y + 40} className="gd-axis-label">min normal {formatNumber(spec.minNormal)}</text>
      <text x={px(maxX)} y={AXIS_Y + 52} textAnchor="end" className="gd-axis-label">max {formatLimit(spec.max)}</text>
    </svg>
  );
}
