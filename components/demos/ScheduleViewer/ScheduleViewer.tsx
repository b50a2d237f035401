/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed, e.g. { schedule: 'warmup-cosine' }. The view
 * is imported after mount so server rendering never loads the core (and tfjs with it).
 */
import '../shared/demo.css';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { ScheduleViewerProps } from './manifest';

const ScheduleView = lazyView(() => import('./ScheduleView'), 'ScheduleView');

export default function ScheduleViewer(props: ScheduleViewerProps) {
  return <LazyDemo name="Schedule viewer" testId="schedule-viewer" View={ScheduleView} viewProps={{ props }} />;
}
