/**
 * The training playground's menus: optimizer ids -> core optimizer configs, network presets, batch sizes, and the
 * shared schedule presets. Pure.
 */
import type { TrainingOptimizerConfig } from '../../../src/core/index';
import type { DatasetName } from '../../../src/core/plain';
import type { PlaygroundOptimizer } from '../shared/optimizer-menu';
// The schedule menu is shared with the schedule viewer's `schedule` prop; re-exported here beside the other menus.
export { SCHEDULE_PRESET_LABELS, SCHEDULE_PRESETS, scheduleFor, plateauPatience, type SchedulePreset } from '../shared/schedule-presets';

/** The data sets on offer, in menu order; each is a core data set (CORE_DATASET), 'regression' the core's noisy sine. */
export const TRAINING_DATASETS = ['moons', 'spiral', 'circles', 'xor', 'regression'] as const;
export type TrainingDataset = (typeof TRAINING_DATASETS)[number];
export const CORE_DATASET: Readonly<Record<TrainingDataset, DatasetName>> = { moons: 'moons', spiral: 'spiral', circles: 'circles', xor: 'xor', regression: 'sine' };

/** Muon is not a PlaygroundOptimizer (it needs matrices): here it trains the hidden matrices, AdamW the rest. */
export const TRAINING_OPTIMIZERS = [
  'sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion',
  'radam', 'adafactor', 'lamb', 'sam', 'adamw-schedulefree', 'sgd-schedulefree', 'muon',
] as const satisfies readonly (PlaygroundOptimizer | 'muon')[];
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
  radam: 'RAdam',
  adafactor: 'Adafactor',
  lamb: 'LAMB',
  sam: 'SAM on SGD + momentum (2 gradients per step)',
  'adamw-schedulefree': 'Schedule-free AdamW',
  'sgd-schedulefree': 'Schedule-free SGD',
  muon: 'Muon (hidden matrices) + AdamW (the rest)',
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

/** The core config for a menu id; `momentum` is used by the optimizers usesMomentum lists. */
export function optimizerConfig(id: TrainingOptimizer, lr: number, momentum: number): TrainingOptimizerConfig {
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
    case 'lamb':
      // The trust ratio is LAMB's defining step: keep it at weight decay 0 too (the L2 slider adds decay to the loss).
      return { name: 'lamb', lr, alwaysAdapt: true };
    case 'sam':
      // SAM (rho 0.05, as davda54/sam) around momentum SGD, the base of the SAM paper's experiments.
      return { name: 'sam', lr, base: { name: 'sgd', lr, momentum } };
    case 'adamw-schedulefree':
      return { name: 'adamw-schedulefree', lr, weightDecay: 0 };
    case 'sgd-schedulefree':
      return { name: 'sgd-schedulefree', lr, momentum: Math.max(momentum, 1e-3) };
    case 'muon':
      // Moonshot's recipe: match_rms_adamw scales Muon's update to AdamW's RMS, so both groups share one lr.
      return { name: 'muon', lr, weightDecay: 0, adjustLrFn: 'match_rms_adamw', adamw: { lr, weightDecay: 0 } };
    default:
      return { name: id, lr };
  }
}

export function usesMomentum(id: TrainingOptimizer): boolean {
  return id === 'momentum' || id === 'nesterov' || id === 'sam' || id === 'sgd-schedulefree';
}

/** The optimizers whose default lr is SGD's 0.1 rather than Adam's 0.01 (plain steps, no per-coordinate scaling). */
export function usesSgdLr(id: TrainingOptimizer): boolean {
  return usesMomentum(id) || id === 'sgd';
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
