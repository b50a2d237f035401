/**
 * Island: <CompressionLab mode="prune" /> (rendered by components/mdx/CompressionLab.astro). The view is imported
 * lazily after mount, inside an error boundary.
 */
import '../shared/demo.css';
import './compression-lab.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';
import type { CompressionLabProps } from './state';

const CompressionView = lazy(() => import('./CompressionView').then((m) => ({ default: m.CompressionView })));
const loading = <p className="gd-loading">Loading the compression lab…</p>;

export default function CompressionLab(props: CompressionLabProps) {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="compression-lab">
      {mounted ? (
        <DemoErrorBoundary demoName="Compression lab">
          <Suspense fallback={loading}>
            <CompressionView raw={props} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
