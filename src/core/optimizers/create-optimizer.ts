/**
 * Builds optimizer objects from a config: `createOptimizer` for tfjs (updates a flat parameter Variable in place,
 * every update inside tf.tidy, state disposed by dispose()) and `createPlainOptimizer` for Float64Array points.
 * Both run the same update rules (see vector-ops.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { HostProblem, HostRule } from './host-rule';
import { OPTIMIZERS, resolveOptimizerConfig, type OptimizerConfig, type ResolvedOptimizerConfig } from './registry';
import type { FirstOrderRule, Objective, OptimizerName, PlainOptimizer, PlainProblem, RuleState, StepOptions, TensorOptimizer } from './types';
import { arrayOps, tensorOps } from './vector-ops';

function checkStepOptions(name: string, options: StepOptions): void {
  if (options.lr !== undefined && !(Number.isFinite(options.lr) && options.lr >= 0)) {
    throw new Error(`lr must be a finite number >= 0 (got ${options.lr}) in step of optimizer "${name}"`);
  }
}

class TensorFirstOrder implements TensorOptimizer {
  stepCount = 0;
  private state: RuleState<tf.Tensor> | undefined;
  private readonly k: Record<string, tf.Scalar>;

  constructor(
    readonly name: OptimizerName,
    readonly config: Readonly<ResolvedOptimizerConfig>,
    private readonly rule: FirstOrderRule<object>,
  ) {
    this.k = rule.constants(tensorOps, config);
  }

  step(params: tf.Variable<tf.Rank.R1>, objective: Objective, options: StepOptions = {}): tf.Scalar {
    return this.update(params, options, () => {
      const { value, grad } = tf.valueAndGrad((p: tf.Tensor) => objective(p as tf.Tensor1D))(params);
      return { grad, loss: value as tf.Scalar };
    }).loss!;
  }

  applyGradient(params: tf.Variable<tf.Rank.R1>, grad: tf.Tensor1D, options: StepOptions = {}): void {
    if (grad.size !== params.size) throw new Error(`grad must have ${params.size} values like params (got ${grad.size}) in applyGradient of optimizer "${this.name}"`);
    this.update(params, options, () => ({ grad, loss: undefined }));
  }

  /** The one update path of `step` and `applyGradient`; `gradient` runs inside this step's tidy. */
  private update(params: tf.Variable<tf.Rank.R1>, options: StepOptions, gradient: () => { grad: tf.Tensor; loss: tf.Scalar | undefined }): { loss: tf.Scalar | undefined } {
    checkStepOptions(this.name, options);
    const old = this.state ?? tf.tidy(() => this.rule.init(tensorOps, params, this.config));
    const step = this.stepCount + 1;
    const out = tf.tidy(() => {
      const { grad, loss } = gradient();
      const next = this.rule.update(tensorOps, {
        params,
        grad,
        state: old,
        step,
        lr: options.lr ?? this.config.lr,
        momentum: options.momentum,
        config: this.config,
        k: this.k,
      });
      // A rule may keep the gradient itself as state (SGD's momentum buffer on step 1); a caller's gradient is the
      // caller's to dispose, so the state gets its own handle.
      for (const [key, t] of Object.entries(next.state.vectors)) if (t === grad) next.state.vectors[key] = tf.clone(grad);
      return { loss, params: next.params, state: next.state };
    });
    // keep(): the state must outlive any tidy() the caller may have wrapped around this step.
    if (this.state === undefined) for (const t of Object.values(old.vectors)) tf.keep(t);
    for (const t of Object.values(out.state.vectors)) tf.keep(t);
    params.assign(out.params as tf.Tensor1D);
    out.params.dispose();
    const kept = new Set(Object.values(out.state.vectors));
    for (const t of Object.values(old.vectors)) if (!kept.has(t)) t.dispose();
    this.state = out.state;
    this.stepCount = step;
    return { loss: out.loss };
  }

  dispose(): void {
    for (const s of Object.values(this.k)) s.dispose();
    if (this.state !== undefined) for (const t of Object.values(this.state.vectors)) t.dispose();
    this.state = undefined;
  }
}

/** Exact Hessian of a tfjs objective by gradients of gradients: one backward pass per coordinate. */
/** Averages H with its transpose in place: rounding (or finite differences) makes H_ij and H_ji differ slightly. */
function symmetrize(h: Float64Array, n: number): Float64Array {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = 0.5 * (h[i * n + j]! + h[j * n + i]!);
      h[i * n + j] = m;
      h[j * n + i] = m;
    }
  }
  return h;
}

