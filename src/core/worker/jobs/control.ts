/** 'pause', 'resume' and 'stop': act on the current training run, if any, and acknowledge; 'stop' also cancels a long job. */
import type { Job } from '../job';

export const pauseJob: Job<'pause'> = (_request, { session }) => {
  session.run?.control.pause();
  return { request: 'pause' };
};

export const resumeJob: Job<'resume'> = (_request, { session }) => {
  session.run?.control.resume();
  return { request: 'resume' };
};

export const stopJob: Job<'stop'> = (_request, { session }) => {
  session.run?.control.stop();
  session.job?.control.cancel();
  return { request: 'stop' };
};
