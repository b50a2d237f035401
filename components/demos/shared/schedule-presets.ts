/**
 * Learning-rate schedule presets: the menu of the training playground and the values of the schedule viewer's
 * `schedule` prop. Each preset is a core schedule (src/core/schedules.ts names them) sized to a run, except
 * 'warmup-cosine', a linear warm-up composed with cosine. 'reduce-on-plateau' is not a function of the step: the
 * core's training loop drives it with the validation loss after each epoch (createPlateauScheduler). Pure.
 */
import type { Schedule } from '../../../src/core/plain';

type ScheduleName = Schedule['name'];
export const SCHEDULE_PRESETS = ['constant', 'step', 'exponential', 'cosine', 'sgdr', 'warmup-cosine', 'one-cycle', 'cyclic', 'reduce-on-plateau', 'warmup-stable-decay'] as const satisfies readonly (ScheduleName | 'warmup-cosine')[];
export type SchedulePreset = (typeof SCHEDULE_PRESETS)[number];

export const SCHEDULE_PRESET_LABELS: Readonly<Record<SchedulePreset, string>> = {
  constant: 'constant',
  step: 'step decay (x0.1 halfway)',
  exponential: 'exponential decay',
  cosine: 'cosine annealing',
  sgdr: 'cosine with warm restarts',
  'warmup-cosine': 'linear warm-up + cosine',
  'one-cycle': 'one-cycle',
  cyclic: 'cyclic (triangular, 4 cycles, lr/10 to lr)',
  'reduce-on-plateau': 'reduce on plateau (x0.5, follows the validation loss)',
  'warmup-stable-decay': 'warm-up, stable, decay (WSD)',
};

/** Cycles of the 'cyclic' preset over a run, and its floor as a fraction of the peak lr. */
export const CYCLIC_CYCLES = 4;
export const CYCLIC_BASE_FRACTION = 0.1;
/** reduce-on-plateau's factor in the presets (PyTorch's default 0.1 is abrupt on runs this short). */
export const PLATEAU_FACTOR = 0.5;

/**
 * reduce-on-plateau's patience for a run of `epochs` epochs: a twentieth of the run, at least 2 epochs and at most
 * PyTorch's default 10, so a plateau can be noticed a few times within the run.
 */
export function plateauPatience(epochs: number): number {
  return Math.min(10, Math.max(2, Math.round(epochs / 20)));
}

export interface RunSize {
  /** Epochs of the run; reduce-on-plateau counts its patience in epochs. Default: totalSteps. */
  epochs?: number;
  /** The optimizer's lr, the peak of the cyclic preset; default 1 (the schedule then scales the optimizer's lr). */
  lr?: number;
}

/** The schedule over `totalSteps` optimizer steps (the core counts steps, not epochs). */
export function scheduleFor(id: SchedulePreset, totalSteps: number, run: RunSize = {}): Schedule {
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
    case 'cyclic': {
      // Triangles of total / CYCLIC_CYCLES steps; momentum is left alone (as one-cycle here) so every optimizer runs it.
      const lr = run.lr ?? 1;
      const half = Math.max(1, Math.round(total / (2 * CYCLIC_CYCLES)));
      return { name: 'cyclic', baseLr: CYCLIC_BASE_FRACTION * lr, maxLr: lr, stepSizeUp: half, cycleMomentum: false };
    }
    case 'reduce-on-plateau':
      return { name: 'reduce-on-plateau', factor: PLATEAU_FACTOR, patience: plateauPatience(run.epochs ?? total) };
    case 'warmup-stable-decay':
      // The paper's shape: 10 % warm-up, a long constant phase, a 1-sqrt cool-down over the last 20 %.
      return { name: 'warmup-stable-decay', warmupSteps: Math.round(total / 10), totalSteps: total, decayFraction: 0.2, decayShape: '1-sqrt' };
  }
}
