/**
 * Core Schedule descriptors from the viewer's state, the curves to plot, and the notes for impossible settings
 * (e.g. a warm-up longer than training). Pure; values come from the core's scheduleAt.
 */
import { momentumAt, scheduleAt, validateSchedule, type Schedule } from '../../../src/core/plain';
import { BASE_SCHEDULES, type BaseSchedule } from './base-schedules';
import type { ScheduleViewerState } from './state';

export interface Effective {
  /** Warm-up steps actually used (shortened to fit inside training). */
  warm: number;
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
  return { warm, notes };
}

/** The base schedule, sized so that it ends with training (after any warm-up). */
export function baseSchedule(name: BaseSchedule, state: ScheduleViewerState, warm: number): Schedule {
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
  }
}

export function withWarmup(schedule: Schedule, warm: number, startFactor: number): Schedule {
  return warm > 0 ? { name: 'warmup', steps: warm, startFactor, then: schedule } : schedule;
}

export interface Curve {
  name: BaseSchedule;
  schedule: Schedule;
  points: [number, number][];
}

/** Every base schedule as a curve over 0..total-1 (warm-up applied to all, so they compare fairly). */
export function scheduleCurves(state: ScheduleViewerState): Curve[] {
  const { warm } = effectiveSettings(state);
  return BASE_SCHEDULES.map((name) => {
    const schedule = withWarmup(baseSchedule(name, state, warm), warm, state.warmupFactor);
    validateSchedule(schedule);
    const points = Array.from({ length: state.totalSteps }, (_, e) => [e, scheduleAt(schedule, e, state.lr)] as [number, number]);
    return { name, schedule, points };
  });
}

export function readout(schedule: Schedule, step: number, baseLr: number): { lr: number; momentum: number | undefined } {
  return { lr: scheduleAt(schedule, step, baseLr), momentum: momentumAt(schedule, step) };
}
