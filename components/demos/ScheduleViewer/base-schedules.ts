/**
 * The viewer's base schedules: every core schedule (SCHEDULE_NAMES in src/core/schedules.ts) except 'warmup', which
 * the viewer composes with the others instead (sv.warm > 0). 'warmup-stable-decay' has its own warm-up (the same
 * field), and 'reduce-on-plateau' follows a loss, so the viewer draws it against an illustrative one. Pure.
 */
import { SCHEDULE_NAMES } from '../../../src/core/plain';

type NotDrawn = 'warmup';
export type BaseSchedule = Exclude<(typeof SCHEDULE_NAMES)[number], NotDrawn>;
export const BASE_SCHEDULES: readonly BaseSchedule[] = SCHEDULE_NAMES.filter((name): name is BaseSchedule => name !== 'warmup');

export const SCHEDULE_LABELS: Record<BaseSchedule, string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine annealing',
  sgdr: 'Cosine with warm restarts (SGDR)',
  linear: 'Linear (LinearLR)',
  'one-cycle': 'One-cycle',
  cyclic: 'Cyclic (triangular CyclicLR)',
  'reduce-on-plateau': 'Reduce on plateau (on an illustrative loss)',
  'warmup-stable-decay': 'Warm-up, stable, decay (WSD)',
};

/** Schedules that bring their own warm-up (WSD) or cannot follow one (reduce-on-plateau follows a metric). */
export function takesSharedWarmup(name: BaseSchedule): boolean {
  return name !== 'warmup-stable-decay' && name !== 'reduce-on-plateau';
}
