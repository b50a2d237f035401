/**
 * 'sweep': a learning-rate x batch-size grid of short trainings on a small MLP (model/training-sweep.ts), one
 * 'sweep-cell' progress message per finished cell. A new 'train' or 'sweep' request does not interrupt it (jobs
 * run one at a time per message); the page ignores the messages of a sweep it no longer shows.
 */
import { runTrainingSweep } from '../../model/training-sweep';
import type { Job } from '../job';

export const sweepJob: Job<'sweep'> = async (request, { progress }) => {
  const started = performance.now();
  const cells = await runTrainingSweep(request, (index, cell) => progress({ type: 'sweep-cell', index, cell }));
  return { cells, elapsedMs: performance.now() - started };
};
