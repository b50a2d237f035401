/**
 * What schedule-free SGD and AdamW share (Defazio et al. 2024, arXiv 2405.15682; the authors' package
 * facebookresearch/schedule_free, schedulefree/sgd_schedulefree.py and adamw_schedulefree.py): three sequences, z (the
 * base SGD / Adam iterate), x (a weighted average of the z's, the point the reference evaluates with in eval() mode)
 * and y = (1-beta) z + beta x (where gradients are taken, the model's weights in train() mode). Like the reference, the
 * rule keeps y as params and z as state, and never stores x: evalParams recovers it as x = y + (1 - 1/beta)(z - y).
 *
 * Per step k (0-based): lr_k = lr * min(1, (k+1)/warmupSteps); lrMax = max(lrMax, lr_k);
 *   weight = (k+1)^r * lrMax^weightLrPower; ckp1 = weight / (sum of weights so far) (0 if that sum is 0)
 *   y <- lerp(y, z, ckp1) + lr_k (beta (1-ckp1) - 1) d;  z <- z - lr_k d   (d: the gradient, Adam-normalised for AdamW)
 * A schedule's lr replaces `lr` (the warmup still applies on top); a schedule's momentum is ignored, since beta also
 * defines where x lies.
 */
import type { VectorOps } from './vector-ops';

/** The scalars of the running average, carried in the rule's state as plain numbers. */
export interface AverageState {
  /** Sum of the averaging weights so far. */
  weightSum: number;
  /** Largest scheduled lr so far (-1 before the first step, as in the reference). */
  lrMax: number;
}

export interface AverageConfig {
  warmupSteps: number;
  r: number;
  weightLrPower: number;
}

export const INITIAL_AVERAGE: AverageState = { weightSum: 0, lrMax: -1 };

/** The scheduled lr of step k (0-based) and the interpolation weight ckp1 it gives x. */
export function averageStep(config: AverageConfig, average: AverageState, k: number, lr: number): { lr: number; ckp1: number; average: AverageState } {
  const sched = k < config.warmupSteps ? (k + 1) / config.warmupSteps : 1;
  const scheduled = lr * sched;
  const lrMax = Math.max(scheduled, average.lrMax);
  const weight = (k + 1) ** config.r * lrMax ** config.weightLrPower;
  const weightSum = average.weightSum + weight;
  return { lr: scheduled, ckp1: weightSum === 0 ? 0 : weight / weightSum, average: { weightSum, lrMax } };
}

/** The y and z updates shared by both schedule-free methods, for a direction d. */
export function scheduleFreeMove<V, S>(ops: VectorOps<V, S>, y: V, z: V, d: V, lr: number, ckp1: number, beta: number): { y: V; z: V } {
  const towardZ = ops.add(y, ops.scale(ops.sub(z, y), ckp1));
  return { y: ops.add(towardZ, ops.scale(d, lr * (beta * (1 - ckp1) - 1))), z: ops.sub(z, ops.scale(d, lr)) };
}

/** x from y and z: the reference's eval(), p.lerp_(z, 1 - 1/beta). */
export function scheduleFreeEvalPoint<V, S>(ops: VectorOps<V, S>, y: V, z: V, beta: number): V {
  return ops.add(y, ops.scale(ops.sub(z, y), 1 - 1 / beta));
}
