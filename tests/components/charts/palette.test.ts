import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES_DARK, SERIES_LIGHT, seriesColor } from '../../../components/charts/palette';

const css = readFileSync(path.resolve(__dirname, '../../../components/demos/shared/demo.css'), 'utf8');

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('chart palette', () => {
  it('defines the same series colours in demo.css as in palette.ts, for both themes', () => {
    SERIES_LIGHT.forEach((hex, i) => expect(css).toContain(`--gd-series-${i + 1}: ${hex}`));
    SERIES_DARK.forEach((hex, i) => expect(css).toContain(`--gd-series-${i + 1}: ${hex}`));
  });

  it.each(SERIES_LIGHT.map((hex, i) => [i + 1, hex, SERIES_DARK[i]!]))('series %s keeps 3:1 contrast on the light and dark backgrounds', (_i, light, dark) => {
    expect(contrast(light, '#f5f6f8')).toBeGreaterThanOrEqual(3);
    expect(contrast(dark, '#171b21')).toBeGreaterThanOrEqual(3);
  });

  it('wraps series indices around the palette', () => {
    expect(seriesColor(SERIES_LIGHT.length)).toBe(seriesColor(0));
    expect(seriesColor(-1)).toBe(seriesColor(SERIES_LIGHT.length - 1));
  });
});
