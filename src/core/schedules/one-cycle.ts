/** OneCycleLR (torch/optim/lr_scheduler.py, cos anneal, two phases) and the momentum it cycles alongside. */

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

/** OneCycleLR: rises from lrMax/div to lrMax over pctStart of the steps, then anneals to the minimum. */
export function oneCycle(step: number, o: OneCycleOptions): number {
  const initial = o.lrMax / (o.divFactor ?? 25);
  return oneCyclePhase(step, o, initial, o.lrMax, initial / (o.finalDivFactor ?? 1e4));
}

/** The momentum OneCycleLR sets alongside oneCycle: maxMomentum -> baseMomentum -> maxMomentum. */
export function oneCycleMomentum(step: number, o: OneCycleOptions): number {
  const max = o.maxMomentum ?? 0.95;
  return oneCyclePhase(step, o, max, o.baseMomentum ?? 0.85, max);
}
