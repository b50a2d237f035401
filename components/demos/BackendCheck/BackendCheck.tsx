/** Island: rendered by ./Embed.astro (the tag takes no props). Nothing runs until "Run benchmark". */
import '../shared/demo.css';
import '../shared/training-parts.css';
import { prewarmCoreWorker } from '../shared/core-worker-prewarm';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';

const BackendView = lazyView(() => import('./BackendView'), 'BackendView');

export default function BackendCheck() {
  return <LazyDemo name="Backend check" testId="backend-check" View={BackendView} viewProps={{}} prewarm={prewarmCoreWorker} />;
}
