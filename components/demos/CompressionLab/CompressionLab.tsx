/**
 * Island: <CompressionLab mode="prune" /> (rendered by components/mdx/CompressionLab.astro). The view is imported
 * lazily after mount, inside an error boundary.
 */
import '../shared/demo.css';
import './compression-lab.css';
import { lazy } from 'react';
import { LazyDemo } from '../shared/LazyDemo';
import type { CompressionLabProps } from './state';

const CompressionView = lazy(() => import('./CompressionView').then((m) => ({ default: m.CompressionView })));

export default function CompressionLab(props: CompressionLabProps) {
  return <LazyDemo name="Compression lab" testId="compression-lab" View={CompressionView} viewProps={{ raw: props }} />;
}
