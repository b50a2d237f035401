/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed, e.g. { format: 'fp8-e4m3', value: 0.1 }. The
 * view is imported after mount so server rendering does none of its arithmetic and the page's first script stays small.
 */
import '../shared/demo.css';
import { lazy } from 'react';
import { LazyDemo } from '../shared/LazyDemo';
import type { NumberFormatsProps } from './manifest';

const NumberFormatsView = lazy(() => import('./NumberFormatsView').then((m) => ({ default: m.NumberFormatsView })));

export default function NumberFormats(props: NumberFormatsProps) {
  return <LazyDemo name="Number-format explorer" testId="number-formats" View={NumberFormatsView} viewProps={{ props }} />;
}
