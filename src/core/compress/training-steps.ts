/**
 * The small training loop shared by QAT, pruning fine-tune and distillation: full-batch steps of any core
 * TensorOptimizer on a flat parameter variable, with a hook after each update (where pruning re-applies its
 * masks). The loss is read back only every `readEvery` steps, since a read-back stalls the backend.
 * runStepsAsync is the same loop for the worker: it checks in with a JobControl after every step (progress, cancel).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { JobControl } from '../model/job-control';
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

function checkedOptions(options: RunStepsOptions, where: string): { steps: number; readEvery: number } {
  return { steps: checkInteger(options.steps, 'steps', 0, 10_000_000, where), readEvery: checkInteger(options.readEvery ?? 25, 'readEvery', 1, 10_000_000, where) };
}

/** One update; records the loss on read-back steps. */
function oneStep(optimizer: TensorOptimizer, params: tf.Variable<tf.Rank.R1>, objective: Objective, options: RunStepsOptions, step: number, last: number, readEvery: number, history: LossHistory): void {
  options.beforeStep?.(step);
  const loss = optimizer.step(params, objective);
  if (step % readEvery === 0 || step === last) history.push([step, loss.dataSync()[0]!]);
  loss.dispose();
  options.afterStep?.(step);
}

export function runSteps(
  optimizer: TensorOptimizer,
  params: tf.Variable<tf.Rank.R1>,
  objective: Objective,
  options: RunStepsOptions,
  where: string,
): LossHistory {
  const { steps, readEvery } = checkedOptions(options, where);
  const history: LossHistory = [];
  for (let step = 0; step < steps; step++) oneStep(optimizer, params, objective, options, step, steps - 1, readEvery, history);
  return history;
}

/** Where a loop reports to: `control` counts units over the whole job, this loop's steps start at `offset`. */
export interface StepControl {
  control: JobControl;
  offset: number;
}

/** runSteps with a checkpoint after every step; throws JobCancelled (tensors freed: loss disposed each step). */
export async function runStepsAsync(
  optimizer: TensorOptimizer,
  params: tf.Variable<tf.Rank.R1>,
  objective: Objective,
  options: RunStepsOptions,
  where: string,
  { control, offset }: StepControl,
): Promise<LossHistory> {
  const { steps, readEvery } = checkedOptions(options, where);
  const history: LossHistory = [];
  control.throwIfCancelled();
  for (let step = 0; step < steps; step++) {
    oneStep(optimizer, params, objective, options, step, steps - 1, readEvery, history);
    await control.checkpoint(offset + step + 1);
  }
  return history;
}
