/**
 * The worker's logic as a plain function of messages, so it can be tested in Node without a Worker: pass a `post`
 * function and feed requests to the returned handler. The handler is a lookup table verb -> job (jobs/); it adds
 * the reply type (REPLY_TYPE) and the request's id to what a job returns, and turns a thrown error into an 'error'
 * reply. core-worker.ts only wires it to self.onmessage.
 */
import type { Job, WorkerSession } from './job';
import { pauseJob, resumeJob, stopJob } from './jobs/control';
import { datasetJob } from './jobs/dataset';
import { initBackendJob } from './jobs/init-backend';
import { memoryJob } from './jobs/memory';
import { releaseJob } from './jobs/release';
import { stepJob } from './jobs/step';
import { sweepJob } from './jobs/sweep';
import { trainJob } from './jobs/train';
import { lazyJob } from './lazy-job';
import { ModelStore } from './model-store';
import { REPLY_TYPE, type Verb, type WorkerRequest, type WorkerResponse } from './protocol';

export const JOBS: { readonly [V in Verb]: Job<V> } = {
  'init-backend': initBackendJob,
  train: trainJob,
  step: stepJob,
  pause: pauseJob,
  resume: resumeJob,
  stop: stopJob,
  release: releaseJob,
  dataset: datasetJob,
  // Only the compression lab and the backend check ask for these: their code is a chunk of its own (lazy-job.ts).
  compress: lazyJob('compression', () => import('./jobs/compress'), (m) => m.compressJob),
  'compress-pareto': lazyJob('compression', () => import('./jobs/compress-pareto'), (m) => m.compressParetoJob),
  benchmark: lazyJob('benchmark', () => import('./jobs/benchmark'), (m) => m.benchmarkJob),
  sweep: sweepJob,
  memory: memoryJob,
};

export type Post = (message: WorkerResponse) => void;

export function createWorkerHandler(post: Post): (request: WorkerRequest) => Promise<void> {
  const session: WorkerSession = { run: undefined, job: undefined, models: new ModelStore() };
  return async (request) => {
    const { type, id } = request;
    try {
      const job = JOBS[type] as Job<Verb> | undefined;
      if (job === undefined) throw new Error(`unknown request type "${String(type)}": the worker answers ${Object.keys(JOBS).join(', ')}`);
      // Each table entry takes its own verb's request and posts its own verb's messages (checked on JOBS above).
      const progress = (message: object): void => post({ ...message, id } as WorkerResponse);
      const reply = await job(request, { session, progress });
      post({ ...reply, type: REPLY_TYPE[type], id } as WorkerResponse);
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
