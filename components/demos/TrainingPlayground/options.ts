/**
 * The training playground's menus: optimizer ids -> core optimizer configs, schedule ids -> core Schedule
 * descriptors, network presets, batch sizes. Pure.
 */
import type { OptimizerConfig, Schedule } from '../../../src/core/index';
import { SCHEDULES } from '../../mdx/demo-props';

export const TRAINING_OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion'] as const;
export type TrainingOptimizer = (typeof TRAINING_OPTIMIZERS)[number];
export const OPTIMIZER_LABELS: Readonly<Record<TrainingOptimizer, string>> = {
  sgd: 'SGD',
  momentum: 'SGD + momentum',
  nesterov: 'SGD + Nesterov momentum',
  adagrad: 'Adagrad',
  rmsprop: 'RMSprop',
  adam: 'Adam',
  adamw: 'AdamW',
  adamax: 'Adamax',
  nadam: 'NAdam',
  lion: 'Lion',
};

export { SCHEDULES };
export type ScheduleId = (typeof SCHEDULES)[number];
export const SCHEDULE_LABELS: Readonly<Record<ScheduleId, string>> = {
  constant: 'constant',
  step: 'step decay (x0.1 halfway)',
  exponential: 'exponential decay',
  cosine: 'cosine annealing',
  sgdr: 'cosine with warm restarts',
  'warmup-cosine': 'linear warm-up + cosine',
  'one-cycle': 'one-cycle',
};

export const ACTIVATION_IDS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export type ActivationId = (typeof ACTIVATION_IDS)[number];

export const NETWORK_PRESETS: readonly { label: string; hidden: number[] }[] = [
  { label: 'none (logistic regression)', hidden: [] },
  { label: '2', hidden: [2] },
  { label: '8', hidden: [8] },
  { label: '8, 8', hidden: [8, 8] },
  { label: '16, 16', hidden: [16, 16] },
  { label: '32, 32', hidden: [32, 32] },
  { label: '32, 32, 32', hidden: [32, 32, 32] },
];

/** The core config for a menu id; `momentum` is used by the momentum variants only. */
export function optimizerConfig(id: TrainingOptimizer, lr: number, momentum: number): OptimizerConfig {
  switch (id) {
    case 'sgd':
      return { name: 'sgd', lr };
    case 'momentum':
      return { name: 'sgd', lr, momentum };
    case 'nesterov':
      return { name: 'sgd', lr, momentum: Math.max(momentum, 1e-3), nesterov: true };
    case 'adamw':
      // Weight decay comes from the L2 slider for every optimizer (added to the loss), so AdamW's own default 0.01 is turned off.
      return { name: 'adamw', lr, weightDecay: 0 };
    default:
      return { name: id, lr };
  }
}

export function usesMomentum(id: TrainingOptimizer): boolean {
  return id === 'momentum' || id === 'nesterov';
}

/** The schedule over `totalSteps` optimizer steps (the core counts steps, not epochs). */
export function scheduleFor(id: ScheduleId, totalSteps: number): Schedule {
  const total = Math.max(1, totalSteps);
  switch (id) {
    case 'constant':
      return { name: 'constant' };
    case 'step':
      return { name: 'step', stepSize: Math.max(1, Math.round(total / 2)), gamma: 0.1 };
    case 'exponential':
      return { name: 'exponential', gamma: 0.01 ** (1 / total) };
    case 'cosine':
      return { name: 'cosine', period: total };
    case 'sgdr':
      return { name: 'sgdr', t0: Math.max(1, Math.round(total / 4)) };
    case 'warmup-cosine': {
      const warm = Math.max(1, Math.round(total / 10));
      return { name: 'warmup', steps: warm, startFactor: 0.01, then: { name: 'cosine', period: Math.max(1, total - warm) } };
    }
    case 'one-cycle':
      return { name: 'one-cycle', totalSteps: total, cycleMomentum: false };
  }
}

const BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

/**
 * Sizes below the training set, then the full batch. A larger size only appears when the URL or the page asked for
 * it, and its label says what training does with it (the settings message explains the clamp too).
 */
export function batchOptions(current: number, nTrain: number): { value: number; label: string }[] {
  const sizes = [...new Set([...BATCH_SIZES.filter((v) => v < nTrain), nTrain, current])].sort((a, b) => a - b);
  return sizes.map((v) => ({
    value: v,
    label: v === 1 ? '1 (pure SGD)' : v === nTrain ? `${v} (full batch)` : v > nTrain ? `${v} (more than the ${nTrain} training points: full batch)` : String(v),
  }));
}
