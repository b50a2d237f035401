/**
 * SGD with momentum, dampening, Nesterov and coupled weight decay, PyTorch form (torch/optim/sgd.py):
 *   g <- g + wd*p;  b <- g at step 1 (dampening NOT applied), else b <- mu*b + (1-dampening)*g
 *   g <- nesterov ? g + mu*b : b;  p <- p - lr*g
 * Unlike Keras' velocity form, a changed lr applies to the whole momentum history, as in PyTorch.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { VectorOps } from './vector-ops';
import type { OptimizerSpec } from './validate-config';
import type { UpdateRule } from './update-rule';

export interface SgdConfig {
  /** Learning rate. PyTorch default 1e-3. */
  lr: number;
  /** Heavy-ball momentum mu. Default 0 (plain SGD). */
  momentum: number;
  /** Dampening of the gradient inside the buffer, from step 2 on. Default 0. */
  dampening: number;
  /** Coupled L2 penalty added to the gradient. Default 0. */
  weightDecay: number;
  /** Nesterov momentum; needs momentum > 0 and dampening 0. Default false. */
  nesterov: boolean;
}

export const sgdSpec: OptimizerSpec<SgdConfig> = {
  defaults: { lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false },
  fields: { lr: { kind: 'positive' }, momentum: { kind: 'nonNegative' }, dampening: { kind: 'nonNegative' }, weightDecay: { kind: 'nonNegative' }, nesterov: { kind: 'boolean' } },
  check: (c) => (c.nesterov && (c.momentum <= 0 || c.dampening !== 0) ? 'nesterov needs momentum > 0 and dampening 0' : undefined),
};

interface SgdState<V> {
  /** The momentum buffer b (unused while momentum is 0). */
  buffer: V;
}

export const sgdRule: FirstOrderRule<SgdConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: SgdConfig): BoundRule<V, S, SgdState<V>> {
    const k = { weightDecay: ops.scalar(config.weightDecay), momentum: ops.scalar(config.momentum), keep: ops.scalar(1 - config.dampening) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ buffer: ops.filled(params, 0) }),
      update({ params, grad, state, step, lr, momentum }) {
        let g = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, k.weightDecay)) : grad;
        const mu = momentum ?? k.momentum;
        let buffer = state.buffer;
        if ((momentum ?? config.momentum) !== 0) {
          buffer = step === 1 ? g : ops.add(ops.scale(buffer, mu), config.dampening === 0 ? g : ops.scale(g, k.keep));
          g = config.nesterov ? ops.add(g, ops.scale(buffer, mu)) : buffer;
        }
        return { params: ops.sub(params, ops.scale(g, lr)), state: { buffer } };
      },
    };
  },
};

// The rules as a reader sees them (update-rule.ts), for the update-rule diff; PyTorch's form with dampening 0.
export const sgdUpdateRule: UpdateRule = {
  title: 'SGD',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, g_t' },
  ],
};

export const momentumUpdateRule: UpdateRule = {
  title: 'SGD with momentum',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'momentum', tex: 'b_t = \\mu\\, b_{t-1} + g_t \\quad (b_1 = g_1)' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, b_t' },
  ],
};

export const nesterovUpdateRule: UpdateRule = {
  title: 'Nesterov momentum',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'momentum', tex: 'b_t = \\mu\\, b_{t-1} + g_t \\quad (b_1 = g_1)' },
    { id: 'nesterov', tex: 'g_t \\leftarrow g_t + \\mu\\, b_t' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, g_t' },
  ],
};
