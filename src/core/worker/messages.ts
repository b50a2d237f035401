/** Typed messages between a page and the training worker. Everything is structured-clone friendly (no tensors). */
import type { InitBackendOptions, BackendChoice } from '../backend';
import type { DatasetName, DatasetOptions } from '../data';
import type { MlpSpec, NamedWeights } from '../model/mlp';
import type { EpochProgress, StopReason, TrainOptions } from '../model/train';
import type { OptimizeResult } from '../optimize-run';
import type { OptimizerConfig } from '../optimizers/config-types';
import type { Schedule } from '../schedules';
import type { BenchmarkJob, BenchmarkResult } from './benchmark-request';
import type { CompressJob, CompressionResult } from './compress-request';
import type { FieldRequest } from './prediction-field';

export type WorkerRequest =
  | { type: 'init-backend'; id: number; options: InitBackendOptions }
  | {
      type: 'train';
      id: number;
      model: MlpSpec;
      dataset: { name: DatasetName; options?: DatasetOptions };
      training: Omit<TrainOptions, 'onEpoch'>;
      /** Also stream the model's predictions on this grid (decision boundary / regression curve) every few epochs. */
      field?: FieldRequest;
    }
  | {
      type: 'optimize';
      id: number;
      optimizer: OptimizerConfig;
      /** A name from TEST_FUNCTIONS. */
      testFunction: string;
      /** Default: the function's start point. */
      x0?: number[];
      steps: number;
      schedule?: Schedule;
      /** Run on plain numbers (float64, no tfjs) instead of tensors. Default false. */
      plain?: boolean;
    }
  | { type: 'pause'; id: number }
  | { type: 'resume'; id: number }
  | { type: 'stop'; id: number }
  /** The points of a data set (train and validation), to draw before any training. */
  | { type: 'dataset'; id: number; dataset: { name: DatasetName; options?: DatasetOptions } }
  /** One compressed variant of a trained model (weights from a train-done reply), measured. */
  | ({ type: 'compress'; id: number } & CompressJob)
  /** A short training benchmark on one backend (re-initialised for the run; the previous one is restored). */
  | ({ type: 'benchmark'; id: number } & BenchmarkJob)
  /** tf.memory() of the worker, so browser tests can check that repeated runs leak no tensors. */
  | { type: 'memory'; id: number };

export type WorkerResponse =
  | { type: 'backend'; id: number; choice: BackendChoice }
  | { type: 'epoch'; id: number; progress: EpochProgress; field?: Float32Array }
  | { type: 'train-done'; id: number; stopReason: StopReason; bestEpoch: number; history: EpochProgress[]; weights: NamedWeights[]; field?: Float32Array }
  | { type: 'optimize-done'; id: number; result: OptimizeResult }
  | { type: 'ack'; id: number; request: 'pause' | 'resume' | 'stop' }
  | { type: 'error'; id: number; message: string }
  | { type: 'dataset-points'; id: number; train: DatasetPoints; validation: DatasetPoints }
  | { type: 'compress-done'; id: number; result: CompressionResult }
  | { type: 'benchmark-progress'; id: number; backend: BenchmarkJob['backend']; fraction: number }
  | { type: 'benchmark-done'; id: number; result: BenchmarkResult }
  | { type: 'memory'; id: number; numTensors: number; numBytes: number };

/** Plain copies of a Dataset's inputs and targets. */
export interface DatasetPoints {
  x: Float32Array;
  y: Float32Array;
  n: number;
  inputDim: number;
}
