/**
 * Hyper-parameter sweeps on the 2-D test functions, plain float64 (no tfjs): one run per optimizer config with the
 * same start, step budget and (seeded) gradient noise, measured by its final loss and by the steps it took to get
 * within a tolerance of the minimum. The optimizer playground's sweep worker (worker/sweep-worker.ts) and
 * `npm run bench` both call `runSweep`, so the bench times the worker's code path. A run here is the run the page
 * replays with optimizePlain: the same config, start, budget and noise seed give the same path.
 */
import { withGradientNoise, type GradientNoiseOptions } from './gradient-noise';
import { createPlainOptimizer } from './optimizers/plain-optimizer';
import type { OptimizerConfig } from './optimizers/config-types';
import { getPlainTestFunction, plainProblem, type PlainTestFunction } from './plain-functions';

export interface SweepSpec {
  /** A test function name (plain-functions.ts). */
  testFunction: string;
  x0: [number, number];
  /** Equal step budget for every run. */
  steps: number;
  /** One config per cell, row-major: a row per value of the second hyper-parameter, a column per learning rate. */
  configs: OptimizerConfig[];
  /** Seeded gradient noise, the same draws in every cell; absent or sigma 0 for exact gradients. */
  noise?: GradientNoiseOptions | undefined;
  /** A run has converged at the first step where f - f* <= tolerance (functions with a known minimum only). */
  tolerance: number;
}

export interface SweepCellResult {
  /** f at the end of the run; Infinity when it diverged. */
  finalLoss: number;
  /** The first step k with f(x_k) - f* <= tolerance; null if never (or the function has no known minimum). */
  stepsToTolerance: number | null;
  /** The run hit a non-finite loss or parameter, or left the plot by more than ESCAPE_FACTOR view widths. */
  diverged: boolean;
}

/** How far from the view's centre (in view widths) a run may go before it counts as diverged; the playground's rule too. */
export const ESCAPE_FACTOR = 10;

/** n values from min to max, evenly spaced in log10 (n >= 2, 0 < min < max). */
export function logSpace(min: number, max: number, n: number): number[] {
  if (!(min > 0 && max > min && Number.isFinite(max))) throw new Error(`logSpace needs 0 < min < max (got ${min}, ${max}); pick a positive range`);
  if (!Number.isInteger(n) || n < 2) throw new Error(`n must be an integer >= 2 (got ${n}) in logSpace`);
  const a = Math.log10(min);
  const b = Math.log10(max);
  return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

/** n values from min to max, evenly spaced (n >= 2). */
export function linSpace(min: number, max: number, n: number): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) throw new Error(`linSpace needs finite min < max (got ${min}, ${max})`);
  if (!Number.isInteger(n) || n < 2) throw new Error(`n must be an integer >= 2 (got ${n}) in linSpace`);
  return Array.from({ length: n }, (_, i) => min + ((max - min) * i) / (n - 1));
}

function checkSpec(spec: SweepSpec): void {
  if (!Number.isInteger(spec.steps) || spec.steps < 1) throw new Error(`steps must be an integer >= 1 (got ${spec.steps}) in sweep`);
  if (!(spec.tolerance >= 0)) throw new Error(`tolerance must be a number >= 0 (got ${spec.tolerance}) in sweep`);
  if (!spec.x0.every(Number.isFinite)) throw new Error(`x0 must be two finite numbers (got ${spec.x0.join(', ')}) in sweep`);
}

/** One run of the sweep: the same loop as optimizePlain without recording the path. */
export function sweepCell(fn: PlainTestFunction, config: OptimizerConfig, spec: Omit<SweepSpec, 'configs' | 'testFunction'>): SweepCellResult {
  const optimizer = createPlainOptimizer(config);
  const clean = plainProblem(fn);
  const problem = spec.noise === undefined ? clean : withGradientNoise(clean, spec.noise);
  const target = fn.fMin === undefined ? undefined : fn.fMin + spec.tolerance;
  let x: Float64Array = Float64Array.of(spec.x0[0], spec.x0[1]);
  const { xMin, xMax, yMin, yMax } = fn.view;
  const [cx, cy, w, h] = [(xMin + xMax) / 2, (yMin + yMax) / 2, (xMax - xMin) * ESCAPE_FACTOR, (yMax - yMin) * ESCAPE_FACTOR];
  let stepsToTolerance: number | null = null;
  for (let k = 0; k < spec.steps; k++) {
    const out = optimizer.step(x, problem);
    if (!Number.isFinite(out.loss) || Math.abs(x[0]! - cx) > w || Math.abs(x[1]! - cy) > h) return { finalLoss: Infinity, stepsToTolerance, diverged: true };
    if (stepsToTolerance === null && target !== undefined && out.loss <= target) stepsToTolerance = k;
    x = out.x;
  }
  const finalLoss = problem.f(x);
  if (!Number.isFinite(finalLoss) || !(Math.abs(x[0]! - cx) <= w && Math.abs(x[1]! - cy) <= h)) return { finalLoss: Infinity, stepsToTolerance, diverged: true };
  if (stepsToTolerance === null && target !== undefined && finalLoss <= target) stepsToTolerance = spec.steps;
  return { finalLoss, stepsToTolerance, diverged: false };
}

/**
 * Runs every cell of `spec`, calling `onRow(rowIndex, results)` after each block of `rowLength` cells (a row of the
 * heat map) so a caller can stream progress. Returns all results in cell order.
 */
export function runSweep(spec: SweepSpec, rowLength: number, onRow?: (row: number, results: SweepCellResult[]) => void): SweepCellResult[] {
  checkSpec(spec);
  if (!Number.isInteger(rowLength) || rowLength < 1 || spec.configs.length % rowLength !== 0) {
    throw new Error(`rowLength must be an integer >= 1 that divides the ${spec.configs.length} configs (got ${rowLength}) in sweep`);
  }
  const fn = getPlainTestFunction(spec.testFunction);
  const all: SweepCellResult[] = [];
  for (let row = 0; row * rowLength < spec.configs.length; row++) {
    const results = spec.configs.slice(row * rowLength, (row + 1) * rowLength).map((c) => sweepCell(fn, c, spec));
    all.push(...results);
    onRow?.(row, results);
  }
  return all;
}
