/**
 * When a training run has diverged, and the sentence that says so. A loss that stops being a number always ends a
 * run; `divergeAbove` (TrainOptions) also ends it once the training loss passes a finite limit, because a loss of,
 * say, 1e4 means the weights blew up, and training on would only draw a flat, saturated model for ever.
 */
export interface TrainingDivergence {
  epoch: number;
  /** The training loss of that epoch (NaN, Infinity or above the limit). */
  loss: number;
  /** "diverged at epoch 12: loss grew to 3.2e4, above 10,000" or "diverged at epoch 3: loss became NaN". */
  message: string;
}

export function checkDivergeAbove(limit: number | undefined): void {
  if (limit !== undefined && !(Number.isFinite(limit) && limit > 0)) {
    throw new Error(`divergeAbove must be a finite number > 0 (got ${limit}) in training: leave it out to stop only on NaN or Infinity`);
  }
}

/** The divergence shown by an epoch's training loss, or undefined while it is finite and not above `limit`. */
export function divergenceAt(epoch: number, loss: number, limit: number | undefined): TrainingDivergence | undefined {
  if (Number.isNaN(loss)) return { epoch, loss, message: `diverged at epoch ${epoch}: loss became NaN` };
  if (!Number.isFinite(loss)) return { epoch, loss, message: `diverged at epoch ${epoch}: loss became ${loss > 0 ? 'Infinity' : '-Infinity'}` };
  if (limit === undefined || !(loss > limit)) return undefined;
  const grown = loss.toExponential(1).replace('e+', 'e');
  return { epoch, loss, message: `diverged at epoch ${epoch}: loss grew to ${grown}, above ${limit.toLocaleString('en')}` };
}
