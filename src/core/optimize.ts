/**
 * `optimize` runs an optimizer on a tfjs objective from x0 for a number of steps and records the path;
 * `optimizePlain` does the same on plain-number functions (no tfjs) for the 2-D demos. Both stop at the first
 * non-finite loss or parameter and report it in `diverged`, so returned arrays never hold NaN or Infinity.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createOptimizer, createPlainOptimizer } from './optimizers/create-optimizer';
import type { OptimizerConfig } from './optimizers/registry';
import type { Objective, PlainOptimizer, PlainProblem, StepOptions, TensorOptimizer } from './optimizers/types';
import { momentumAt, scheduleAt, validateSchedule, type Schedule } from './schedules';

export interface Divergence {
  /** The step after which a value became non-finite (1-based; 0 means x0 itself). */
  step: number;
  reason: string;
  /** "diverged at step 12: loss became Infinity" */
  message: string;
}

export interface OptimizeResult {
  /** params[k] is the point after step k; params[0] is x0. */
  params: number[][];
  /** losses[k] is the objective at params[k]. */
  losses: number[];
  /** Set when a run stopped early on a non-finite value. */
  diverged: Divergence | undefined;
}

interface Common {
  optimizer: OptimizerConfig;
  x0: ArrayLike<number>;
  /** Optimizer steps to run (an L-BFGS step may hold several inner iterations). */
  steps: number;
  /** LR (and momentum) schedule; a missing lr / lrMax comes from optimizer.lr. */
  schedule?: Schedule | undefined;
}

export interface OptimizeOptions extends Common {
  /** Maps a 1-D parameter tensor to a scalar loss. */
  objective: Objective;
}

export interface OptimizePlainOptions extends Common {
  problem: PlainProblem;
}

function checkCommon(o: Common): void {
  if (!Number.isInteger(o.steps) || o.steps < 0) throw new Error(`steps must be an integer >= 0 (got ${o.steps}) in optimize`);
  if (o.x0.length < 1) throw new Error('x0 must hold at least one number in optimize');
  for (let i = 0; i < o.x0.length; i++) {
    if (!Number.isFinite(o.x0[i])) throw new Error(`x0[${i}] must be a finite number (got ${o.x0[i]}) in optimize`);
  }
  if (o.schedule !== undefined) validateSchedule(o.schedule);
}

function stepOptions(o: Common, baseLr: number, stepIndex: number): StepOptions {
  if (o.schedule === undefined) return {};
  return { lr: scheduleAt(o.schedule, stepIndex, baseLr), momentum: momentumAt(o.schedule, stepIndex) };
}

function describe(value: number): string {
  return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

/** The first non-finite value among loss and params, described for a person. */
function nonFinite(loss: number, params: ArrayLike<number>): string | undefined {
  for (let i = 0; i < params.length; i++) if (!Number.isFinite(params[i])) return `parameter ${i} became ${describe(params[i]!)}`;
  if (!Number.isFinite(loss)) return `loss became ${describe(loss)}`;
  return undefined;
}

/** The record loop shared by both paths: `advance` runs one step and returns the loss at the OLD point and the new point. */
function record(o: Common, lossAt: (x: number[]) => number, advance: (k: number) => { lossBefore: number; next: number[] }): OptimizeResult {
  const params: number[][] = [];
  const losses: number[] = [];
  let current = Array.from(o.x0);
  let diverged: Divergence | undefined;
  for (let k = 0; k < o.steps; k++) {
    const { lossBefore, next } = advance(k);
    const reason = nonFinite(lossBefore, current);
    if (reason !== undefined) {
      diverged = { step: k, reason, message: `diverged at step ${k}: ${reason}` };
      break;
    }
    params.push(current);
    losses.push(lossBefore);
    current = next;
  }
  if (diverged === undefined) {
    const finalLoss = lossAt(current);
    const reason = nonFinite(finalLoss, current);
    if (reason !== undefined) {
      diverged = { step: o.steps, reason, message: `diverged at step ${o.steps}: ${reason}` };
    } else {
      params.push(current);
      losses.push(finalLoss);
    }
  }
  return { params, losses, diverged };
}

/** Minimises a tfjs objective; leaves no tensors behind. */
export function optimize(options: OptimizeOptions): OptimizeResult {
  checkCommon(options);
  const optimizer: TensorOptimizer = createOptimizer(options.optimizer);
  const params = tf.tidy(() => tf.variable(tf.tensor1d(Float32Array.from(Array.from(options.x0))), true));
  const baseLr = optimizer.config.lr as number;
  try {
    return record(
      options,
      (x) => tf.tidy(() => options.objective(tf.tensor1d(x)).dataSync()[0]!),
      (k) => {
        const loss = optimizer.step(params, options.objective, stepOptions(options, baseLr, k));
        const lossBefore = loss.dataSync()[0]!;
        loss.dispose();
        return { lossBefore, next: Array.from(params.dataSync()) };
      },
    );
  } finally {
    optimizer.dispose();
    params.dispose();
  }
}

/** Minimises plain-number functions (Float64, no tfjs) with the same update rules. */
export function optimizePlain(options: OptimizePlainOptions): OptimizeResult {
  checkCommon(options);
  const optimizer: PlainOptimizer = createPlainOptimizer(options.optimizer);
  const baseLr = optimizer.config.lr as number;
  let x: Float64Array = Float64Array.from(Array.from(options.x0));
  return record(
    options,
    (p) => options.problem.f(Float64Array.from(p)),
    (k) => {
      const out = optimizer.step(x, options.problem, stepOptions(options, baseLr, k));
      x = out.x;
      return { lossBefore: out.loss, next: Array.from(x) };
    },
  );
}
