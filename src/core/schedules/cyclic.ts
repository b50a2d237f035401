/**
 * CyclicLR (torch/optim/lr_scheduler.py; Smith 2017, arXiv 1506.01186): the lr runs between baseLr and maxLr in
 * triangles of stepSizeUp + stepSizeDown steps, the amplitude scaled per cycle (triangular2: halved each cycle) or per
 * step (exp_range: gamma^step). The momentum (beta1 for Adam-family) is cycled inversely, as PyTorch does by default.
 */

export type CyclicMode = 'triangular' | 'triangular2' | 'exp_range';
export const CYCLIC_MODES: readonly CyclicMode[] = ['triangular', 'triangular2', 'exp_range'];
export type CyclicScaleMode = 'cycle' | 'iterations';
export const CYCLIC_SCALE_MODES: readonly CyclicScaleMode[] = ['cycle', 'iterations'];

export interface CyclicOptions {
  /** Lower bound of the cycle (the lr at the start of each cycle). */
  baseLr: number;
  /** Upper bound; with triangular2 or exp_range it is reached only in the first cycle. */
  maxLr: number;
  /** Steps in the rising half. Default 2000 (PyTorch). */
  stepSizeUp?: number;
  /** Steps in the falling half. Default: stepSizeUp. */
  stepSizeDown?: number;
  /** Default 'triangular'. Ignored when scaleFn is given, as in PyTorch. */
  mode?: CyclicMode;
  /** exp_range's factor per step. Default 1. */
  gamma?: number;
  /**
   * A custom amplitude scale, 0 <= scaleFn(x) <= 1, replacing `mode`. A function does not survive JSON, so a
   * descriptor kept in a URL leaves it out.
   */
  scaleFn?: ((x: number) => number) | undefined;
  /** What scaleFn reads: the cycle number (1-based) or the step. Default 'cycle'; only used with scaleFn. */
  scaleMode?: CyclicScaleMode;
  /** Momentum range, cycled inversely to lr: maxMomentum at baseLr, baseMomentum at maxLr. Defaults 0.8 and 0.9. */
  baseMomentum?: number;
  maxMomentum?: number;
}

/** The scale applied to the amplitude at this step (PyTorch's scale_fn evaluated on cycle or step). */
function amplitudeScale(step: number, cycle: number, o: CyclicOptions): number {
  if (o.scaleFn !== undefined) return o.scaleFn((o.scaleMode ?? 'cycle') === 'cycle' ? cycle : step);
  switch (o.mode ?? 'triangular') {
    case 'triangular':
      return 1;
    case 'triangular2':
      return 1 / 2 ** (cycle - 1);
    case 'exp_range':
      return (o.gamma ?? 1) ** step;
  }
}

/** Where step e sits in its triangle (0 at the bottom, 1 at the peak) and the mode's amplitude scale there. */
function cyclePosition(step: number, o: CyclicOptions): { scaleFactor: number; scale: number } {
  const up = o.stepSizeUp ?? 2000;
  const totalSize = up + (o.stepSizeDown ?? up);
  const stepRatio = up / totalSize;
  // The same operations in the same order as PyTorch's get_lr, so float64 results agree to the last bit.
  const cycle = Math.floor(1 + step / totalSize);
  const x = 1 + step / totalSize - cycle;
  const scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
  return { scaleFactor, scale: amplitudeScale(step, cycle, o) };
}

/** CyclicLR's lr for step e (0-based): baseLr + (maxLr - baseLr) * triangle(e) * scale. */
export function cyclicLr(step: number, o: CyclicOptions): number {
  const { scaleFactor, scale } = cyclePosition(step, o);
  return o.baseLr + (o.maxLr - o.baseLr) * scaleFactor * scale;
}

/** The momentum CyclicLR sets for step e: maxMomentum - (maxMomentum - baseMomentum) * triangle(e) * scale. */
export function cyclicMomentum(step: number, o: CyclicOptions): number {
  const max = o.maxMomentum ?? 0.9;
  const { scaleFactor, scale } = cyclePosition(step, o);
  return max - (max - (o.baseMomentum ?? 0.8)) * scaleFactor * scale;
}
