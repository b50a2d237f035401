/**
 * Warmup-stable-decay (WSD; Hägele et al. 2024, arXiv 2405.18392, "Scaling Laws and Compute-Optimal Training Beyond
 * Fixed Training Durations"): a linear warm-up, a long constant phase at lrMax, then a cool-down over the last
 * decayFraction of the run. The formula follows Hugging Face transformers' get_wsd_schedule
 * (src/transformers/optimization.py, _get_wsd_scheduler_lambda, linear warm-up, num_cycles 0.5), with
 * min_lr_ratio = lrMin / lrMax: the warm-up starts at lrMin and the decay ends there. The paper's best cool-down is
 * 1-sqrt, so that is the default shape here (transformers defaults to cosine).
 */

export type DecayShape = 'linear' | 'cosine' | '1-sqrt';
export const DECAY_SHAPES: readonly DecayShape[] = ['linear', 'cosine', '1-sqrt'];

export interface WarmupStableDecayOptions {
  /** The stable (peak) lr. */
  lrMax: number;
  /** Where the warm-up starts and the decay ends. Default 0. */
  lrMin?: number;
  /** Steps of linear warm-up from lrMin to lrMax. */
  warmupSteps: number;
  /** Length of the whole run; after it the lr stays at lrMin. */
  totalSteps: number;
  /** Fraction of totalSteps spent decaying, at the end of the run. Default 0.2 (the paper's 20 % cool-down). */
  decayFraction?: number;
  /** Default '1-sqrt'. */
  decayShape?: DecayShape;
}

/** Decay steps: decayFraction of the run, rounded to the nearest step (0.29 * 100 is 28.999... in floats). */
export function wsdDecaySteps(o: Pick<WarmupStableDecayOptions, 'totalSteps' | 'decayFraction'>): number {
  return Math.round((o.decayFraction ?? 0.2) * o.totalSteps);
}

function decayFactor(shape: DecayShape, progress: number): number {
  switch (shape) {
    case 'linear':
      return 1 - progress;
    case 'cosine':
      return 0.5 * (1 + Math.cos(Math.PI * 0.5 * 2 * progress));
    case '1-sqrt':
      return 1 - Math.sqrt(progress);
  }
}

/** The WSD lr for step e (0-based): lrMax times transformers' lambda. */
export function warmupStableDecay(step: number, o: WarmupStableDecayOptions): number {
  const ratio = (o.lrMin ?? 0) / o.lrMax;
  const decaySteps = wsdDecaySteps(o);
  const stableSteps = o.totalSteps - o.warmupSteps - decaySteps;
  let factor: number;
  if (step < o.warmupSteps) {
    factor = Math.max(0, (step / Math.max(1, o.warmupSteps)) * (1 - ratio) + ratio);
  } else if (step < o.warmupSteps + stableSteps) {
    factor = 1;
  } else if (step < o.warmupSteps + stableSteps + decaySteps) {
    const progress = (step - o.warmupSteps - stableSteps) / Math.max(1, decaySteps);
    factor = Math.max(0, decayFactor(o.decayShape ?? '1-sqrt', progress) * (1 - ratio) + ratio);
  } else {
    factor = ratio;
  }
  return o.lrMax * factor;
}
