/**
 * Island: <OptimizerPlayground fn="rosenbrock" optimizers={['sgd','adam']} lr={0.01} /> (rendered by
 * components/mdx/OptimizerPlayground.astro). Props are checked, then the view mounts inside an error boundary.
 * The view (and through it the core's plain half) is imported lazily after mount: server rendering never runs it, and
 * the island's first chunk stays small.
 */
import '../shared/demo.css';
import { lazy } from 'react';
import { LazyDemo } from '../shared/LazyDemo';
import type { OptimizerPlaygroundProps } from './state';

const PlaygroundView = lazy(() => import('./PlaygroundView').then((m) => ({ default: m.PlaygroundView })));

export default function OptimizerPlayground(props: OptimizerPlaygroundProps) {
  return <LazyDemo name="Optimizer playground" testId="optimizer-playground" View={PlaygroundView} viewProps={{ raw: props }} />;
}
