/**
 * The plain-number optimizer: Float64Array points, float64 arithmetic, no tfjs, so the 2-D demos run it on the page.
 * It runs the same update rules as the tensor optimizer (tensor-optimizer.ts), bound to arrayOps.
 */
import { arrayOps } from './array-ops';
import type { OptimizerConfig, ResolvedOptimizerConfig } from './config-types';
import type { ParamShape } from './first-order-rule';
import { finiteDifferenceHessian } from './hessian';
import type { HostProblem } from './host-rule';
import type { OptimizerName } from './optimizer-names';
import { OPTIMIZERS, resolveOptimizerConfig } from './registry';
import { checkStepOptions, type StepOptions } from './step-options';

/** A plain-number problem: f and its exact gradient. */
export interface PlainProblem {
  f(x: Float64Array): number;
  grad(x: Float64Array): Float64Array;
  /**
   * The parameter's shape when it is a matrix: [rows, cols], x row-major (x[i * cols + j] is entry (i, j)), as Muon
   * and Adafactor's factored moments need. Default: a vector of x.length values.
   */
  shape?: ParamShape | undefined;
  /** Exact Hessian, row-major n*n; Newton falls back to central differences of `grad` without it. */
  hessian?(x: Float64Array): Float64Array;
}

/** The plain-array optimizer for small problems: returns the new point and the loss at the old one. */
export interface PlainOptimizer {
  readonly name: OptimizerName;
  readonly config: Readonly<ResolvedOptimizerConfig>;
  readonly stepCount: number;
  step(x: Float64Array, problem: PlainProblem, options?: StepOptions): { x: Float64Array; loss: number };
  /**
   * Schedule-free optimizers only: the point the reference evaluates with (x), from the point `step` last returned
   * (y, where gradients are taken). Before the first step it is x itself. Undefined for every other optimizer, whose
   * returned point is its evaluation point.
   */
  evalParams?(x: Float64Array): Float64Array;
}

/** The shape of x under `problem`, checked against x's length. */
function shapeOf(name: string, x: Float64Array, problem: PlainProblem): ParamShape {
  const shape = problem.shape ?? [x.length];
  const size = shape.reduce((n, d) => n * d, 1);
  if (size !== x.length || shape.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new Error(`problem.shape [${shape.join(', ')}] must hold x's ${x.length} values (positive integer sizes) in optimizer "${name}"`);
  }
  return shape;
}

function hostProblem(problem: PlainProblem): HostProblem {
  return {
    evaluate: (p) => ({ loss: problem.f(p), grad: problem.grad(p) }),
    hessian: (p) => (problem.hessian !== undefined ? problem.hessian(p) : finiteDifferenceHessian((q) => problem.grad(q), p)),
  };
}

/** Creates a plain-number optimizer from a config; validates the config first (the only check of its lr). */
export function createPlainOptimizer(config: OptimizerConfig): PlainOptimizer {
  const resolved = resolveOptimizerConfig(config);
  const entry = OPTIMIZERS[resolved.name];
  let stepCount = 0;
  let advance: PlainOptimizer['step'];
  let evalAt: ((x: Float64Array) => Float64Array) | undefined;
  if (entry.kind === 'host') {
    const rule = entry.create(resolved);
    advance = (x, problem, options = {}) => rule.step(x, hostProblem(problem), options.lr ?? resolved.lr);
  } else {
    const rule = entry.rule.bind(arrayOps, resolved);
    let state: object | undefined;
    advance = (x, problem, options = {}) => {
      const shape = shapeOf(resolved.name, x, problem);
      state ??= rule.init(x, shape);
      const loss = problem.f(x);
      const g0 = problem.grad(x);
      // SAM: the update uses the gradient at the perturbed point, a second evaluation.
      const grad = rule.perturb === undefined ? g0 : problem.grad(rule.perturb(x, g0, state));
      const out = rule.update({ params: x, grad, state, step: stepCount, lr: options.lr ?? resolved.lr, momentum: options.momentum, shape });
      state = out.state;
      return { x: out.params, loss };
    };
    if (rule.evalParams !== undefined) {
      const evalParams = rule.evalParams.bind(rule);
      evalAt = (x) => (state === undefined ? Float64Array.from(x) : evalParams(x, state));
    }
  }
  return {
    name: resolved.name,
    config: resolved,
    get stepCount() {
      return stepCount;
    },
    step(x, problem, options = {}) {
      checkStepOptions(resolved.name, options);
      stepCount++;
      return advance(x, problem, options);
    },
    ...(evalAt === undefined ? {} : { evalParams: evalAt }),
  };
}
