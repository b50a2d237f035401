/**
 * Adam and AMSGrad, PyTorch form (torch/optim/adam.py, single-tensor path):
 *   g <- g + wd*p (coupled L2; AdamW decouples it, see adamw.ts)
 *   m <- lerp(m, g, 1-beta1);  v <- beta2*v + (1-beta2)*g^2;  amsgrad: vMax <- max(vMax, v) (raw, un-corrected v)
 *   p <- p - (lr / (1-beta1^t)) * m / (sqrt(v) / sqrt(1-beta2^t) + eps)
 * eps is added after bias-correcting sqrt(v) and is always 1e-8 by default, never the backend epsilon.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';
import type { UpdateRule } from './update-rule';

export interface AdamConfig {
  /** Learning rate. Default 1e-3. */
  lr: number;
  /** [beta1, beta2], each in [0, 1). Default [0.9, 0.999]. */
  betas: [number, number];
  /** Added to the bias-corrected root. Default 1e-8. */
  eps: number;
  /** Adam: coupled L2 penalty (default 0). AdamW: decoupled decay p <- p*(1 - lr*wd) (default 0.01). */
  weightDecay: number;
  /** Use the running maximum of v (AMSGrad). Default false. */
  amsgrad: boolean;
}

export const adamFields = { lr: { kind: 'positive' }, betas: { kind: 'betas' }, eps: { kind: 'positive' }, weightDecay: { kind: 'nonNegative' }, amsgrad: { kind: 'boolean' } } as const;

export const adamSpec: OptimizerSpec<AdamConfig> = {
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false },
  fields: adamFields,
};

interface AdamState<V> {
  /** First moment m. */
  m: V;
  /** Second moment v. */
  v: V;
  /** AMSGrad's running maximum of v; undefined when amsgrad is off. */
  vMax: V | undefined;
}

/** The Adam update with either coupled (Adam) or decoupled (AdamW) weight decay, bound to one kind of vector. */
export function bindAdamFamily<V, S>(ops: VectorOps<V, S>, config: AdamConfig, decoupled: boolean): BoundRule<V, S, AdamState<V>> {
  const k = {
    weightDecay: ops.scalar(config.weightDecay),
    oneMinusBeta1: ops.scalar(1 - config.betas[0]),
    beta2: ops.scalar(config.betas[1]),
    oneMinusBeta2: ops.scalar(1 - config.betas[1]),
    eps: ops.scalar(config.eps),
  };
  return {
    scalars: Object.values(k),
    init: (params) => ({ m: ops.filled(params, 0), v: ops.filled(params, 0), vMax: config.amsgrad ? ops.filled(params, 0) : undefined }),
    update({ params, grad, state, step, lr, momentum }) {
      let p = params;
      let g = grad;
      if (config.weightDecay !== 0) {
        if (decoupled) p = ops.scale(p, 1 - lr * config.weightDecay);
        else g = ops.add(g, ops.scale(p, k.weightDecay));
      }
      const beta1 = momentum ?? config.betas[0];
      const m0 = state.m;
      const m = ops.add(m0, ops.scale(ops.sub(g, m0), momentum === undefined ? k.oneMinusBeta1 : 1 - beta1));
      const v = ops.add(ops.scale(state.v, k.beta2), ops.scale(ops.square(g), k.oneMinusBeta2));
      const vMax = state.vMax === undefined ? undefined : ops.maximum(state.vMax, v);
      const bc1 = 1 - beta1 ** step;
      const bc2 = 1 - config.betas[1] ** step;
      const denom = ops.shift(ops.scale(ops.sqrt(vMax ?? v), 1 / Math.sqrt(bc2)), k.eps);
      const next = ops.sub(p, ops.scale(ops.div(m, denom), lr / bc1));
      return { params: next, state: { m, v, vMax } };
    },
  };
}

export const adamRule: FirstOrderRule<AdamConfig> = { bind: (ops, config) => bindAdamFamily(ops, config, false) };

// The rules as a reader sees them (update-rule.ts), for the update-rule diff.
export const adamUpdateRule: UpdateRule = {
  title: 'Adam',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2' },
    { id: 'bias-correction', tex: '\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}, \\quad \\hat v_t = \\frac{v_t}{1 - \\beta_2^t}' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon}' },
  ],
};

/** AMSGrad as PyTorch implements it: the running maximum of the raw v, bias-corrected like v. */
export const amsgradUpdateRule: UpdateRule = {
  title: 'AMSGrad',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2' },
    { id: 'max-second-moment', tex: 'v^{\\max}_t = \\max(v^{\\max}_{t-1}, v_t)' },
    { id: 'bias-correction', tex: '\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}, \\quad \\hat v_t = \\frac{v^{\\max}_t}{1 - \\beta_2^t}' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon}' },
  ],
};
