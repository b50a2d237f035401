import BackendCheck from './BackendCheck.astro';
import CompressionLab from './CompressionLab.astro';
import LossExplorer from './LossExplorer.astro';
import OptimizerPlayground from './OptimizerPlayground.astro';
import ScheduleViewer from './ScheduleViewer.astro';
import TrainingPlayground from './TrainingPlayground.astro';

/** Components every entry may use without importing them (passed to `<Content components>`). */
export const mdxComponents = { OptimizerPlayground, TrainingPlayground, ScheduleViewer, CompressionLab, LossExplorer, BackendCheck };
