/**
 * RMSprop, PyTorch form (torch/optim/rmsprop.py):
 *   v <- alpha*v + (1-alpha)*g^2;  a = centered ? sqrt(v - gbar^2) : sqrt(v), with gbar <- lerp(gbar, g, 1-alpha);  a <- a + eps
 *   momentum > 0: b <- mu*b + g/a, p <- p - lr*b;  else p <- p - lr*g/a
 * eps is added AFTER the square root (PyTorch PR #26735); tfjs puts it inside and defaults alpha to 0.9.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { VectorOps } from './vector-ops';
import type { OptimizerSpec } from './validate-config';

export interface RmspropConfig {
  /** Learning rate. Default 1e-2. */
  lr: number;
  /** Smoothing constant of the squared-gradient average. Default 0.99. */
  alpha: number;
  /** Added to the root. Default 1e-8. */
  eps: number;
  /** Coupled L2 penalty. Default 0. */
  weightDecay: number;
  /** Momentum of the scaled step. Default 0. */
  momentum: number;
  /** Normalise by the variance estimate v - gbar^2 instead of v. Default false. */
  centered: boolean;
}

export const rmspropSpec: OptimizerSpec<RmspropConfig> = {
  defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false },
  fields: { lr: { kind: 'positive' }, alpha: { kind: 'unit' }, eps: { kind: 'positive' }, weightDecay: { kind: 'nonNegative' }, momentum: { kind: 'nonNegative' }, centered: { kind: 'boolean' } },
};

interface RmspropState<V> {
  /** v, the running average of g^2. */
  squareAvg: V;
  /** gbar, the running average of g (read when centered). */
  gradAvg: V;
  /** b, the momentum buffer (read when momentum > 0). */
  buffer: V;
}

export const rmspropRule: FirstOrderRule<RmspropConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: RmspropConfig): BoundRule<V, S, RmspropState<V>> {
    const k = {
      weightDecay: ops.scalar(config.weightDecay),
      alpha: ops.scalar(config.alpha),
      oneMinusAlpha: ops.scalar(1 - config.alpha),
      eps: ops.scalar(config.eps),
      momentum: ops.scalar(config.momentum),
    };
    return {
      scalars: Object.values(k),
      init: (params) => ({ squareAvg: ops.filled(params, 0), gradAvg: ops.filled(params, 0), buffer: ops.filled(params, 0) }),
      update({ params, grad, state, lr, momentum }) {
        const g = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, k.weightDecay)) : grad;
        const squareAvg = ops.add(ops.scale(state.squareAvg, k.alpha), ops.scale(ops.square(g), k.oneMinusAlpha));
        let gradAvg = state.gradAvg;
        let avg: V;
        if (config.centered) {
          gradAvg = ops.add(gradAvg, ops.scale(ops.sub(g, gradAvg), k.oneMinusAlpha));
          avg = ops.shift(ops.sqrt(ops.sub(squareAvg, ops.square(gradAvg))), k.eps);
        } else {
          avg = ops.shift(ops.sqrt(squareAvg), k.eps);
        }
        let buffer = state.buffer;
        let next: V;
        if ((momentum ?? config.momentum) > 0) {
          buffer = ops.add(ops.scale(buffer, momentum ?? k.momentum), ops.div(g, avg));
          next = ops.sub(params, ops.scale(buffer, lr));
        } else {
          next = ops.sub(params, ops.scale(ops.div(g, avg), lr));
        }
        return { params: next, state: { squareAvg, gradAvg, buffer } };
      },
    };
  },
};
