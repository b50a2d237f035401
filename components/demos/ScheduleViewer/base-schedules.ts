/**
 * The viewer's base schedules: every core schedule (SCHEDULE_NAMES in src/core/schedules.ts) except 'warmup', which
 * the viewer composes with any of them instead (sv.warm > 0), and the schedules issue 14 added (cyclic,
 * reduce-on-plateau, warmup-stable-decay), which the viewer does not draw yet. Pure.
 */
import { SCHEDULE_NAMES } from '../../../src/core/plain';

type NotDrawn = 'warmup' | 'cyclic' | 'reduce-on-plateau' | 'warmup-stable-decay';
const NOT_DRAWN: readonly string[] = ['warmup', 'cyclic', 'reduce-on-plateau', 'warmup-stable-decay'];
export type BaseSchedule = Exclude<(typeof SCHEDULE_NAMES)[number], NotDrawn>;
export const BASE_SCHEDULES: readonly BaseSchedule[] = SCHEDULE_NAMES.filter((name): name is BaseSchedule => !NOT_DRAWN.includes(name));

export const SCHEDULE_LABELS: Record<BaseSchedule, string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine annealing',
  sgdr: 'Cosine with warm restarts (SGDR)',
  linear: 'Linear (LinearLR)',
  'one-cycle': 'One-cycle',
};
