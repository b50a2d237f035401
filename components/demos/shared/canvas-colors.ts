/**
 * Reads the demo's theme colours for canvas drawing (canvas cannot use CSS variables directly) and watches
 * html[data-theme] and the OS colour scheme, so canvases redraw when the theme changes.
 */
import { useEffect, useState } from 'react';
import { SERIES_LIGHT } from '../../charts/palette';

export interface CanvasColors {
  class0: string;
  class1: string;
  background: string;
  foreground: string;
}

function read(element: Element): CanvasColors {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return { class0: v('--gd-series-2', SERIES_LIGHT[1]), class1: v('--gd-series-1', SERIES_LIGHT[0]), background: v('--bg-card', '#ffffff'), foreground: v('--fg', '#111111') };
}

export function useCanvasColors(element: Element | null): CanvasColors | undefined {
  const [colors, setColors] = useState<CanvasColors | undefined>(undefined);
  useEffect(() => {
    if (element === null) return;
    const update = (): void => setColors(read(element));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, [element]);
  return colors;
}

/** '#rrggbb' or 'rgb(r, g, b)' -> [r, g, b]; unknown formats -> grey. */
export function parseColor(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex !== null) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const short = /^#([0-9a-f]{3})$/i.exec(color);
  if (short !== null) return [0, 1, 2].map((i) => parseInt(short[1]![i]! + short[1]![i]!, 16)) as [number, number, number];
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
  if (rgb !== null) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [128, 128, 128];
}
