/** What a job is: a function of one request that returns its final reply body, with the worker's session at hand. */
import type { JobControl } from '../model/job-control';
import type { TrainingRun } from '../model/train';
import type { ModelStore } from './model-store';
import type { ProgressBody, ReplyBody, RequestOf, Verb } from './protocol';

/** State that outlives one request: the run that pause / step / stop act on, the long job 'stop' cancels, the kept model. */
export interface WorkerSession {
  run: TrainingRun | undefined;
  job: ActiveJob | undefined;
  readonly models: ModelStore;
}

export interface JobContext<V extends Verb> {
  session: WorkerSession;
  /** Posts a progress message tagged with the request's id. */
  progress: (message: ProgressBody<V>) => void;
}

export type Job<V extends Verb> = (request: RequestOf<V>, context: JobContext<V>) => ReplyBody<V> | Promise<ReplyBody<V>>;

/** A long job 'stop' can cancel; one at a time (a new one cancels the previous). */
export interface ActiveJob {
  control: JobControl;
  /** It reads the kept model (compress): a new 'train', which replaces that model, cancels it too. */
  usesKeptModel: boolean;
}

/** Runs `work` as the session's long job: cancels the previous one, registers `job`, and unregisters it after. */
export async function runAsSessionJob<T>(session: WorkerSession, job: ActiveJob, work: () => Promise<T>): Promise<T> {
  session.job?.control.cancel();
  session.job = job;
  try {
    return await work();
  } finally {
    if (session.job === job) session.job = undefined;
  }
}
