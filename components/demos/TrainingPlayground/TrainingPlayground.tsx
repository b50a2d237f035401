/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed (already checked: the island trusts them),
 * e.g. { dataset: 'moons', hidden: [16, 16], optimizer: 'adam', lr: 0.01 }. The view is imported lazily after
 * mount, inside an error boundary.
 */
import '../shared/demo.css';
import '../shared/training-parts.css';
import './training-playground.css';
import { prewarmCoreWorker } from '../shared/core-worker-prewarm';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { TrainingPlaygroundProps } from './manifest';

const TrainingView = lazyView(() => import('./TrainingView'), 'TrainingView');

export default function TrainingPlayground(props: TrainingPlaygroundProps) {
  return <LazyDemo name="Training playground" testId="training-playground" View={TrainingView} viewProps={{ props }} prewarm={prewarmCoreWorker} />;
}
