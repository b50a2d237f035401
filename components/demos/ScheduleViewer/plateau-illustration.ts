/**
 * reduce-on-plateau drawn over the steps: it follows a loss, not the step, so the viewer feeds the core's
 * createPlateauScheduler an illustrative loss, one value per step (each step stands for an epoch). The toy loss
 * falls towards a floor that rises with the lr (a larger lr leaves more noise, as with SGD), plus a small
 * deterministic jitter: it stops improving at each floor, the scheduler cuts the lr, and it falls again. Pure.
 */
import { createPlateauScheduler } from '../../../src/core/plain';

export interface PlateauRun {
  /** The lr the scheduler sets for each step. */
  lr: number[];
  /** The illustrative loss measured after each step (what the scheduler reads). */
  loss: number[];
}

/** Share of the distance to the floor the toy loss closes per step. */
const APPROACH = 0.35;

/** The floor the toy loss settles on at lr, relative to the starting lr: 0.25 at the start. */
export function lossFloor(lr: number, lr0: number): number {
  return 0.05 + 0.2 * (lr / lr0);
}

/**
 * Deterministic jitter in [0, 1), periodic with period 5 (0, 0.75, 0.5, 0.25, 1 x ...), so the same settings always
 * draw the same curve and the jitter alone never makes a new best loss.
 */
function jitter(step: number): number {
  return ((step * 3) % 5) / 4;
}

export function plateauRun(o: { lr: number; totalSteps: number; patience: number; factor: number; minLr?: number }): PlateauRun {
  const scheduler = createPlateauScheduler({ lr: o.lr, patience: o.patience, factor: o.factor, minLr: o.minLr ?? 0 });
  const lr: number[] = [];
  const loss: number[] = [];
  let level = 1;
  for (let e = 0; e < o.totalSteps; e++) {
    const now = scheduler.lr;
    lr.push(now);
    const floor = lossFloor(now, o.lr);
    level = floor + (level - floor) * (1 - APPROACH);
    const measured = level * (1 + 0.01 * jitter(e));
    loss.push(measured);
    scheduler.step(measured);
  }
  return { lr, loss };
}
