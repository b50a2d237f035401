/** 'benchmark': a short training benchmark on one backend, with its progress (a fraction) after every read-back. */
import { runBenchmark } from '../benchmark';
import type { Job } from '../job';

export const benchmarkJob: Job<'benchmark'> = async ({ type: _type, id: _id, ...job }, { progress }) => ({
  result: await runBenchmark(job, (fraction) => progress({ type: 'benchmark-progress', backend: job.backend, fraction })),
});
