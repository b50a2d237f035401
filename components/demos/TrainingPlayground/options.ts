/**
 * The training playground's menus: optimizer ids -> core optimizer configs, network presets, batch sizes, and the
 * shared schedule presets. Pure.
 */
import type { OptimizerConfig } from '../../../src/core/index';
import type { DatasetName } from '../../../src/core/plain';
import type { PlaygroundOptimizer } from '../shared/optimizer-menu';
// The schedule menu is shared with the schedule viewer's `schedule` prop; re-exported here beside the other menus.
export { SCHEDULE_PRESET_LABELS, SCHEDULE_PRESETS, scheduleFor, type SchedulePreset } from '../shared/schedule-presets';

/** The data sets on offer, in menu order; each is a core data set (CORE_DATASET), 'regression' the core's noisy sine. */
export const TRAINING_DATASETS = ['moons', 'spiral', 'circles', 'xor', 'regression'] as const;
export type TrainingDataset = (typeof TRAINING_DATASETS)[number];
export const CORE_DATASET: Readonly<Record<TrainingDataset, DatasetName>> = { moons: 'moons', spiral: 'spiral', circles: 'circles', xor: 'xor', regression: 'sine' };

export const TRAINING_OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion'] as const satisfies readonly PlaygroundOptimizer[];
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
