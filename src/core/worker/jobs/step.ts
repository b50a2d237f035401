/**
 * 'step': the current run trains exactly N more epochs, then pauses. The reply comes once it has paused (or the run
 * ended), after the epochs' own messages, so the page needs no resume + pause pair and no retry. With no run
 * open (it ended meanwhile), the reply says so at once.
 */
import type { Job } from '../job';

export const stepJob: Job<'step'> = async ({ epochs }, { session }) => {
  const run = session.run;
  if (run === undefined) return { epoch: 0, ended: true };
  return run.control.step(epochs);
};
