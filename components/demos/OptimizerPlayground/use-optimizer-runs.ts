/**
 * Runs every selected optimizer on the page whenever the settings change, with the core's plain float64 path
 * (optimizePlain from src/core/plain.ts, no tfjs): four 1,000-step 2-D paths take a few milliseconds, so the first
 * paths are drawn in the first render, with no worker and no round trip. Returns one RunView per optimizer id.
 */
import { useMemo } from 'react';
import { optimizePlain, plainProblem, withGradientNoise, type PlainProblem, type PlainTestFunction } from '../../../src/core/plain';
import { assessRun, standingStill, type RunView } from './assess';
import { OPTIMIZER_MENU, usesLr, type PlaygroundOptimizer } from '../shared/optimizer-menu';
import { MATRIX_FIELDS, type OptimizerPlaygroundState } from './state';

export interface Runs {
  views: Partial<Record<PlaygroundOptimizer, RunView>>;
  /** Identifies the settings the views belong to (changes with every new result set). */
  key: string;
  error: string | undefined;
  /** Milliseconds the last set of runs took, for the status line. */
  elapsedMs: number | undefined;
}

/**
 * The problem one run sees: fresh for every run, so an online function's component sequence and the gradient noise
 * (seeded by state.noiseSeed) start over, and every optimizer meets the same noise draws; the sweep does the same.
 */
export function runProblem(state: Pick<OptimizerPlaygroundState, 'sigma' | 'noiseSeed'>, fn: PlainTestFunction): PlainProblem {
  return withGradientNoise(plainProblem(fn), { sigma: state.sigma, seed: state.noiseSeed });
}

/** Runs each selected optimizer from state.x0 on `fn`; an invalid setting becomes `error` (the core's message). */
export function runOptimizers(state: OptimizerPlaygroundState, fn: PlainTestFunction): Omit<Runs, 'key'> {
  const hyper = { lr: state.lr, momentum: state.momentum, beta1: state.beta1, beta2: state.beta2, weightDecay: state.weightDecay, eps: state.eps };
  const x0: [number, number] = [state.x0[0]!, state.x0[1]!];
  const started = performance.now();
  try {
    const pairs = state.optimizers.map((id): [PlaygroundOptimizer, RunView] => {
      // resolveConfig accepts only lr > 0; lr 0 is a setting the playground explains instead (nothing moves).
      if (usesLr(id) && state.lr === 0) return [id, standingStill(x0, fn.f(x0[0], x0[1]))];
      const result = optimizePlain({ optimizer: OPTIMIZER_MENU[id].config(hyper), problem: runProblem(state, fn), x0, steps: state.steps });
      return [id, assessRun(OPTIMIZER_MENU[id].label, result, fn.view)];
    });
    return { views: Object.fromEntries(pairs), error: undefined, elapsedMs: performance.now() - started };
  } catch (e) {
    return { views: {}, error: e instanceof Error ? e.message : String(e), elapsedMs: undefined };
  }
}

/** The fields the 2-D runs read, as one string: the matrix panel's settings neither re-run nor rewind the paths. */
export function runSettingsKey(state: OptimizerPlaygroundState): string {
  return JSON.stringify(state, (field, value: unknown) => ((MATRIX_FIELDS as readonly string[]).includes(field) ? undefined : value));
}

export function useOptimizerRuns(state: OptimizerPlaygroundState, fn: PlainTestFunction): Runs {
  const settingsKey = runSettingsKey(state);
  return useMemo(
    () => ({ ...runOptimizers(state, fn), key: `${settingsKey}#${fn.name}` }),
    // settingsKey stands for every field of state the 2-D runs read
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settingsKey, fn],
  );
}
