/**
 * Adamax, PyTorch form (torch/optim/adamax.py):
 *   m <- lerp(m, g, 1-beta1);  u <- max(beta2*u, |g| + eps)  (eps INSIDE the max, unlike tfjs);  p <- p - (lr/(1-beta1^t)) * m/u
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

export interface AdamaxConfig {
  /** Learning rate. Default 2e-3. */
  lr: number;
  /** Default [0.9, 0.999]. */
  betas: [number, number];
  /** Default 1e-8. */
  eps: number;
  /** Coupled L2 penalty. Default 0. */
  weightDecay: number;
}

export const adamaxSpec: OptimizerSpec<AdamaxConfig> = {
  defaults: { lr: 2e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0 },
  fields: { lr: { kind: 'positive' }, betas: { kind: 'betas' }, eps: { kind: 'positive' }, weightDecay: { kind: 'nonNegative' } },
};

interface AdamaxState<V> {
  /** First moment m. */
  m: V;
  /** The exponentially weighted infinity norm u. */
  u: V;
}

export const adamaxRule: FirstOrderRule<AdamaxConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: AdamaxConfig): BoundRule<V, S, AdamaxState<V>> {
    const k = { weightDecay: ops.scalar(config.weightDecay), oneMinusBeta1: ops.scalar(1 - config.betas[0]), beta2: ops.scalar(config.betas[1]), eps: ops.scalar(config.eps) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ m: ops.filled(params, 0), u: ops.filled(params, 0) }),
      update({ params, grad, state, step, lr, momentum }) {
        const g = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, k.weightDecay)) : grad;
        const beta1 = momentum ?? config.betas[0];
        const m0 = state.m;
        const m = ops.add(m0, ops.scale(ops.sub(g, m0), momentum === undefined ? k.oneMinusBeta1 : 1 - beta1));
        const u = ops.maximum(ops.scale(state.u, k.beta2), ops.shift(ops.abs(g), k.eps));
        const next = ops.sub(params, ops.scale(ops.div(m, u), lr / (1 - beta1 ** step)));
        return { params: next, state: { m, u } };
      },
    };
  },
};
