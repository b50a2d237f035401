/** Island: <BackendCheck /> (rendered by components/mdx/BackendCheck.astro). Nothing runs until "Run benchmark". */
import '../shared/demo.css';
import '../TrainingPlayground/training-playground.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';

const BackendView = lazy(() => import('./BackendView').then((m) => ({ default: m.BackendView })));
const loading = <p className="gd-loading">Loading the backend check…</p>;

export default function BackendCheck() {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="backend-check">
      {mounted ? (
        <DemoErrorBoundary demoName="Backend check">
          <Suspense fallback={loading}>
            <BackendView />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
