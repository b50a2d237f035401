/**
 * What the playground's sweep varies: the learning rate (log-spaced, the columns) against one second
 * hyper-parameter (the rows), and the optimizer configs of every cell, built through the shared optimizer menu so
 * a new menu entry can be swept with no change here. Pure; tests/components/demos/OptimizerPlayground/sweep-params.test.ts.
 */
import type { OptimizerConfig } from '../../../src/core/index';
import { linSpace, logSpace } from '../../../src/core/plain';
import { OPTIMIZER_MENU, PLAYGROUND_OPTIMIZERS, usesLr, type Hyper, type HyperUse, type PlaygroundOptimizer } from '../shared/optimizer-menu';
import { LR_SLIDER } from './limits';

export const SWEEP_PARAMS = ['momentum', 'beta1', 'beta2', 'weightDecay'] as const;
export type SweepParam = (typeof SWEEP_PARAMS)[number];
export const SWEEP_METRICS = ['loss', 'steps'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** Cells per side: 24 x 24 runs (the bench target: well under a second in the worker at 150 steps). */
export const SWEEP_SIZE = 24;
/** A run "reaches the minimum" at the first step with f - f* at or below this. */
export const SWEEP_TOLERANCE = 1e-3;

interface ParamInfo {
  label: string;
  /** The menu's slider this parameter belongs to. */
  use: HyperUse;
  values: (n: number) => number[];
}

export const SWEEP_PARAM_INFO: Readonly<Record<SweepParam, ParamInfo>> = {
  momentum: {
    label: 'Momentum',
    use: 'momentum',
    values: (n) => linSpace(0, 0.99, n),
  },
  beta1: { label: 'β₁', use: 'betas', values: (n) => linSpace(0, 0.99, n) },
  // beta2 matters on a log scale of 1 - beta2 (0.9, 0.99, 0.999 ...): from 0.5 to 0.9999, evenly in log(1 - beta2).
  beta2: {
    label: 'β₂',
    use: 'betas',
    values: (n) =>
      logSpace(1e-4, 0.5, n)
        .map((d) => 1 - d)
        .reverse(),
  },
  weightDecay: {
    label: 'Weight decay',
    use: 'weightDecay',
    values: (n) => linSpace(0, 0.5, n),
  },
};

/** The menu optimizers a sweep can run: those with a learning rate. */
export const SWEEPABLE = PLAYGROUND_OPTIMIZERS.filter(usesLr);

/** The second parameters an optimizer uses, in SWEEP_PARAMS order. */
export function sweepParamsFor(id: PlaygroundOptimizer): SweepParam[] {
  return SWEEP_PARAMS.filter((p) => OPTIMIZER_MENU[id].uses.includes(SWEEP_PARAM_INFO[p].use));
}

/** The learning rates of the columns (log-spaced over the slider's range). */
export function sweepLrs(n = SWEEP_SIZE): number[] {
  return logSpace(LR_SLIDER.min, LR_SLIDER.max, n);
}

/** Row-major configs: row j holds values[j] of `param`, column i the learning rate lrs[i]; other settings from `hyper`. */
export function sweepConfigs(id: PlaygroundOptimizer, hyper: Hyper, param: SweepParam, lrs: readonly number[], values: readonly number[]): OptimizerConfig[] {
  return values.flatMap((v) => lrs.map((lr) => OPTIMIZER_MENU[id].config({ ...hyper, lr, [param]: v })));
}
