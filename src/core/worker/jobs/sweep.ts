/**
 * 'sweep': a learning-rate x batch-size grid of short trainings on a small MLP (model/training-sweep.ts), one
 * 'sweep-cell' progress message per finished cell. A new 'train' request does not interrupt it; the page ignores the
 * messages of a sweep it no longer shows. 'stop' (or a newer long job) cancels it after the cell in training: the
 * reply then holds the cells done so far.
 */
import { runTrainingSweep, type TrainingSweepCell } from '../../model/training-sweep';
import { JobControl } from '../../model/job-control';
import { runAsSessionJob, type Job } from '../job';

export const sweepJob: Job<'sweep'> = async (request, { session, progress }) => {
  const started = performance.now();
  const control = new JobControl();
  const onCell = (index: number, cell: TrainingSweepCell): void => progress({ type: 'sweep-cell', index, cell });
  const cells = await runAsSessionJob(session, { control, usesKeptModel: false }, () => runTrainingSweep(request, onCell, () => control.isCancelled));
  return { cells, elapsedMs: performance.now() - started };
};
