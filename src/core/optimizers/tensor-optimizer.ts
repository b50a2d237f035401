/**
 * The tfjs optimizer: updates a parameter Variable (a vector, or a matrix for Muon and Adafactor's factored moments)
 * in place, every update inside tf.tidy, its state disposed by dispose(). It runs the same update rules as the plain
 * optimizer (plain-optimizer.ts), bound to tensorOps.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerConfig, ResolvedOptimizerConfig } from './config-types';
import type { BoundRule, ParamShape } from './first-order-rule';
import type { HostRule } from './host-rule';
import type { OptimizerName } from './optimizer-names';
import { OPTIMIZERS, resolveOptimizerConfig } from './registry';
import { checkStepOptions, type StepOptions } from './step-options';
import { tensorOps } from './tensor-ops';
import { evaluateObjective, tensorProblem, type MatrixObjective, type Objective, type ShapedObjective } from './tensor-problem';

export interface TensorOptimizer {
  readonly name: OptimizerName;
  /** The full config with defaults filled in. */
  readonly config: Readonly<ResolvedOptimizerConfig>;
  readonly stepCount: number;
  /** One optimizer step on `objective`; returns the loss at params BEFORE the step (caller disposes it). */
  step(params: tf.Variable<tf.Rank.R1>, objective: Objective, options?: StepOptions): tf.Scalar;
  /** The same on a matrix parameter (rank 2), with an objective of a 2-D tensor. */
  step(params: tf.Variable<tf.Rank.R2>, objective: MatrixObjective, options?: StepOptions): tf.Scalar;
  /**
   * One optimizer step from a gradient computed elsewhere (e.g. the MLP's analytic backward pass): the same update
   * rule and state as `step`, with no gradient tape and no loss. First-order optimizers only: Newton and L-BFGS
   * re-evaluate the objective inside a step, so they leave this undefined.
   */
  applyGradient?(params: ParamVariable, grad: tf.Tensor, options?: StepOptions): void;
  /**
   * One optimizer step from a gradient function computed elsewhere (e.g. the MLP's analytic backward pass at a given
   * point): called once at params, and for SAM a second time at the perturbed point. Every first-order optimizer has
   * it (SAM's applyGradient throws, since one gradient is not enough); tensors `gradientAt` makes are disposed here.
   */
  stepWithGradient?(params: tf.Variable<tf.Rank.R1>, gradientAt: (params: tf.Tensor1D) => tf.Tensor1D, options?: StepOptions): void;
  /** The same on a matrix parameter: `gradientAt` gets and returns a tensor of the parameter's [rows, cols] shape. */
  stepWithGradient?(params: tf.Variable<tf.Rank.R2>, gradientAt: (params: tf.Tensor2D) => tf.Tensor2D, options?: StepOptions): void;
  /**
   * Schedule-free optimizers only: the point the reference evaluates the model at (x; `params` hold y, where gradients
   * are taken), as a new tensor of params' shape that the caller disposes. Before the first step it is a copy of
   * params. Undefined for every other optimizer: their params are their evaluation point.
   */
  evalParams?<T extends tf.Tensor1D | tf.Tensor2D>(params: T): T;
  dispose(): void;
}

type TensorState = Record<string, unknown>;
/** A parameter Variable of rank 1 or 2. */
type ParamVariable = tf.Variable<tf.Rank.R1> | tf.Variable<tf.Rank.R2>;

/** The shape of a parameter the optimizers accept: rank 1 or 2, else an error that says so. */
function shapeOf(name: string, params: tf.Tensor): ParamShape {
  const s = params.shape;
  if (s.length === 1) return [s[0]!];
  if (s.length === 2) return [s[0]!, s[1]!];
  throw new Error(`params must be a vector or a matrix (got rank ${s.length}, shape [${s.join(', ')}]) in optimizer "${name}"`);
}

/** The tensors a rule's state holds (its fields are vectors or plain numbers). */
const tensorsOf = (state: TensorState): tf.Tensor[] => Object.values(state).filter((v): v is tf.Tensor => v instanceof tf.Tensor);

class TensorFirstOrder implements TensorOptimizer {
  stepCount = 0;
  private state: TensorState | undefined;
  readonly evalParams?: <T extends tf.Tensor1D | tf.Tensor2D>(params: T) => T;

  constructor(
    readonly name: OptimizerName,
    readonly config: Readonly<ResolvedOptimizerConfig>,
    private readonly rule: BoundRule<tf.Tensor, tf.Scalar, object>,
  ) {
    const evalParams = rule.evalParams?.bind(rule);
    if (evalParams !== undefined) this.evalParams = <T extends tf.Tensor1D | tf.Tensor2D>(params: T): T => tf.tidy(() => (this.state === undefined ? tf.clone(params) : (evalParams(params, this.state) as T)));
  }

  step(params: ParamVariable, objective: ShapedObjective, options: StepOptions = {}): tf.Scalar {
    return this.update(params, options, (p, first) => {
      if (!first) return { grad: tf.grad((q: tf.Tensor) => evaluateObjective(objective, q))(p), loss: undefined };
      const { value, grad } = tf.valueAndGrad((q: tf.Tensor) => evaluateObjective(objective, q))(p);
      return { grad, loss: value as tf.Scalar };
    }).loss!;
  }

