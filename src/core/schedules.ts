/**
 * Learning-rate schedules as pure functions of the step index e (0-based): the lr used during step e equals PyTorch's
 * closed form at last_epoch = e (torch/optim/lr_scheduler.py). `Schedule` descriptors are plain JSON so demos can
 * keep them in URLs; `scheduleAt(desc, e, baseLr)` evaluates one, filling a missing lr / lrMax from baseLr.
 */

/** StepLR: lr * gamma^floor(e / stepSize). */
export function stepDecay(step: number, o: { lr: number; stepSize: number; gamma?: number }): number {
  return o.lr * (o.gamma ?? 0.1) ** Math.floor(step / o.stepSize);
}

/** ExponentialLR: lr * gamma^e. */
export function exponentialDecay(step: number, o: { lr: number; gamma: number }): number {
  return o.lr * o.gamma ** step;
}

/** CosineAnnealingLR: lrMin + (lrMax - lrMin)(1 + cos(pi e / period)) / 2; keeps oscillating past the period, as PyTorch. */
export function cosineAnnealing(step: number, o: { lrMax: number; lrMin?: number; period: number }): number {
  const lrMin = o.lrMin ?? 0;
  return lrMin + ((o.lrMax - lrMin) * (1 + Math.cos((Math.PI * step) / o.period))) / 2;
}

/** CosineAnnealingWarmRestarts (SGDR): restarts after T0, then T0*Tmult, T0*Tmult^2, ... steps. */
export function cosineWarmRestarts(step: number, o: { lrMax: number; lrMin?: number; t0: number; tMult?: number }): number {
  const tMult = o.tMult ?? 1;
  let tCur = step;
  let tI = o.t0;
  while (tCur >= tI) {
    tCur -= tI;
    tI *= tMult;
  }
  const lrMin = o.lrMin ?? 0;
  return lrMin + ((o.lrMax - lrMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
}

/** LinearLR: lr * (startFactor + (endFactor - startFactor) * min(totalIters, e) / totalIters). Defaults 1/3, 1, 5. */
export function linearRamp(step: number, o: { lr: number; startFactor?: number; endFactor?: number; totalIters?: number }): number {
  const s = o.startFactor ?? 1 / 3;
  const end = o.endFactor ?? 1;
  const total = o.totalIters ?? 5;
  return o.lr * (s + ((end - s) * Math.min(total, step)) / total);
}

export interface OneCycleOptions {
  lrMax: number;
  totalSteps: number;
  /** Fraction of steps spent rising. Default 0.3. */
  pctStart?: number;
  /** initial lr = lrMax / divFactor. Default 25. */
  divFactor?: number;
  /** min lr = initial / finalDivFactor. Default 1e4. */
  finalDivFactor?: number;
  /** Momentum (or Adam beta1) range, cycled inversely to lr. Defaults 0.85 and 0.95. */
  baseMomentum?: number;
  maxMomentum?: number;
}

const annealCos = (start: number, end: number, pct: number): number => end + ((start - end) / 2) * (1 + Math.cos(Math.PI * pct));

function oneCyclePhase(step: number, o: OneCycleOptions, low: number, high: number, lowEnd: number): number {
  const pctStart = o.pctStart ?? 0.3;
  const phase1End = pctStart * o.totalSteps - 1;
  const phase2End = o.totalSteps - 1;
  if (step <= phase1End) return annealCos(low, high, step / phase1End);
  return annealCos(high, lowEnd, (step - phase1End) / (phase2End - phase1End));
}

/** OneCycleLR (cos anneal, two phases): rises from lrMax/div to lrMax over pctStart of the steps, then anneals to the minimum. */
export function oneCycle(step: number, o: OneCycleOptions): number {
  const initial = o.lrMax / (o.divFactor ?? 25);
  return oneCyclePhase(step, o, initial, o.lrMax, initial / (o.finalDivFactor ?? 1e4));
}

/** The momentum OneCycleLR sets alongside oneCycle: maxMomentum -> baseMomentum -> maxMomentum. */
export function oneCycleMomentum(step: number, o: OneCycleOptions): number {
  const max = o.maxMomentum ?? 0.95;
  return oneCyclePhase(step, o, max, o.baseMomentum ?? 0.85, max);
}

/** Serialisable schedule descriptors. lr / lrMax may be omitted and then come from the optimizer's lr. */
export type Schedule =
  | { name: 'constant'; lr?: number }
  | { name: 'step'; lr?: number; stepSize: number; gamma?: number }
  | { name: 'exponential'; lr?: number; gamma: number }
  | { name: 'cosine'; lrMax?: number; lrMin?: number; period: number }
  | { name: 'sgdr'; lrMax?: number; lrMin?: number; t0: number; tMult?: number }
  | { name: 'linear'; lr?: number; startFactor?: number; endFactor?: number; totalIters?: number }
  | ({ name: 'one-cycle'; lrMax?: number; cycleMomentum?: boolean } & Omit<OneCycleOptions, 'lrMax'>)
  /** Linear warm-up from startFactor * (the next schedule's first lr) over `steps`, then `then` shifted by `steps`. */
  | { name: 'warmup'; steps: number; startFactor?: number; then: Schedule };

export const SCHEDULE_NAMES = ['constant', 'step', 'exponential', 'cosine', 'sgdr', 'linear', 'one-cycle', 'warmup'] as const;

function requirePositive(desc: string, field: string, value: number | undefined, integer = false): void {
  if (value === undefined || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${field} must be a finite ${integer ? 'integer' : 'number'} > 0 (got ${String(value)}) in schedule "${desc}"`);
  }
}

/** Checks a descriptor once, before a loop; throws an Error naming the field and schedule. */
export function validateSchedule(s: Schedule): void {
  if (!SCHEDULE_NAMES.includes(s.name)) throw new Error(`unknown schedule "${String(s.name)}"; valid names: ${SCHEDULE_NAMES.join(', ')}`);
  const lrField = 'lr' in s ? s.lr : 'lrMax' in s ? s.lrMax : undefined;
  if (lrField !== undefined) requirePositive(s.name, 'lr' in s ? 'lr' : 'lrMax', lrField);
  if (s.name === 'step') requirePositive(s.name, 'stepSize', s.stepSize, true);
  if (s.name === 'exponential') requirePositive(s.name, 'gamma', s.gamma);
  if (s.name === 'cosine') requirePositive(s.name, 'period', s.period);
  if (s.name === 'sgdr') requirePositive(s.name, 't0', s.t0, true);
  if (s.name === 'one-cycle') requirePositive(s.name, 'totalSteps', s.totalSteps, true);
  if (s.name === 'warmup') {
    requirePositive(s.name, 'steps', s.steps, true);
    validateSchedule(s.then);
  }
}

/** The lr for step e (0-based) of a schedule; baseLr fills a missing lr / lrMax. */
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
  }
}

/** The momentum override for step e, or undefined when the schedule does not cycle momentum (only one-cycle does). */
export function momentumAt(s: Schedule, step: number): number | undefined {
  if (s.name === 'one-cycle' && s.cycleMomentum !== false) return oneCycleMomentum(step, { ...s, lrMax: s.lrMax ?? 1 });
  if (s.name === 'warmup' && step >= s.steps) return momentumAt(s.then, step - s.steps);
  return undefined;
}
