/**
 * The contract of a first-order update rule, written once over VectorOps and run on arrays and on tensors. An
 * optimizer binds the rule to one kind of vector and one config; the bound rule owns its scalar constants and
 * declares its own state type (Adam: `{ m: V; v: V; vMax: V | undefined }`), so no read of state needs a cast.
 */
import type { MatrixOps } from './matrix-ops';

interface UpdateContext<V, St> {
  params: V;
  grad: V;
  state: St;
  /** 1 on the first step. */
  step: number;
  lr: number;
  /** Momentum override for this step, if a schedule cycles it. */
  momentum: number | undefined;
  /** The parameter's shape: [n] for a vector, [rows, cols] for a row-major matrix. Elementwise rules ignore it. */
  shape: ParamShape;
}

/** A parameter's shape: a vector [n] or a row-major matrix [rows, cols]. */
export type ParamShape = readonly [number] | readonly [number, number];

/** A rule bound to one kind of vector `V` (scalar handle `S`) and one config. Pure: `update` returns new values. */
export interface BoundRule<V, S, St> {
  /** The constants made by `ops.scalar` at bind time; the tensor optimizer disposes them. */
  readonly scalars: readonly S[];
  init(params: V, shape: ParamShape): St;
  update(ctx: UpdateContext<V, St>): { params: V; state: St };
  /**
   * Sharpness-aware rules (SAM): the point at which to take the gradient that `update` then receives, given the
   * gradient at params. The optimizers evaluate the gradient twice per step only for rules that define it.
   */
  perturb?(params: V, grad: V, state: St): V;
  /**
   * Schedule-free rules: the point the reference evaluates the model at (x), when it differs from params (y, where
   * gradients are taken). Undefined for every rule whose params are its evaluation point.
   */
  evalParams?(params: V, state: St): V;
}

export interface FirstOrderRule<C> {
  /**
   * Called once per optimizer, outside any tidy. The state type is the rule's own business, so callers see it only
   * as an object (whose vector fields the tensor optimizer keeps and disposes). Elementwise rules need only the
   * VectorOps part of `ops`; matrix rules (Muon, Adafactor) use the rest.
   */
  bind<V, S>(ops: MatrixOps<V, S>, config: C): BoundRule<V, S, object>;
}
