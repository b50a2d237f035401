/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed (already checked: the island trusts them),
 * e.g. { fn: 'rosenbrock', optimizers: ['sgd', 'adam'], lr: 0.01 }. The view mounts inside an error boundary.
 * The view (and through it the core's plain half) is imported lazily after mount: server rendering never runs it, and
 * the island's first chunk stays small.
 */
import '../shared/demo.css';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { OptimizerPlaygroundProps } from './manifest';

const PlaygroundView = lazyView(() => import('./PlaygroundView'), 'PlaygroundView');

export default function OptimizerPlayground(props: OptimizerPlaygroundProps) {
  return <LazyDemo name="Optimizer playground" testId="optimizer-playground" View={PlaygroundView} viewProps={{ props }} />;
}
