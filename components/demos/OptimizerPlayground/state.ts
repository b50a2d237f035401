/**
 * The playground's whole state as one typed table: the URL schema (keys op.*, short keys mapped to full names) and
 * the defaults from the entry's parsed props. Pure; tested in tests/components/demos/OptimizerPlayground/state.test.ts.
 */
import { TEST_FUNCTION_NAMES, type PlainTestFunctionName } from '../../../src/core/plain';
import { PLAYGROUND_OPTIMIZERS } from '../shared/optimizer-menu';
import { SWEEPABLE, SWEEP_METRICS, SWEEP_PARAMS, sweepParamsFor } from './sweep-params';
import { urlBoolean, urlEnum, urlEnumList, urlField, urlNumber, urlNumberTuple, urlObject, type UrlState } from '../shared/url-state';
import type { OptimizerPlaygroundProps } from './manifest';
import { LR_RANGE, MATRIX_LR_RANGE, MATRIX_STEPS_RANGE, MAX_OPTIMIZERS, START_RANGE } from './limits';

export type TestFunctionId = PlainTestFunctionName;
export const MAX_STEPS = 1000;

export const OptimizerPlaygroundStateSchema = urlObject({
  testFunction: urlField('fn', urlEnum(TEST_FUNCTION_NAMES)),
  /** Up to four optimizers, same start and step budget. */
  optimizers: urlField('opt', urlEnumList(PLAYGROUND_OPTIMIZERS, MAX_OPTIMIZERS)),
  /** Learning rate of the first-order optimizers; 0 is allowed and explained (nothing moves). */
  lr: urlNumber(LR_RANGE),
  /** SGD momentum (momentum and nesterov). */
  momentum: urlField('m', urlNumber({ min: 0, max: 0.999 })),
  beta1: urlField('b1', urlNumber({ min: 0, max: 0.999 })),
  beta2: urlField('b2', urlNumber({ min: 0, max: 0.9999 })),
  /** Weight decay (coupled L2 for SGD/Adam family, decoupled for AdamW and Lion). */
  weightDecay: urlField('wd', urlNumber({ min: 0, max: 10 })),
  /** Step budget for every optimizer. */
  steps: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  /** Start point "x,y". */
  x0: urlNumberTuple(2, START_RANGE),
  /** The Adam family's eps (added to the root of the second moment). */
  eps: urlField('eps', urlNumber({ min: 1e-12, max: 100 })),
  /** Standard deviation of the Gaussian noise added to every gradient coordinate (0: exact gradients). */
  sigma: urlField('ns', urlNumber({ min: 0, max: 100 })),
  /** Seed of that noise, so a noisy run is the same on every load. */
  noiseSeed: urlField('sd', urlNumber({ integer: true, min: 0, max: 999999 })),
  /** The sweep: which optimizer, which second hyper-parameter against the learning rate, and what the colours show. */
  sweepOptimizer: urlField('swo', urlEnum(SWEEPABLE)),
  sweepParam: urlField('swp', urlEnum(SWEEP_PARAMS)),
  sweepMetric: urlField('swm', urlEnum(SWEEP_METRICS)),
  /** "Muon on the matrix problem" (MatrixPanel.tsx): shown or not, its step budget and each optimizer's lr. */
  matrixOpen: urlField('mx', urlBoolean()),
  matrixSteps: urlField('mxs', urlNumber({ integer: true, ...MATRIX_STEPS_RANGE })),
  matrixLrMomentum: urlField('mxm', urlNumber(MATRIX_LR_RANGE)),
  matrixLrAdam: urlField('mxa', urlNumber(MATRIX_LR_RANGE)),
  matrixLrMuon: urlField('mxu', urlNumber(MATRIX_LR_RANGE)),
});

/** The matrix panel's fields: the 2-D runs ignore them (changing them neither re-runs nor rewinds the paths). */
export const MATRIX_FIELDS = ['matrixOpen', 'matrixSteps', 'matrixLrMomentum', 'matrixLrAdam', 'matrixLrMuon'] as const;

export type OptimizerPlaygroundState = UrlState<typeof OptimizerPlaygroundStateSchema.shape>;

/** A learning rate that shows each function well when the entry gives none. */
export const SUGGESTED_LR: Readonly<Record<TestFunctionId, number>> = {
  quadratic: 0.05,
  rosenbrock: 0.002,
  beale: 0.01,
  himmelblau: 0.01,
  rastrigin: 0.002,
  booth: 0.02,
  saddle: 0.05,
  reddi: 0.05,
};

export function defaultState(props: OptimizerPlaygroundProps, start: readonly [number, number]): OptimizerPlaygroundState {
  const sweepOptimizer = SWEEPABLE.find((id) => props.optimizers.includes(id)) ?? 'momentum';
  return {
    testFunction: props.fn,
    optimizers: [...props.optimizers],
    lr: props.lr ?? SUGGESTED_LR[props.fn],
    momentum: 0.9,
    beta1: 0.9,
    beta2: 0.999,
    weightDecay: 0,
    steps: 150,
    x0: [start[0], start[1]],
    eps: 1e-8,
    sigma: 0,
    noiseSeed: 1,
    sweepOptimizer,
    sweepParam: sweepParamsFor(sweepOptimizer)[0] ?? 'weightDecay',
    sweepMetric: 'loss',
    matrixOpen: false,
    matrixSteps: 100,
    matrixLrMomentum: 0.1,
    matrixLrAdam: 0.05,
    matrixLrMuon: 0.1,
  };
}

/** After the URL is read: a URL that switches the function but gives no start point / lr uses that function's. */
export function completeState(state: OptimizerPlaygroundState, present: ReadonlySet<string>, startOf: (fn: TestFunctionId) => readonly [number, number]): OptimizerPlaygroundState {
  if (!present.has('testFunction')) return state;
  const start = startOf(state.testFunction);
  return {
    ...state,
    x0: present.has('x0') ? state.x0 : [start[0], start[1]],
    lr: present.has('lr') ? state.lr : SUGGESTED_LR[state.testFunction],
  };
}
