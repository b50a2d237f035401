/**
 * The closed forms of PyTorch's step-indexed schedulers (torch/optim/lr_scheduler.py): the lr used during step e
 * (0-based) equals the scheduler's value at last_epoch = e. Pure functions of the step.
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
