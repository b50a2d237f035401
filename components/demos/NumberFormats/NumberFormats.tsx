/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed, e.g. { format: 'fp8-e4m3', value: 0.1 }. The
 * view is imported after mount so server rendering does none of its arithmetic and the page's first script stays small.
 */
import '../shared/demo.css';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { NumberFormatsProps } from './manifest';

const NumberFormatsView = lazyView(() => import('./NumberFormatsView'), 'NumberFormatsView');

export default function NumberFormats(props: NumberFormatsProps) {
  return <LazyDemo name="Number-format explorer" testId="number-formats" View={NumberFormatsView} viewProps={{ props }} />;
}
