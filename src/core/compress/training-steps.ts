/**
 * The small training loop shared by QAT, pruning fine-tune and distillation: full-batch steps of any core
 * TensorOptimizer on a flat parameter variable, with a hook after each update (where pruning re-applies its
 * masks). The loss is read back only every `readEvery` steps, since a read-back stalls the backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorOptimizer } from '../optimizers/tensor-optimizer';
import type { Objective } from '../optimizers/tensor-problem';
import { checkInteger } from './validate';

export interface RunStepsOptions {
  steps: number;
  /** Called after each optimizer update, with the 0-based step. */
  afterStep?: ((step: number) => void) | undefined;
  /** Called before each update, with the 0-based step (e.g. to recompute pruning masks). */
  beforeStep?: ((step: number) => void) | undefined;
  /** Record the loss every this many steps (and at the last step). Default 25. */
  readEvery?: number;
}

/** Losses recorded as [step, loss before that step's update]. */
export type LossHistory = [number, number][];

export function runSteps(
  optimizer: TensorOptimizer,
  params: tf.Variable<tf.Rank.R1>,
  objective: Objective,
  options: RunStepsOptions,
  where: string,
): LossHistory {
  const steps = checkInteger(options.steps, 'steps', 0, 10_000_000, where);
  const readEvery = checkInteger(options.readEvery ?? 25, 'readEvery', 1, 10_000_000, where);
  const history: LossHistory = [];
  for (let step = 0; step < steps; step++) {
    options.beforeStep?.(step);
    const loss = optimizer.step(params, objective);
    if (step % readEvery === 0 || step === steps - 1) history.push([step, loss.dataSync()[0]!]);
    loss.dispose();
    options.afterStep?.(step);
  }
  return history;
}
