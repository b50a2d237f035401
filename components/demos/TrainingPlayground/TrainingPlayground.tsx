/**
 * Island: <TrainingPlayground dataset="moons" hidden="16,16" optimizer="adam" lr={0.01} /> (rendered by
 * components/mdx/TrainingPlayground.astro). The view is imported lazily after mount, inside an error boundary.
 */
import '../shared/demo.css';
import './training-playground.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';
import type { TrainingPlaygroundProps } from './state';

const TrainingView = lazy(() => import('./TrainingView').then((m) => ({ default: m.TrainingView })));
const loading = <p className="gd-loading">Loading the training playground…</p>;

export default function TrainingPlayground(props: TrainingPlaygroundProps) {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="training-playground">
      {mounted ? (
        <DemoErrorBoundary demoName="Training playground">
          <Suspense fallback={loading}>
            <TrainingView raw={props} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
