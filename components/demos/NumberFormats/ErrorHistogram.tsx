/**
 * The histogram of one format's rounding errors over the generated weights, as small SVG bars (charts palette, theme
 * colours through CSS variables). Relative errors on a log10 axis (decades labelled), absolute errors signed on a
 * linear one. The exactly rounded weights are counted in the caption, since an error of 0 has no logarithm.
 */
import { CHART_COLORS, seriesColor } from '../../charts/palette';
import { formatNumber, px } from '../../charts/scales';
import { HIST_H as H, HIST_W as W, histogramGeometry } from './histogram-geometry';
import type { ErrorHistogram as Histogram } from './weight-errors';

export function ErrorHistogram({ histogram, format }: { histogram: Histogram; format: string }) {
  const { edges, counts, kind, exact } = histogram;
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const geometry = histogramGeometry(histogram);
  const total = counts.reduce((a, b) => a + b, 0);
  const what = kind === 'relative' ? 'relative error |q − w| / |w|, log scale' : 'absolute error q − w';
  const tickText = (v: number) => (kind === 'relative' ? `1e${Math.round(v)}` : formatNumber(v));
  const ticks = geometry.ticks;
  const label = `Histogram of the ${what} of ${total + (kind === 'relative' ? exact : 0)} weights under ${format}, from ${tickText(lo)} to ${tickText(hi)}; ${exact} weights are exact.`;
  return (
    <figure className="nf-hist">
      <svg className="gd-chart" viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={label} data-testid="nf-histogram" data-total={total} data-exact={exact}>
        <g fill={seriesColor(0)}>
          {geometry.bars.map((b, i) => (
            <rect key={i} x={px(b.x)} y={px(b.y)} width={px(b.width)} height={px(b.height)} />
          ))}
        </g>
        <line x1={0} x2={W} y1={H + 0.5} y2={H + 0.5} stroke={CHART_COLORS.axis} />
        {ticks.map((t, i) => (
          <text key={i} x={px(t.x)} y={H + 14} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} className="gd-axis-label">
            {tickText(t.value)}
          </text>
        ))}
      </svg>
      <figcaption className="gd-hint">
        {what} under {format}; {exact} of the weights are stored exactly{kind === 'relative' ? ' (not drawn: an error of 0 has no logarithm)' : ''}.
      </figcaption>
    </figure>
  );
}
