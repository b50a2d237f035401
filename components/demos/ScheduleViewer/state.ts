/**
 * The schedule viewer's state (URL keys sv.*, short keys mapped to full names) and its defaults from the entry's
 * parsed `schedule` prop. Pure; tested in tests/components/demos/ScheduleViewer/.
 */
import type { SchedulePreset } from '../shared/schedule-presets';
import { DECAY_SHAPES } from '../../../src/core/plain';
import { urlBoolean, urlEnum, urlField, urlNumber, urlObject, type UrlState } from '../shared/url-state';
import { BASE_SCHEDULES } from './base-schedules';

export const MAX_STEPS = 2000;

export const ScheduleViewerStateSchema = urlObject({
  /** The highlighted schedule. */
  schedule: urlField('s', urlEnum(BASE_SCHEDULES)),
  /** Peak / base learning rate. */
  lr: urlNumber({ min: 1e-6, max: 10 }),
  /** Total training steps plotted. */
  totalSteps: urlField('total', urlNumber({ integer: true, min: 10, max: MAX_STEPS })),
  /** Linear warm-up steps (0 = none) and the factor it starts from. */
  warmupSteps: urlField('warm', urlNumber({ integer: true, min: 0, max: MAX_STEPS })),
  warmupFactor: urlField('wf', urlNumber({ min: 0, max: 1 })),
  /** StepLR: step size and gamma. */
  stepSize: urlField('size', urlNumber({ integer: true, min: 1, max: MAX_STEPS })),
  gamma: urlNumber({ min: 0.01, max: 1 }),
  /** ExponentialLR gamma. */
  decay: urlNumber({ min: 0.5, max: 1 }),
  /** Cosine / SGDR floor as a fraction of lr. */
  minFactor: urlField('minf', urlNumber({ min: 0, max: 1 })),
  /** SGDR first period and period multiplier. */
  t0: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  tMult: urlField('tmult', urlNumber({ integer: true, min: 1, max: 4 })),
  /** LinearLR start factor and length. */
  linearStartFactor: urlField('lsf', urlNumber({ min: 0.01, max: 1 })),
  linearSteps: urlField('lit', urlNumber({ integer: true, min: 1, max: MAX_STEPS })),
  /** One-cycle: fraction rising, initial and final divisors. */
  pctStart: urlField('pct', urlNumber({ min: 0.05, max: 0.95 })),
  divFactor: urlField('div', urlNumber({ min: 1, max: 1000 })),
  finalDivFactor: urlField('fdiv', urlNumber({ min: 1, max: 1e6 })),
  /** CyclicLR: steps of the rising half (the falling half is as long) and its floor base_lr as a fraction of lr. */
  cycleSteps: urlField('up', urlNumber({ integer: true, min: 1, max: MAX_STEPS })),
  cycleBase: urlField('cb', urlNumber({ min: 0.01, max: 1 })),
  /** WSD: share of the run spent decaying and the decay's shape; its warm-up is warmupSteps. */
  decayFraction: urlField('df', urlNumber({ min: 0, max: 1 })),
  decayShape: urlField('shape', urlEnum(DECAY_SHAPES)),
  /** ReduceLROnPlateau: epochs without improvement tolerated, and the factor per reduction. */
  patience: urlField('pat', urlNumber({ integer: true, min: 0, max: MAX_STEPS })),
  plateauFactor: urlField('pf', urlNumber({ min: 0.01, max: 0.99 })),
  /** Log-scale y axis. */
  logScale: urlField('log', urlBoolean()),
  /** The step whose lr is read out. */
  readoutStep: urlField('at', urlNumber({ integer: true, min: 0, max: MAX_STEPS })),
});

export type ScheduleViewerState = UrlState<typeof ScheduleViewerStateSchema.shape>;

export function defaultState(schedule: SchedulePreset): ScheduleViewerState {
  const warmupCosine = schedule === 'warmup-cosine';
  return {
    schedule: warmupCosine ? 'cosine' : schedule,
    lr: 0.1,
    totalSteps: 100,
    // WSD's own warm-up is this field: 10 % of the run, as the warm-up cosine.
    warmupSteps: warmupCosine || schedule === 'warmup-stable-decay' ? 10 : 0,
    warmupFactor: 0.1,
    stepSize: 30,
    gamma: 0.1,
    decay: 0.97,
    minFactor: 0,
    t0: 20,
    tMult: 2,
    linearStartFactor: 1 / 3,
    linearSteps: 50,
    pctStart: 0.3,
    divFactor: 25,
    finalDivFactor: 1e4,
    cycleSteps: 10,
    cycleBase: 0.1,
    decayFraction: 0.2,
    decayShape: '1-sqrt',
    patience: 10,
    plateauFactor: 0.5,
    logScale: false,
    readoutStep: 0,
  };
}
