/**
 * Serialisable schedule descriptors: plain JSON, so demos can keep them in URLs. lr / lrMax / baseLr may be omitted
 * and then come from the optimizer's lr (scheduleAt's baseLr).
 */
import type { CyclicOptions } from './cyclic';
import type { OneCycleOptions } from './one-cycle';
import type { PlateauOptions } from './plateau';
import type { WarmupStableDecayOptions } from './warmup-stable-decay';

export type Schedule =
  | { name: 'constant'; lr?: number }
  | { name: 'step'; lr?: number; stepSize: number; gamma?: number }
  | { name: 'exponential'; lr?: number; gamma: number }
  | { name: 'cosine'; lrMax?: number; lrMin?: number; period: number }
  | { name: 'sgdr'; lrMax?: number; lrMin?: number; t0: number; tMult?: number }
  | { name: 'linear'; lr?: number; startFactor?: number; endFactor?: number; totalIters?: number }
  | ({ name: 'one-cycle'; lrMax?: number; cycleMomentum?: boolean } & Omit<OneCycleOptions, 'lrMax'>)
  /** Linear warm-up from startFactor * (the next schedule's first lr) over `steps`, then `then` shifted by `steps`. */
  | { name: 'warmup'; steps: number; startFactor?: number; then: Schedule }
  /** CyclicLR; momentum is cycled unless cycleMomentum is false (PyTorch's default is true). */
  | ({ name: 'cyclic'; baseLr?: number; cycleMomentum?: boolean } & Omit<CyclicOptions, 'baseLr'>)
  /** ReduceLROnPlateau: stateful, driven by a metric (createPlateauScheduler); as a function of the step it is lr. */
  | ({ name: 'reduce-on-plateau'; lr?: number } & PlateauOptions)
  | ({ name: 'warmup-stable-decay'; lrMax?: number } & Omit<WarmupStableDecayOptions, 'lrMax'>);

export type ScheduleName = Schedule['name'];

export const SCHEDULE_NAMES = [
  'constant',
  'step',
  'exponential',
  'cosine',
  'sgdr',
  'linear',
  'one-cycle',
  'warmup',
  'cyclic',
  'reduce-on-plateau',
  'warmup-stable-decay',
] as const satisfies readonly ScheduleName[];
