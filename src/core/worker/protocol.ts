/**
 * The one protocol between a page and the core worker: every verb with its request body, its progress messages
 * and its final reply, and the request -> final-reply table (REPLY_TYPE) both sides use. Messages are
 * structured-clone friendly (no tensors). The worker runs one job per verb (jobs/, looked up in handler.ts); the
 * page's typed client (components/demos/shared/core-worker-client.ts) resolves each request with its final reply.
 */
import type { BackendChoice, InitBackendOptions } from '../backend';
import type { CompressionSpec } from '../compress/variants/variant';
import type { DatasetName, DatasetOptions } from '../data';
import type { GridSpec } from '../grid';
import type { MlpSpec, NamedWeights } from '../model/mlp';
import type { JobProgress } from '../model/job-control';
import type { RunPosition } from '../model/run-control';
import type { EpochProgress, TrainOptions, TrainResult } from '../model/train';
import type { TrainingSweepCell, TrainingSweepSpec } from '../model/training-sweep';
import type { BenchmarkJob, BenchmarkResult } from './benchmark';
import type { CompressionResult, ParetoPoint } from './compression-result';
import type { FieldRequest } from './prediction-field';

type NoFields = Record<never, never>;

export interface DatasetRequest {
  name: DatasetName;
  options?: DatasetOptions;
}

/** Plain copies of a Dataset's inputs and targets. */
export interface DatasetPoints {
  x: Float32Array;
  y: Float32Array;
  n: number;
  inputDim: number;
}

export interface Protocol {
  'init-backend': { request: { options: InitBackendOptions }; progress: never; reply: { choice: BackendChoice } };
  /**
   * Trains a model; epochs stream as progress. The trained model stays in the worker under `modelHandle` (for
   * 'compress') until the next training run replaces it or 'release' frees it.
   */
  train: {
    request: {
      model: MlpSpec;
      dataset: DatasetRequest;
      training: Omit<TrainOptions, 'onEpoch'>;
      /** Also stream the model's predictions on this grid (decision boundary / regression curve) every few epochs. */
      field?: FieldRequest;
      /** Create the run paused, so a 'step' (or 'resume') starts it. Default false. */
      paused?: boolean;
    };
    progress: { type: 'epoch'; progress: EpochProgress; field?: Float32Array };
    reply: TrainResult & { weights: NamedWeights[]; field?: Float32Array; modelHandle: number };
  };
  /** The current run trains exactly `epochs` more epochs and pauses; replies once it has paused or ended. */
  step: { request: { epochs: number }; progress: never; reply: RunPosition };
  pause: { request: NoFields; progress: never; reply: { request: 'pause' } };
  /** The current run trains on to its end. */
  resume: { request: NoFields; progress: never; reply: { request: 'resume' } };
  /** Stops the current training run and cancels the current long job (a distillation), if any. */
  stop: { request: NoFields; progress: never; reply: { request: 'stop' } };
  /** Frees a trained model kept under a handle. */
  release: { request: { modelHandle: number }; progress: never; reply: { released: boolean } };
  /** The points of a data set (train and validation), to draw before any training. */
  dataset: { request: { dataset: DatasetRequest }; progress: never; reply: { train: DatasetPoints; validation: DatasetPoints } };
  /**
   * One compressed variant of the model a 'train' kept, measured on the data it was trained on. A long variant
   * (distillation) streams its steps; 'stop' cancels it (the reply is then an error "cancelled after N of M steps").
   */
  compress: {
    request: { modelHandle: number; spec: CompressionSpec; /** Where to sample the variant's decision boundary. */ grid?: GridSpec | undefined };
    progress: { type: 'compress-progress' } & JobProgress;
    reply: { result: CompressionResult };
  };
  /** Many variants of a kept model, one point each (bits per weight, bytes, accuracy) for the lab's Pareto view. */
  'compress-pareto': {
    request: { modelHandle: number; specs: CompressionSpec[] };
    progress: { type: 'pareto-point'; index: number; point: ParetoPoint };
    reply: { points: ParetoPoint[] };
  };
  /** A short training benchmark on one backend (re-initialised for the run; the previous one is restored); 'stop' cancels it. */
  benchmark: { request: BenchmarkJob; progress: { type: 'benchmark-progress'; backend: BenchmarkJob['backend']; fraction: number }; reply: { result: BenchmarkResult } };
  /** A learning-rate x batch-size grid of short trainings on a small MLP; each finished cell streams as progress. */
  sweep: { request: TrainingSweepSpec; progress: { type: 'sweep-cell'; index: number; cell: TrainingSweepCell }; reply: { cells: TrainingSweepCell[]; elapsedMs: number } };
  /** tf.memory() of the worker, so browser tests can check that repeated runs leak no tensors. */
  memory: { request: NoFields; progress: never; reply: { numTensors: number; numBytes: number } };
}

export type Verb = keyof Protocol;

/** The final reply of each verb. A reply type may be shared (the acks): requests are matched by id first. */
export const REPLY_TYPE = {
  'init-backend': 'backend',
  train: 'train-done',
  step: 'stepped',
  pause: 'ack',
  resume: 'ack',
  stop: 'ack',
  release: 'released',
  dataset: 'dataset-points',
  compress: 'compress-done',
  'compress-pareto': 'compress-pareto-done',
  benchmark: 'benchmark-done',
  sweep: 'sweep-done',
  memory: 'memory',
} as const satisfies { [V in Verb]: string };

/** A request as the page writes it (the client adds the id). */
export type RequestBody<V extends Verb> = { type: V } & Protocol[V]['request'];
export type RequestOf<V extends Verb> = RequestBody<V> & { id: number };
/** A final reply as a job returns it (the handler adds type and id). */
export type ReplyBody<V extends Verb> = Protocol[V]['reply'];
export type ReplyOf<V extends Verb> = { type: (typeof REPLY_TYPE)[V]; id: number } & ReplyBody<V>;
export type ProgressBody<V extends Verb> = Protocol[V]['progress'];
export type ProgressOf<V extends Verb> = ProgressBody<V> & { id: number };
export interface ErrorReply {
  type: 'error';
  id: number;
  message: string;
}

export type WorkerRequest = { [V in Verb]: RequestOf<V> }[Verb];
export type WorkerResponse = { [V in Verb]: ReplyOf<V> | ProgressOf<V> }[Verb] | ErrorReply;