  applyGradient(params: ParamVariable, grad: tf.Tensor, options: StepOptions = {}): void {
    if (this.rule.perturb !== undefined) throw new Error(`applyGradient takes one gradient, but optimizer "${this.name}" needs a second one at a perturbed point; call stepWithGradient(params, gradientAt) instead`);
    this.checkGrad(params, grad, 'applyGradient');
    this.update(params, options, () => ({ grad, loss: undefined }));
  }

  stepWithGradient(params: ParamVariable, gradientAt: (params: never) => tf.Tensor, options: StepOptions = {}): void {
    const at = gradientAt as (params: tf.Tensor) => tf.Tensor;
    this.update(params, options, (p) => ({ grad: this.checkGrad(params, at(p), 'stepWithGradient'), loss: undefined }));
  }

  /** The gradient, once checked to have params' shape (size first: the more common mistake, the plainer message). */
  private checkGrad(params: tf.Tensor, grad: tf.Tensor, method: string): tf.Tensor {
    if (grad.size !== params.size) throw new Error(`grad must have ${params.size} values like params (got ${grad.size}) in ${method} of optimizer "${this.name}"`);
    if (grad.shape.join() !== params.shape.join()) {
      throw new Error(`grad must have the shape of params, [${params.shape.join(', ')}] (got [${grad.shape.join(', ')}]) in ${method} of optimizer "${this.name}"`);
    }
    return grad;
  }

  /**
   * The one update path of `step`, `applyGradient` and `stepWithGradient`; `gradientAt` runs inside this step's tidy,
   * at params (first = true) and, for SAM, once more at the perturbed point.
   */
  private update(params: ParamVariable, options: StepOptions, gradientAt: (p: tf.Tensor, first: boolean) => { grad: tf.Tensor; loss: tf.Scalar | undefined }): { loss: tf.Scalar | undefined } {
    checkStepOptions(this.name, options);
    const shape = shapeOf(this.name, params);
    const old = this.state ?? (tf.tidy(() => this.rule.init(params, shape) as tf.TensorContainer) as TensorState);
    const step = this.stepCount + 1;
    const out = tf.tidy(() => {
      const { grad: atParams, loss } = gradientAt(params, true);
      const grad = this.rule.perturb === undefined ? atParams : gradientAt(this.rule.perturb(params, atParams, old), false).grad;
      const next = this.rule.update({ params, grad, state: old, step, lr: options.lr ?? this.config.lr, momentum: options.momentum, shape });
      // A rule may keep the gradient itself as state (SGD's momentum buffer on step 1); a caller's gradient is the
      // caller's to dispose, so the state gets its own handle.
      const state: TensorState = { ...next.state };
      for (const [key, t] of Object.entries(state)) if (t === grad) state[key] = tf.clone(grad);
      return { loss, params: next.params, state } as tf.TensorContainer;
    }) as { loss: tf.Scalar | undefined; params: tf.Tensor; state: TensorState };
    // keep(): the state must outlive any tidy() the caller may have wrapped around this step.
    if (this.state === undefined) for (const t of tensorsOf(old)) tf.keep(t);
    for (const t of tensorsOf(out.state)) tf.keep(t);
    params.assign(out.params as tf.Tensor1D & tf.Tensor2D);
    out.params.dispose();
    const kept = new Set(tensorsOf(out.state));
    for (const t of tensorsOf(old)) if (!kept.has(t)) t.dispose();
    this.state = out.state;
    this.stepCount = step;
    return { loss: out.loss };
  }

  dispose(): void {
    for (const s of this.rule.scalars) s.dispose();
    if (this.state !== undefined) for (const t of tensorsOf(this.state)) t.dispose();
    this.state = undefined;
  }
}

class TensorHost implements TensorOptimizer {
  stepCount = 0;
  constructor(
    readonly name: OptimizerName,
    readonly config: Readonly<ResolvedOptimizerConfig>,
    private readonly rule: HostRule,
  ) {}

  step(params: ParamVariable, objective: ShapedObjective, options: StepOptions = {}): tf.Scalar {
    checkStepOptions(this.name, options);
    const shape = shapeOf(this.name, params);
    const x = Float64Array.from(params.dataSync());
    const out = this.rule.step(x, tensorProblem(objective, shape), options.lr ?? this.config.lr);
    tf.tidy(() => params.assign(tf.tensor(Float32Array.from(out.x), [...shape]) as tf.Tensor1D & tf.Tensor2D));
    this.stepCount++;
    return tf.scalar(out.loss);
  }

  dispose(): void {
    // Host rules hold only plain arrays.
  }
}

/** Creates a tfjs optimizer from a config; validates the config first (the only check of its lr). Call dispose() when done. */
export function createOptimizer(config: OptimizerConfig): TensorOptimizer {
  const resolved = resolveOptimizerConfig(config);
  const entry = OPTIMIZERS[resolved.name];
  // Binding makes the rule's constant scalars, so it happens here, outside any tidy.
  return entry.kind === 'first-order' ? new TensorFirstOrder(resolved.name, resolved, entry.rule.bind(tensorOps, resolved)) : new TensorHost(resolved.name, resolved, entry.create(resolved));
}
