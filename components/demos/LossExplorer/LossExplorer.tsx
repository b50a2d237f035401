/**
 * Island: rendered by ./Embed.astro with the props its manifest parsed, e.g. { losses: ['mse', 'mae', 'huber'] }. The view
 * is imported after mount so server rendering never loads the core (and tfjs with it).
 */
import '../shared/demo.css';
import { LazyDemo } from '../shared/LazyDemo';
import { lazyView } from '../shared/lazy-view';
import type { LossExplorerProps } from './manifest';

const LossView = lazyView(() => import('./LossView'), 'LossView');

export default function LossExplorer(props: LossExplorerProps) {
  return <LazyDemo name="Loss explorer" testId="loss-explorer" View={LossView} viewProps={{ props }} />;
}
