/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed, e.g. { mode: 'prune' }. The view is
 * imported lazily after mount, inside an error boundary.
 */
import '../shared/demo.css';
import './compression-lab.css';
import { prewarmCoreWorker } from '../shared/core-worker-prewarm';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { CompressionLabProps } from './manifest';

const CompressionView = lazyView(() => import('./CompressionView'), 'CompressionView');

export default function CompressionLab(props: CompressionLabProps) {
  return <LazyDemo name="Compression lab" testId="compression-lab" View={CompressionView} viewProps={{ props }} prewarm={prewarmCoreWorker} />;
}