export function tensorHessian(objective: Objective, x: Float64Array): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  const gradFn = tf.grad((p: tf.Tensor) => objective(p as tf.Tensor1D));
  for (let i = 0; i < n; i++) {
    const row = tf.tidy(() => tf.grad((p: tf.Tensor) => tf.sum(tf.slice(gradFn(p), i, 1)))(tf.tensor1d(Float32Array.from(x))).dataSync());
    for (let j = 0; j < n; j++) h[i * n + j] = row[j]!;
  }
  return symmetrize(h, n);
}

function tensorProblem(objective: Objective): HostProblem {
  return {
    evaluate(x) {
      const p = tf.tensor1d(Float32Array.from(x));
      const { value, grad: g } = tf.valueAndGrad((t: tf.Tensor) => objective(t as tf.Tensor1D))(p);
      const out = { loss: value.dataSync()[0]!, grad: Float64Array.from(g.dataSync()) };
      tf.dispose([p, value, g]);
      return out;
    },
    hessian: (x) => tensorHessian(objective, x),
  };
}

class TensorHost implements TensorOptimizer {
  stepCount = 0;
  constructor(
    readonly name: OptimizerName,
    readonly config: Readonly<ResolvedOptimizerConfig>,
    private readonly rule: HostRule,
  ) {}

  step(params: tf.Variable<tf.Rank.R1>, objective: Objective, options: StepOptions = {}): tf.Scalar {
    checkStepOptions(this.name, options);
    const x = Float64Array.from(params.dataSync());
    const out = this.rule.step(x, tensorProblem(objective), options.lr ?? this.config.lr);
    tf.tidy(() => params.assign(tf.tensor1d(Float32Array.from(out.x))));
    this.stepCount++;
    return tf.scalar(out.loss);
  }

  dispose(): void {
    // Host rules hold only plain arrays.
  }
}

/** Creates a tfjs optimizer from a config; validates it first. Call dispose() when done. */
export function createOptimizer(config: OptimizerConfig): TensorOptimizer {
  const resolved = resolveOptimizerConfig(config);
  const entry = OPTIMIZERS[resolved.name];
  return entry.kind === 'first-order' ? new TensorFirstOrder(resolved.name, resolved, entry.rule) : new TensorHost(resolved.name, resolved, entry.create(resolved));
}

/** Central differences of the exact gradient (float64): exact for quadratics up to rounding. */
export function finiteDifferenceHessian(grad: (x: Float64Array) => Float64Array, x: Float64Array): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const step = 1e-5 * Math.max(1, Math.abs(x[j]!));
    const plus = Float64Array.from(x);
    const minus = Float64Array.from(x);
    plus[j] = x[j]! + step;
    minus[j] = x[j]! - step;
    const gp = grad(plus);
    const gm = grad(minus);
    for (let i = 0; i < n; i++) h[i * n + j] = (gp[i]! - gm[i]!) / (2 * step);
  }
  return symmetrize(h, n);
}

/** Creates a plain-number optimizer (Float64Array points) running the same rules; for 2-D demos. */
export function createPlainOptimizer(config: OptimizerConfig): PlainOptimizer {
  const resolved = resolveOptimizerConfig(config);
  const entry = OPTIMIZERS[resolved.name];
  let stepCount = 0;
  if (entry.kind === 'host') {
    const rule = entry.create(resolved);
    return {
      name: resolved.name,
      config: resolved,
      get stepCount() {
        return stepCount;
      },
      step(x, problem: PlainProblem, options = {}) {
        checkStepOptions(resolved.name, options);
        const host: HostProblem = {
          evaluate: (p) => ({ loss: problem.f(p), grad: problem.grad(p) }),
          hessian: (p) => (problem.hessian !== undefined ? problem.hessian(p) : finiteDifferenceHessian((q) => problem.grad(q), p)),
        };
        stepCount++;
        return rule.step(x, host, options.lr ?? resolved.lr);
      },
      dispose: () => undefined,
    };
  }
  const rule = entry.rule;
  const k = rule.constants(arrayOps, resolved);
  let state: RuleState<Float64Array> | undefined;
  return {
    name: resolved.name,
    config: resolved,
    get stepCount() {
      return stepCount;
    },
    step(x, problem, options = {}) {
      checkStepOptions(resolved.name, options);
      state ??= rule.init(arrayOps, x, resolved);
      stepCount++;
      const loss = problem.f(x);
      const out = rule.update(arrayOps, { params: x, grad: problem.grad(x), state, step: stepCount, lr: options.lr ?? resolved.lr, momentum: options.momentum, config: resolved, k });
      state = out.state;
      return { x: out.params, loss };
    },
    dispose: () => {
      state = undefined;
    },
  };
}
