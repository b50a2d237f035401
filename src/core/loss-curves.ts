/**
 * Losses of one example as plain numbers: what the loss explorer plots, with no tfjs, so the page can draw them
 * without loading it. They match the batch losses in `losses.ts` on a batch of one (tests/core/losses.test.ts).
 */

export const squaredErrorOf = (error: number): number => error * error;
export const absoluteErrorOf = (error: number): number => Math.abs(error);
export function huberOf(error: number, delta = 1): number {
  const a = Math.abs(error);
  return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
}
/** Binary cross-entropy of one logit z against a 0/1 label, stable for any z. */
export function binaryCrossEntropyOf(logit: number, label: number): number {
  return Math.max(logit, 0) - logit * label + Math.log1p(Math.exp(-Math.abs(logit)));
}
/** Softmax cross-entropy of a logit vector against a class index, via log-sum-exp. */
export function softmaxCrossEntropyOf(logits: readonly number[], label: number): number {
  const max = Math.max(...logits);
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - max);
  const zLabel = logits[label];
  if (zLabel === undefined) throw new Error(`label must be an index into logits (got ${label} for ${logits.length} logits)`);
  return max + Math.log(sum) - zLabel;
}
/** Hinge loss of one score against a label in {-1, +1}. */
export const hingeOf = (score: number, label: number): number => Math.max(0, 1 - label * score);

export const LOSS_NAMES = ['mse', 'mae', 'huber', 'bce', 'hinge'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

/**
 * One-variable curves for the loss explorer: loss as a function of the error (regression losses) or of the logit /
 * score with label 1 (classification losses).
 */
export function lossCurve(name: LossName, x: number, options: { delta?: number } = {}): number {
  switch (name) {
    case 'mse':
      return squaredErrorOf(x);
    case 'mae':
      return absoluteErrorOf(x);
    case 'huber':
      return huberOf(x, options.delta ?? 1);
    case 'bce':
      return binaryCrossEntropyOf(x, 1);
    case 'hinge':
      return hingeOf(x, 1);
  }
}
