/** Typed messages between a page and the training worker. Everything is structured-clone friendly (no tensors). */
import type { InitBackendOptions, BackendChoice } from '../backend';
import type { DatasetName, DatasetOptions } from '../data';
import type { MlpSpec, NamedWeights } from '../model/mlp';
import type { EpochProgress, StopReason, TrainOptions } from '../model/train';
import type { OptimizeResult } from '../optimize';
import type { OptimizerConfig } from '../optimizers/registry';
import type { Schedule } from '../schedules';

export type WorkerRequest =
  | { type: 'init-backend'; id: number; options: InitBackendOptions }
  | {
      type: 'train';
      id: number;
      model: MlpSpec;
      dataset: { name: DatasetName; options?: DatasetOptions };
      training: Omit<TrainOptions, 'onEpoch'>;
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
  | { type: 'stop'; id: number };

export type WorkerResponse =
  | { type: 'backend'; id: number; choice: BackendChoice }
  | { type: 'epoch'; id: number; progress: EpochProgress }
  | { type: 'train-done'; id: number; stopReason: StopReason; bestEpoch: number; history: EpochProgress[]; weights: NamedWeights[] }
  | { type: 'optimize-done'; id: number; result: OptimizeResult }
  | { type: 'ack'; id: number; request: 'pause' | 'resume' | 'stop' }
  | { type: 'error'; id: number; message: string };
