/**
 * ReduceLROnPlateau (torch/optim/lr_scheduler.py): multiply the lr by `factor` once a metric (the validation loss,
 * say) has not improved for more than `patience` epochs. It depends on the metric history, so unlike the other
 * schedules it is not a function of the step: `createPlateauScheduler` returns a small stateful object, and the
 * training loop calls `step(validationLoss)` after each epoch, as PyTorch's `scheduler.step(val_loss)`.
 */

import { optionalNumber, requireNumber, requireOneOf } from './checks';

export type PlateauMode = 'min' | 'max';
export const PLATEAU_MODES: readonly PlateauMode[] = ['min', 'max'];
export type ThresholdMode = 'rel' | 'abs';
export const THRESHOLD_MODES: readonly ThresholdMode[] = ['rel', 'abs'];

export interface PlateauOptions {
  /** 'min': the metric should fall (a loss); 'max': it should rise (an accuracy). Default 'min'. */
  mode?: PlateauMode;
  /** new lr = lr * factor, in [0, 1). Default 0.1. */
  factor?: number;
  /** Epochs without improvement tolerated before a reduction. Default 10. */
  patience?: number;
  /** How much better than the best a metric must be to count. Default 1e-4. */
  threshold?: number;
  /** 'rel': better than best * (1 -/+ threshold); 'abs': better than best -/+ threshold. Default 'rel'. */
  thresholdMode?: ThresholdMode;
  /** Epochs after a reduction during which bad epochs are not counted. Default 0. */
  cooldown?: number;
  /** The lr never goes below this. Default 0. */
  minLr?: number;
  /** A reduction smaller than eps is skipped. Default 1e-8. */
  eps?: number;
}

export interface PlateauScheduler {
  /** The lr to use now (for the next epoch, once `step` has seen the last one's metric). */
  readonly lr: number;
  /** The best metric so far (Infinity / -Infinity before the first step). */
  readonly best: number;
  /** Epochs without improvement counted so far. */
  readonly badEpochs: number;
  /** Epochs of cooldown left. */
  readonly cooldownLeft: number;
  /** Feeds one epoch's metric and returns the lr for the next epoch. */
  step(metric: number): number;
}

/** Checks the options (and lr, when given); errors name the field and its range, as PyTorch's checks do. */
export function validatePlateauOptions(o: PlateauOptions & { lr?: number | undefined }): void {
  const desc = 'reduce-on-plateau';
  optionalNumber(desc, 'lr', o.lr, 'positive');
  requireOneOf(desc, 'mode', o.mode, PLATEAU_MODES);
  optionalNumber(desc, 'factor', o.factor, 'belowOne');
  optionalNumber(desc, 'patience', o.patience, 'nonNegative', true);
  optionalNumber(desc, 'threshold', o.threshold, 'nonNegative');
  requireOneOf(desc, 'thresholdMode', o.thresholdMode, THRESHOLD_MODES);
  optionalNumber(desc, 'cooldown', o.cooldown, 'nonNegative', true);
  optionalNumber(desc, 'minLr', o.minLr, 'nonNegative');
  optionalNumber(desc, 'eps', o.eps, 'nonNegative');
}

/** A ReduceLROnPlateau scheduler starting at `lr`; options default as in PyTorch and are checked here. */
export function createPlateauScheduler(options: PlateauOptions & { lr: number }): PlateauScheduler {
  requireNumber('reduce-on-plateau', 'lr', options.lr, 'positive');
  validatePlateauOptions(options);
  const mode = options.mode ?? 'min';
  const factor = options.factor ?? 0.1;
  const patience = options.patience ?? 10;
  const threshold = options.threshold ?? 1e-4;
  const thresholdMode = options.thresholdMode ?? 'rel';
  const cooldown = options.cooldown ?? 0;
  const minLr = options.minLr ?? 0;
  const eps = options.eps ?? 1e-8;
  let lr = options.lr;
  let best = mode === 'min' ? Infinity : -Infinity;
  let badEpochs = 0;
  let cooldownLeft = 0;

  // PyTorch's _is_better, term for term (a NaN metric is never better, so it counts as a bad epoch).
  const isBetter = (a: number): boolean => {
    if (mode === 'min') return thresholdMode === 'rel' ? a < best * (1 - threshold) : a < best - threshold;
    return thresholdMode === 'rel' ? a > best * (threshold + 1) : a > best + threshold;
  };

  return {
    get lr() {
      return lr;
    },
    get best() {
      return best;
    },
    get badEpochs() {
      return badEpochs;
    },
    get cooldownLeft() {
      return cooldownLeft;
    },
    step(metric: number): number {
      if (isBetter(metric)) {
        best = metric;
        badEpochs = 0;
      } else {
        badEpochs++;
      }
      if (cooldownLeft > 0) {
        cooldownLeft--;
        badEpochs = 0; // bad epochs during cooldown are ignored
      }
      if (badEpochs > patience) {
        const next = Math.max(lr * factor, minLr);
        if (lr - next > eps) lr = next;
        cooldownLeft = cooldown;
        badEpochs = 0;
      }
      return lr;
    },
  };
}
