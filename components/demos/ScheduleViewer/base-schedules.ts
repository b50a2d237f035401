/**
 * The viewer's base schedules: every core schedule (SCHEDULE_NAMES in src/core/schedules.ts) except 'warmup', which
 * the viewer composes with any of them instead (sv.warm > 0). Pure.
 */
import { SCHEDULE_NAMES } from '../../../src/core/plain';

export type BaseSchedule = Exclude<(typeof SCHEDULE_NAMES)[number], 'warmup'>;
export const BASE_SCHEDULES: readonly BaseSchedule[] = SCHEDULE_NAMES.filter((name): name is BaseSchedule => name !== 'warmup');

export const SCHEDULE_LABELS: Record<BaseSchedule, string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine annealing',
  sgdr: 'Cosine with warm restarts (SGDR)',
  linear: 'Linear (LinearLR)',
  'one-cycle': 'One-cycle',
};
