/**
 * Learning-rate schedule presets: the menu of the training playground and the values of the schedule viewer's
 * `schedule` prop. Each preset is a core schedule (src/core/schedules.ts names them) sized to a run, except
 * 'warmup-cosine', a linear warm-up composed with cosine. Pure.
 */
import type { Schedule } from '../../../src/core/plain';

type ScheduleName = Schedule['name'];
export const SCHEDULE_PRESETS = ['constant', 'step', 'exponential', 'cosine', 'sgdr', 'warmup-cosine', 'one-cycle'] as const satisfies readonly (ScheduleName | 'warmup-cosine')[];
export type SchedulePreset = (typeof SCHEDULE_PRESETS)[number];

export const SCHEDULE_PRESET_LABELS: Readonly<Record<SchedulePreset, string>> = {
  constant: 'constant',
  step: 'step decay (x0.1 halfway)',
  exponential: 'exponential decay',
  cosine: 'cosine annealing',
  sgdr: 'cosine with warm restarts',
  'warmup-cosine': 'linear warm-up + cosine',
  'one-cycle': 'one-cycle',
};

/** The schedule over `totalSteps` optimizer steps (the core counts steps, not epochs). */
export function scheduleFor(id: SchedulePreset, totalSteps: number): Schedule {
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
