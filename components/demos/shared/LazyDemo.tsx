/**
 * The frame every demo island renders: nothing heavy on the server, then after mount the lazily imported view
 * inside an error boundary, with a loading line meanwhile. Each island keeps its own `lazy(() => import(...))`
 * so every view stays a separate chunk that loads only when its demo scrolls into view. A demo with a worker passes
 * `prewarm={prewarmCoreWorker}` so the worker and its .wasm start while the view downloads.
 *   const LossView = lazy(() => import('./LossView').then((m) => ({ default: m.LossView })));
 *   return <LazyDemo name="Loss explorer" testId="loss-explorer" View={LossView} viewProps={{ props }} />;
 */
import { Suspense, useEffect, type ComponentType } from 'react';
import { DemoErrorBoundary } from './DemoErrorBoundary';
import { useMounted } from './use-mounted';

interface LazyDemoProps<P extends object> {
  /** Human name, used in the loading line and the error message. */
  name: string;
  testId: string;
  View: ComponentType<P>;
  viewProps: P;
  /** Called once on mount, before the view loads: demos with a worker pass prewarmCoreWorker to start it meanwhile. */
  prewarm?: (() => void) | undefined;
}

export function LazyDemo<P extends object>({ name, testId, View, viewProps, prewarm }: LazyDemoProps<P>) {
  const mounted = useMounted();
  useEffect(() => prewarm?.(), [prewarm]);
  const loading = <p className="gd-loading">Loading the {name.toLowerCase()}…</p>;
  return (
    <div className="gd-demo" data-testid={testId}>
      {mounted ? (
        <DemoErrorBoundary demoName={name}>
          <Suspense fallback={loading}>
            <View {...viewProps} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
