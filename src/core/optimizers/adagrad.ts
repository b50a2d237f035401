/**
 * Adagrad, PyTorch form (torch/optim/adagrad.py):
 *   g <- g + wd*p;  lr_t = lr / (1 + (t-1)*lrDecay);  s <- s + g^2;  p <- p - lr_t * g / (sqrt(s) + eps)
 * eps sits OUTSIDE the square root and the accumulator starts at initialAccumulatorValue (0), unlike tfjs (0.1, eps inside).
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { VectorOps } from './vector-ops';
import type { OptimizerSpec } from './validate-config';

export interface AdagradConfig {
  /** Learning rate. Default 1e-2. */
  lr: number;
  /** lr_t = lr / (1 + (t-1)*lrDecay). Default 0. */
  lrDecay: number;
  /** Coupled L2 penalty. Default 0. */
  weightDecay: number;
  /** Starting value of the squared-gradient sum. Default 0. */
  initialAccumulatorValue: number;
  /** Added to sqrt(s). Default 1e-10. */
  eps: number;
}

export const adagradSpec: OptimizerSpec<AdagradConfig> = {
  defaults: { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 },
  fields: { lr: { kind: 'positive' }, lrDecay: { kind: 'nonNegative' }, weightDecay: { kind: 'nonNegative' }, initialAccumulatorValue: { kind: 'nonNegative' }, eps: { kind: 'positive' } },
};

interface AdagradState<V> {
  /** The running sum of squared gradients s. */
  sum: V;
}

export const adagradRule: FirstOrderRule<AdagradConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: AdagradConfig): BoundRule<V, S, AdagradState<V>> {
    const k = { weightDecay: ops.scalar(config.weightDecay), eps: ops.scalar(config.eps) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ sum: ops.filled(params, config.initialAccumulatorValue) }),
      update({ params, grad, state, step, lr }) {
        const g = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, k.weightDecay)) : grad;
        const clr = lr / (1 + (step - 1) * config.lrDecay);
        const sum = ops.add(state.sum, ops.square(g));
        const next = ops.sub(params, ops.scale(ops.div(g, ops.shift(ops.sqrt(sum), k.eps)), clr));
        return { params: next, state: { sum } };
      },
    };
  },
};
