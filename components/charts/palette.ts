/**
 * Series colours for every chart: Okabe-Ito hues (safe for the common colour-vision deficiencies), darkened for the
 * light theme and lightened for the dark one so each keeps >= 3:1 contrast on --bg-soft. Charts reference them as CSS
 * variables (`seriesColor(i)` -> `var(--gd-series-1)`), defined in components/demos/shared/demo.css for both themes,
 * so a theme switch (html[data-theme]) recolours SVG charts with no redraw. Keep the two lists in sync with demo.css
 * (a unit test checks it).
 */
export const SERIES_LIGHT = ['#0072b2', '#c85000', '#00805c', '#b8468a', '#8a6a00', '#5a3d9a'] as const;
export const SERIES_DARK = ['#56b4e9', '#ff9a52', '#3dd6a0', '#f09acb', '#f0e442', '#b9a1ff'] as const;
export const SERIES_COUNT = SERIES_LIGHT.length;

/** The stroke colour of series i (wraps around after SERIES_COUNT). */
export function seriesColor(index: number): string {
  const i = ((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT;
  return `var(--gd-series-${i + 1}, ${SERIES_LIGHT[i]})`;
}

/**
 * A dash pattern per series so lines differ by more than hue ('' = solid). There is one more pattern than colours,
 * so when the colours wrap (series 7 takes series 1's hue) the dash still tells the two apart.
 */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '12 3 2 3 2 3'] as const;
export function seriesDash(index: number): string {
  return DASHES[((index % DASHES.length) + DASHES.length) % DASHES.length]!;
}

/** Theme colours charts use for axes, grid and text. */
export const CHART_COLORS = {
  axis: 'var(--fg-muted)',
  grid: 'var(--border)',
  text: 'var(--fg)',
  muted: 'var(--fg-muted)',
  accent: 'var(--accent)',
  danger: 'var(--danger)',
  background: 'var(--bg-card)',
} as const;
