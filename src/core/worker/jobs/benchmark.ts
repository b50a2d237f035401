/**
 * 'benchmark': a short training benchmark on one backend, with its progress (a fraction) after every read-back.
 * 'stop' cancels it through `session.job` (the reply is then an error "cancelled after N of M ms").
 */
import { JobControl } from '../../model/job-control';
import { runBenchmark } from '../benchmark';
import { runAsSessionJob, type Job } from '../job';

export const benchmarkJob: Job<'benchmark'> = async ({ type: _type, id: _id, ...job }, { session, progress }) => {
  const control = new JobControl();
  const onProgress = (fraction: number): void => progress({ type: 'benchmark-progress', backend: job.backend, fraction });
  return { result: await runAsSessionJob(session, { control, usesKeptModel: false }, () => runBenchmark(job, onProgress, control)) };
};
