/**
 * Lion (Chen et al. 2023; reference google/automl lion/lion_pytorch.py, not in torch.optim):
 *   p <- p*(1 - lr*wd);  c = beta1*m + (1-beta1)*g;  p <- p - lr*sign(c);  m <- beta2*m + (1-beta2)*g
 * Every coordinate moves by exactly lr (sign(0) = 0).
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';
import type { UpdateRule } from './update-rule';

export interface LionConfig {
  /** Learning rate. Default 1e-4. */
  lr: number;
  /** [beta1 for the update direction, beta2 for the momentum]. Default [0.9, 0.99]. */
  betas: [number, number];
  /** Decoupled weight decay. Default 0. */
  weightDecay: number;
}

export const lionSpec: OptimizerSpec<LionConfig> = {
  defaults: { lr: 1e-4, betas: [0.9, 0.99], weightDecay: 0 },
  fields: { lr: { kind: 'positive' }, betas: { kind: 'betas' }, weightDecay: { kind: 'nonNegative' } },
};

interface LionState<V> {
  /** The momentum m. */
  m: V;
}

export const lionRule: FirstOrderRule<LionConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: LionConfig): BoundRule<V, S, LionState<V>> {
    const k = { beta1: ops.scalar(config.betas[0]), oneMinusBeta1: ops.scalar(1 - config.betas[0]), beta2: ops.scalar(config.betas[1]), oneMinusBeta2: ops.scalar(1 - config.betas[1]) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ m: ops.filled(params, 0) }),
      update({ params, grad, state, lr, momentum }) {
        const p = config.weightDecay !== 0 ? ops.scale(params, 1 - lr * config.weightDecay) : params;
        const m0 = state.m;
        const b1 = momentum ?? k.beta1;
        const c = ops.add(ops.scale(m0, b1), ops.scale(grad, momentum === undefined ? k.oneMinusBeta1 : 1 - momentum));
        const next = ops.sub(p, ops.scale(ops.sign(c), lr));
        const m = ops.add(ops.scale(m0, k.beta2), ops.scale(grad, k.oneMinusBeta2));
        return { params: next, state: { m } };
      },
    };
  },
};

// The rule as a reader sees it (update-rule.ts): the sign of an interpolation, then the momentum update.
export const lionUpdateRule: UpdateRule = {
  title: 'Lion',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: '\\theta_{t-1} \\leftarrow (1 - \\eta \\lambda)\\, \\theta_{t-1}' },
    { id: 'direction', tex: 'c_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, \\operatorname{sign}(c_t)' },
    { id: 'first-moment', tex: 'm_t = \\beta_2 m_{t-1} + (1 - \\beta_2)\\, g_t' },
  ],
};
