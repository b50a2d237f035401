/** Shared shapes of the optimizer core: configs, the first-order rule contract and the optimizer objects. */
import type * as tf from '@tensorflow/tfjs-core';
import type { VectorOps } from './vector-ops';
import type { ResolvedOptimizerConfig } from './registry';

export const OPTIMIZER_NAMES = ['sgd', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'newton', 'lbfgs'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

/** Per-step overrides from a schedule: the learning rate and, for one-cycle, the momentum (beta1 for Adam-family). */
export interface StepOptions {
  lr?: number | undefined;
  momentum?: number | undefined;
}

export type RuleState<V> = {
  vectors: Record<string, V>;
  numbers: Record<string, number>;
};

export interface UpdateContext<V, S, C> {
  params: V;
  grad: V;
  state: RuleState<V>;
  /** 1 on the first step. */
  step: number;
  lr: number;
  /** Momentum override for this step, if a schedule cycles it. */
  momentum: number | undefined;
  config: C;
  /** Constants from `constants()`, created once per optimizer. */
  k: Record<string, S>;
}

/** A first-order update rule written once over VectorOps. Pure: returns the new params and state. */
export interface FirstOrderRule<C> {
  init<V, S>(ops: VectorOps<V, S>, params: V, config: C): RuleState<V>;
  constants<V, S>(ops: VectorOps<V, S>, config: C): Record<string, S>;
  update<V, S>(ops: VectorOps<V, S>, ctx: UpdateContext<V, S, C>): { params: V; state: RuleState<V> };
}

/** A scalar objective of a 1-D parameter tensor. */
export type Objective = (params: tf.Tensor1D) => tf.Scalar;

/** The tfjs optimizer: updates a flat parameter variable in place. */
export interface TensorOptimizer {
  readonly name: OptimizerName;
  /** The full config with defaults filled in. */
  readonly config: Readonly<ResolvedOptimizerConfig>;
  readonly stepCount: number;
  /** One optimizer step on `objective`; returns the loss at params BEFORE the step (caller disposes it). */
  step(params: tf.Variable<tf.Rank.R1>, objective: Objective, options?: StepOptions): tf.Scalar;
  /**
   * One optimizer step from a gradient computed elsewhere (e.g. the MLP's analytic backward pass): the same update
   * rule and state as `step`, with no gradient tape and no loss. First-order optimizers only: Newton and L-BFGS
   * re-evaluate the objective inside a step, so they leave this undefined.
   */
  applyGradient?(params: tf.Variable<tf.Rank.R1>, grad: tf.Tensor1D, options?: StepOptions): void;
  dispose(): void;
}

/** A plain-number problem: f and its exact gradient. */
export interface PlainProblem {
  f(x: Float64Array): number;
  grad(x: Float64Array): Float64Array;
  /** Exact Hessian, row-major n*n; Newton falls back to central differences of `grad` without it. */
  hessian?(x: Float64Array): Float64Array;
}

/** The plain-array optimizer for small problems: returns the new point and the loss at the old one. */
export interface PlainOptimizer {
  readonly name: OptimizerName;
  readonly config: Readonly<ResolvedOptimizerConfig>;
  readonly stepCount: number;
  step(x: Float64Array, problem: PlainProblem, options?: StepOptions): { x: Float64Array; loss: number };
  dispose(): void;
}
