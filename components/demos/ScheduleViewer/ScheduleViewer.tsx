/**
 * Island: <ScheduleViewer schedule="warmup-cosine" /> (rendered by components/mdx/ScheduleViewer.astro). The view
 * is imported after mount so server rendering never loads the core (and tfjs with it).
 */
import '../shared/demo.css';
import { lazy, Suspense } from 'react';
import { DemoErrorBoundary } from '../shared/DemoErrorBoundary';
import { useMounted } from '../shared/use-mounted';
import type { ScheduleViewerProps } from './state';

const ScheduleView = lazy(() => import('./ScheduleView').then((m) => ({ default: m.ScheduleView })));
const loading = <p className="gd-loading">Loading the schedule viewer…</p>;

export default function ScheduleViewer(props: ScheduleViewerProps) {
  const mounted = useMounted();
  return (
    <div className="gd-demo" data-testid="schedule-viewer">
      {mounted ? (
        <DemoErrorBoundary demoName="Schedule viewer">
          <Suspense fallback={loading}>
            <ScheduleView raw={props} />
          </Suspense>
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}
