/**
 * Island: <LossExplorer losses={['mse','mae','huber']} /> (rendered by components/mdx/LossExplorer.astro). The view
 * is imported after mount so server rendering never loads the core (and tfjs with it).
 */
import '../shared/demo.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';
import type { LossExplorerProps } from './state';

const LossView = lazy(() => import('./LossView').then((m) => ({ default: m.LossView })));
const loading = <p className="gd-loading">Loading the loss explorer…</p>;

export default function LossExplorer(props: LossExplorerProps) {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="loss-explorer">
      {mounted ? (
        <DemoErrorBoundary demoName="Loss explorer">
          <Suspense fallback={loading}>
            <LossView raw={props} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
