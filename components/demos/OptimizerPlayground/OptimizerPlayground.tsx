/**
 * Island: <OptimizerPlayground fn="rosenbrock" optimizers={['sgd','adam']} lr={0.01} /> (rendered by
 * components/mdx/OptimizerPlayground.astro). Props are checked, then the view mounts inside an error boundary.
 * The view (and through it the core and tfjs) is imported lazily after mount: server rendering never loads tfjs, and
 * the island's first chunk stays small.
 */
import '../shared/demo.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';
import type { OptimizerPlaygroundProps } from './state';

const PlaygroundView = lazy(() => import('./PlaygroundView').then((m) => ({ default: m.PlaygroundView })));
const loading = <p className="gd-loading">Loading the optimizer playground…</p>;

export default function OptimizerPlayground(props: OptimizerPlaygroundProps) {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="optimizer-playground">
      {mounted ? (
        <DemoErrorBoundary demoName="Optimizer playground">
          <Suspense fallback={loading}>
            <PlaygroundView raw={props} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
