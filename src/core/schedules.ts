/**
 * Learning-rate schedules. Most are pure functions of the step index e (0-based): the lr used during step e equals
 * PyTorch's closed form at last_epoch = e (torch/optim/lr_scheduler.py). `Schedule` descriptors are plain JSON so demos
 * can keep them in URLs; `scheduleAt(desc, e, baseLr)` evaluates one, filling a missing lr / lrMax / baseLr from
 * baseLr. One concept per file in schedules/; this module evaluates descriptors and re-exports the public names.
 * 'reduce-on-plateau' follows a metric, not the step: see createPlateauScheduler (schedules/plateau.ts).
 */
import { cosineAnnealing, cosineWarmRestarts, exponentialDecay, linearRamp, stepDecay } from './schedules/closed-forms';
import { cyclicLr, cyclicMomentum } from './schedules/cyclic';
import type { Schedule } from './schedules/descriptor';
import { oneCycle, oneCycleMomentum } from './schedules/one-cycle';
import { warmupStableDecay } from './schedules/warmup-stable-decay';

export { cosineAnnealing, cosineWarmRestarts, exponentialDecay, linearRamp, stepDecay } from './schedules/closed-forms';
export { oneCycle, oneCycleMomentum, type OneCycleOptions } from './schedules/one-cycle';
export { cyclicLr, cyclicMomentum, CYCLIC_MODES, type CyclicOptions, type CyclicMode, type CyclicScaleMode } from './schedules/cyclic';
export { warmupStableDecay, wsdDecaySteps, DECAY_SHAPES, type WarmupStableDecayOptions, type DecayShape } from './schedules/warmup-stable-decay';
export { createPlateauScheduler, type PlateauScheduler, type PlateauOptions, type PlateauMode, type ThresholdMode } from './schedules/plateau';
export { SCHEDULE_NAMES, type Schedule, type ScheduleName } from './schedules/descriptor';
export { validateSchedule } from './schedules/validate';

/**
 * The lr for step e (0-based) of a schedule; baseLr fills a missing lr / lrMax / baseLr. For 'reduce-on-plateau' this
 * is its starting lr: without metrics it never reduces (a training loop drives it with createPlateauScheduler).
 */
export function scheduleAt(s: Schedule, step: number, baseLr = 1e-3): number {
  switch (s.name) {
    case 'constant':
      return s.lr ?? baseLr;
    case 'step':
      return stepDecay(step, { lr: s.lr ?? baseLr, stepSize: s.stepSize, gamma: s.gamma ?? 0.1 });
    case 'exponential':
      return exponentialDecay(step, { lr: s.lr ?? baseLr, gamma: s.gamma });
    case 'cosine':
      return cosineAnnealing(step, { lrMax: s.lrMax ?? baseLr, lrMin: s.lrMin ?? 0, period: s.period });
    case 'sgdr':
      return cosineWarmRestarts(step, { lrMax: s.lrMax ?? baseLr, lrMin: s.lrMin ?? 0, t0: s.t0, tMult: s.tMult ?? 1 });
    case 'linear':
      return linearRamp(step, { ...s, lr: s.lr ?? baseLr });
    case 'one-cycle':
      return oneCycle(step, { ...s, lrMax: s.lrMax ?? baseLr });
    case 'warmup': {
      if (step >= s.steps) return scheduleAt(s.then, step - s.steps, baseLr);
      const target = scheduleAt(s.then, 0, baseLr);
      const start = s.startFactor ?? 1 / 3;
      return target * (start + ((1 - start) * step) / s.steps);
    }
    case 'cyclic':
      return cyclicLr(step, { ...s, baseLr: s.baseLr ?? baseLr });
    case 'reduce-on-plateau':
      return s.lr ?? baseLr;
    case 'warmup-stable-decay':
      return warmupStableDecay(step, { ...s, lrMax: s.lrMax ?? baseLr });
  }
}

/** The momentum override for step e, or undefined when the schedule does not cycle momentum (one-cycle and cyclic do). */
export function momentumAt(s: Schedule, step: number): number | undefined {
  if (s.name === 'one-cycle' && s.cycleMomentum !== false) return oneCycleMomentum(step, { ...s, lrMax: s.lrMax ?? 1 });
  if (s.name === 'cyclic' && s.cycleMomentum !== false) return cyclicMomentum(step, { ...s, baseLr: s.baseLr ?? 1 });
  if (s.name === 'warmup' && step >= s.steps) return momentumAt(s.then, step - s.steps);
  return undefined;
}
