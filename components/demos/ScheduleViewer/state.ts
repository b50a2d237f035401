/**
 * The schedule viewer's state (URL keys sv.*), its defaults from the entry's `schedule` prop, and the props check.
 * Pure; tested in tests/components/demos/schedule-viewer/.
 */
import { z } from 'zod';
import { SCHEDULES } from '../../mdx/demo-props';
import { urlBoolean, urlEnum, urlNumber } from '../shared/url-state';

/** The base schedules; warm-up composes with any of them (sv.warm > 0). */
export const BASE_SCHEDULES = ['constant', 'step', 'exponential', 'cosine', 'sgdr', 'linear', 'one-cycle'] as const;
export type BaseSchedule = (typeof BASE_SCHEDULES)[number];
export const URL_PREFIX = 'sv';
export const MAX_STEPS = 2000;

export const ScheduleViewerStateSchema = z.object({
  /** The highlighted schedule. */
  s: urlEnum(BASE_SCHEDULES),
  /** Peak / base learning rate. */
  lr: urlNumber({ min: 1e-6, max: 10 }),
  /** Total training steps plotted. */
  total: urlNumber({ integer: true, min: 10, max: MAX_STEPS }),
  /** Linear warm-up steps (0 = none) and the factor it starts from. */
  warm: urlNumber({ integer: true, min: 0, max: MAX_STEPS }),
  wf: urlNumber({ min: 0, max: 1 }),
  /** StepLR: step size and gamma. */
  size: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  gamma: urlNumber({ min: 0.01, max: 1 }),
  /** ExponentialLR gamma. */
  decay: urlNumber({ min: 0.5, max: 1 }),
  /** Cosine / SGDR floor as a fraction of lr. */
  minf: urlNumber({ min: 0, max: 1 }),
  /** SGDR first period and period multiplier. */
  t0: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  tmult: urlNumber({ integer: true, min: 1, max: 4 }),
  /** LinearLR start factor and length. */
  lsf: urlNumber({ min: 0.01, max: 1 }),
  lit: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  /** One-cycle: fraction rising, initial and final divisors. */
  pct: urlNumber({ min: 0.05, max: 0.95 }),
  div: urlNumber({ min: 1, max: 1000 }),
  fdiv: urlNumber({ min: 1, max: 1e6 }),
  /** Log-scale y axis. */
  log: urlBoolean(),
  /** The step whose lr is read out. */
  at: urlNumber({ integer: true, min: 0, max: MAX_STEPS }),
});

export type ScheduleViewerState = z.output<typeof ScheduleViewerStateSchema>;

export const ScheduleViewerPropsSchema = z.object({ schedule: z.enum(SCHEDULES).default('warmup-cosine') });
export type ScheduleViewerProps = z.input<typeof ScheduleViewerPropsSchema>;

export function parseScheduleViewerProps(props: unknown): z.output<typeof ScheduleViewerPropsSchema> {
  const result = ScheduleViewerPropsSchema.safeParse(props);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`<ScheduleViewer>: prop "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
}

export function defaultState(schedule: (typeof SCHEDULES)[number]): ScheduleViewerState {
  const warmupCosine = schedule === 'warmup-cosine';
  return {
    s: warmupCosine ? 'cosine' : schedule,
    lr: 0.1,
    total: 100,
    warm: warmupCosine ? 10 : 0,
    wf: 0.1,
    size: 30,
    gamma: 0.1,
    decay: 0.97,
    minf: 0,
    t0: 20,
    tmult: 2,
    lsf: 1 / 3,
    lit: 50,
    pct: 0.3,
    div: 25,
    fdiv: 1e4,
    log: false,
    at: 0,
  };
}
