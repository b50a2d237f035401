/**
 * Core Schedule descriptors from the viewer's state, the curves to plot, and the notes for impossible settings
 * (e.g. a warm-up longer than training). Pure; values come from the core's scheduleAt.
 */
import { momentumAt, scheduleAt, validateSchedule, wsdDecaySteps, type Schedule } from '../../../src/core/plain';
import { BASE_SCHEDULES, SCHEDULE_LABELS, takesSharedWarmup, type BaseSchedule } from './base-schedules';
import { plateauRun } from './plateau-illustration';
import type { ScheduleViewerState } from './state';

export interface Effective {
  /** Warm-up steps actually used (shortened to fit inside training). */
  warm: number;
  /** WSD's decay fraction actually used (shortened so warm-up + decay fit inside training). */
  decayFraction: number;
  notes: string[];
}

export function effectiveSettings(state: ScheduleViewerState): Effective {
  const notes: string[] = [];
  let warm = state.warmupSteps;
  if (warm >= state.totalSteps) {
    warm = state.totalSteps - 1;
    notes.push(`A warm-up of ${state.warmupSteps} steps is longer than the ${state.totalSteps} training steps: using ${warm}.`);
  }
  if (state.readoutStep > state.totalSteps - 1) notes.push(`Step ${state.readoutStep} is past the end of training: reading out step ${state.totalSteps - 1}.`);
  let decayFraction = state.decayFraction;
  if (warm + wsdDecaySteps({ totalSteps: state.totalSteps, decayFraction }) > state.totalSteps) {
    decayFraction = (state.totalSteps - warm) / state.totalSteps;
    if (state.schedule === 'warmup-stable-decay') {
      notes.push(`A decay over ${Math.round(100 * state.decayFraction)} % of the run does not fit after ${warm} warm-up steps: decaying over the last ${state.totalSteps - warm} steps.`);
    }
  }
  if (warm > 0 && state.schedule === 'reduce-on-plateau') notes.push('Reduce on plateau follows the loss, not the step, so the warm-up is not applied to it (PyTorch cannot chain it either).');
  return { warm, decayFraction, notes };
}

/** The base schedule, sized so that it ends with training (after any warm-up). */
export function baseSchedule(name: BaseSchedule, state: ScheduleViewerState, warm: number, decayFraction = state.decayFraction): Schedule {
  const span = Math.max(1, state.totalSteps - warm);
  const lrMin = state.minFactor * state.lr;
  switch (name) {
    case 'constant': return { name: 'constant', lr: state.lr };
    case 'step': return { name: 'step', lr: state.lr, stepSize: state.stepSize, gamma: state.gamma };
    case 'exponential': return { name: 'exponential', lr: state.lr, gamma: state.decay };
    case 'cosine': return { name: 'cosine', lrMax: state.lr, lrMin, period: span };
    case 'sgdr': return { name: 'sgdr', lrMax: state.lr, lrMin, t0: state.t0, tMult: state.tMult };
    case 'linear': return { name: 'linear', lr: state.lr, startFactor: state.linearStartFactor, endFactor: 1, totalIters: state.linearSteps };
    case 'one-cycle': return { name: 'one-cycle', lrMax: state.lr, totalSteps: Math.max(2, span), pctStart: state.pctStart, divFactor: state.divFactor, finalDivFactor: state.finalDivFactor };
    case 'cyclic': return { name: 'cyclic', baseLr: state.cycleBase * state.lr, maxLr: state.lr, stepSizeUp: state.cycleSteps };
    case 'reduce-on-plateau': return { name: 'reduce-on-plateau', lr: state.lr, patience: state.patience, factor: state.plateauFactor };
    // WSD's warm-up is the viewer's warm-up field, from lrMin like the decay's end (transformers' min_lr_ratio).
    case 'warmup-stable-decay': return { name: 'warmup-stable-decay', lrMax: state.lr, lrMin, warmupSteps: warm, totalSteps: state.totalSteps, decayFraction, decayShape: state.decayShape };
  }
}

export function withWarmup(schedule: Schedule, warm: number, startFactor: number): Schedule {
  return warm > 0 ? { name: 'warmup', steps: warm, startFactor, then: schedule } : schedule;
}

export interface Curve {
  name: BaseSchedule;
  schedule: Schedule;
  points: [number, number][];
  /** reduce-on-plateau only: the illustrative loss it followed, per step. */
  loss?: [number, number][];
}

/**
 * Every base schedule as a curve over 0..total-1 (the warm-up applied to all that can take it, so they compare
 * fairly); reduce-on-plateau's lr is the core's plateau scheduler run on the illustrative loss.
 */
export function scheduleCurves(state: ScheduleViewerState): Curve[] {
  const { warm, decayFraction } = effectiveSettings(state);
  return BASE_SCHEDULES.map((name) => {
    const base = baseSchedule(name, state, warm, decayFraction);
    const schedule = takesSharedWarmup(name) ? withWarmup(base, warm, state.warmupFactor) : base;
    validateSchedule(schedule);
    if (name === 'reduce-on-plateau') {
      const run = plateauRun({ lr: state.lr, totalSteps: state.totalSteps, patience: state.patience, factor: state.plateauFactor });
      return { name, schedule, points: run.lr.map((lr, e) => [e, lr]), loss: run.loss.map((l, e) => [e, l]) };
    }
    const points = Array.from({ length: state.totalSteps }, (_, e) => [e, scheduleAt(schedule, e, state.lr)] as [number, number]);
    return { name, schedule, points };
  });
}

/** The lr plotted at `step` (from the curve, so reduce-on-plateau reads its run) and the momentum, if the schedule cycles it. */
export function readout(curve: Curve, step: number): { lr: number; momentum: number | undefined } {
  return { lr: curve.points[step]![1], momentum: momentumAt(curve.schedule, step) };
}

/** Why the readout shows a momentum: the schedules that cycle it inversely to the lr. */
export function momentumNote(name: BaseSchedule): string {
  return `${SCHEDULE_LABELS[name].replace(/ \(.*\)$/, '')} cycles it inversely`;
}
