/**
 * The playground's whole state as one typed table: schema (URL keys op.*), defaults from the MDX props, and the
 * island props check. Pure; tested in tests/components/demos/optimizer-playground/state.test.ts.
 */
import { z } from 'zod';
import { TEST_FUNCTIONS as TEST_FUNCTION_IDS } from '../../mdx/demo-props';
import { urlEnum, urlEnumList, urlNumber, urlNumberTuple } from '../shared/url-state';
import { PLAYGROUND_OPTIMIZERS } from './optimizers';

export type TestFunctionId = (typeof TEST_FUNCTION_IDS)[number];
export const URL_PREFIX = 'op';
export const MAX_OPTIMIZERS = 4;
export const MAX_STEPS = 1000;

export const OptimizerPlaygroundStateSchema = z.object({
  /** Test function. */
  fn: urlEnum(TEST_FUNCTION_IDS),
  /** Up to four optimizers, same start and step budget. */
  opt: urlEnumList(PLAYGROUND_OPTIMIZERS, MAX_OPTIMIZERS),
  /** Learning rate of the first-order optimizers; 0 is allowed and explained (nothing moves). */
  lr: urlNumber({ min: 0, max: 1e6 }),
  /** SGD momentum (momentum and nesterov). */
  m: urlNumber({ min: 0, max: 0.999 }),
  b1: urlNumber({ min: 0, max: 0.999 }),
  b2: urlNumber({ min: 0, max: 0.9999 }),
  /** Weight decay (coupled L2 for SGD/Adam family, decoupled for AdamW and Lion). */
  wd: urlNumber({ min: 0, max: 10 }),
  /** Step budget for every optimizer. */
  steps: urlNumber({ integer: true, min: 1, max: MAX_STEPS }),
  /** Start point "x,y". */
  x0: urlNumberTuple(2),
});

export type OptimizerPlaygroundState = z.output<typeof OptimizerPlaygroundStateSchema>;

export const OptimizerPlaygroundPropsSchema = z.object({
  fn: z.enum(TEST_FUNCTION_IDS).default('rosenbrock'),
  optimizers: z.array(z.enum(PLAYGROUND_OPTIMIZERS)).min(1).max(MAX_OPTIMIZERS).default(['sgd', 'momentum', 'adam']),
  lr: z.number().positive().optional(),
});
export type OptimizerPlaygroundProps = z.input<typeof OptimizerPlaygroundPropsSchema>;

/** A learning rate that shows each function well when the entry gives none. */
export const SUGGESTED_LR: Readonly<Record<TestFunctionId, number>> = {
  quadratic: 0.05,
  rosenbrock: 0.002,
  beale: 0.01,
  himmelblau: 0.01,
  rastrigin: 0.002,
  booth: 0.02,
  saddle: 0.05,
};

/** Checks island props; throws an Error naming the component and the prop. */
export function parseOptimizerPlaygroundProps(props: unknown): z.output<typeof OptimizerPlaygroundPropsSchema> {
  const result = OptimizerPlaygroundPropsSchema.safeParse(props);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`<OptimizerPlayground>: prop "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
}

export function defaultState(props: z.output<typeof OptimizerPlaygroundPropsSchema>, start: readonly [number, number]): OptimizerPlaygroundState {
  return { fn: props.fn, opt: [...props.optimizers], lr: props.lr ?? SUGGESTED_LR[props.fn], m: 0.9, b1: 0.9, b2: 0.999, wd: 0, steps: 150, x0: [start[0], start[1]] };
}

/** After the URL is read: a URL that switches the function but gives no start point / lr uses that function's. */
export function completeState(state: OptimizerPlaygroundState, present: ReadonlySet<string>, startOf: (fn: TestFunctionId) => readonly [number, number]): OptimizerPlaygroundState {
  if (!present.has('fn')) return state;
  const start = startOf(state.fn);
  return {
    ...state,
    x0: present.has('x0') ? state.x0 : [start[0], start[1]],
    lr: present.has('lr') ? state.lr : SUGGESTED_LR[state.fn],
  };
}
