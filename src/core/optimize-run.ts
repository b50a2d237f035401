/**
 * What `optimizePlain` (optimize-plain.ts) and `optimize` (optimize-tensor.ts) share: the options they both
 * take, their checks, the per-step schedule values, and the loop that records the path. It stops at the first
 * non-finite loss or parameter and reports it in `diverged`, so returned arrays never hold NaN or Infinity.
 */
import type { OptimizerConfig } from './optimizers/config-types';
import type { StepOptions } from './optimizers/step-options';
import { momentumAt, scheduleAt, validateSchedule, type Schedule } from './schedules';

export interface Divergence {
  /** The step after which a value became non-finite (1-based; 0 means x0 itself). */
  step: number;
  reason: string;
  /** "diverged at step 12: loss became Infinity" */
  message: string;
}

/** `P` is a point: number[] for a vector start, number[][] (rows) for a matrix start. */
export interface OptimizeResult<P = number[]> {
  /** params[k] is the point after step k; params[0] is x0. */
  params: P[];
  /** losses[k] is the objective at params[k]. */
  losses: number[];
  /** Set when a run stopped early on a non-finite value. */
  diverged: Divergence | undefined;
}

export interface OptimizeRunOptions {
  optimizer: OptimizerConfig;
  x0: ArrayLike<number>;
  /** Optimizer steps to run (an L-BFGS step may hold several inner iterations). */
  steps: number;
  /** LR (and momentum) schedule; a missing lr / lrMax comes from optimizer.lr. */
  schedule?: Schedule | undefined;
}

/** Checks steps, x0 and the schedule once, before the loop (the optimizer config is checked when it is created). */
export function checkRunOptions(o: OptimizeRunOptions): void {
  if (!Number.isInteger(o.steps) || o.steps < 0) throw new Error(`steps must be an integer >= 0 (got ${o.steps}) in optimize`);
  if (o.x0.length < 1) throw new Error('x0 must hold at least one number in optimize');
  for (let i = 0; i < o.x0.length; i++) {
    if (!Number.isFinite(o.x0[i])) throw new Error(`x0[${i}] must be a finite number (got ${o.x0[i]}) in optimize`);
  }
  if (o.schedule !== undefined) validateSchedule(o.schedule);
}

/** The schedule's lr and momentum for step `stepIndex` (0-based), or no overrides without a schedule. */
export function stepOptionsAt(o: OptimizeRunOptions, baseLr: number, stepIndex: number): StepOptions {
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

/** The record loop of both halves: `advance` runs one step and returns the loss at the OLD point and the new point. */
export function recordRun(o: OptimizeRunOptions, lossAt: (x: number[]) => number, advance: (k: number) => { lossBefore: number; next: number[] }): OptimizeResult {
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
