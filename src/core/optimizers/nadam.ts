/**
 * NAdam, PyTorch form (torch/optim/nadam.py):
 *   mu_t = beta1(1 - 0.5*0.96^(t*psi)),  mu_{t+1} likewise,  Pi_t = Pi_{t-1}*mu_t
 *   m <- lerp(m, g, 1-beta1);  v <- beta2*v + (1-beta2)g^2;  d = sqrt(v/(1-beta2^t)) + eps
 *   p <- p - lr(1-mu_t)/(1-Pi_t) * g/d - lr*mu_{t+1}/(1-Pi_t*mu_{t+1}) * m/d
 * Pi is kept in float64 here; torch keeps it as a float32 scalar, a 1.5e-9 difference.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';
import type { UpdateRule } from './update-rule';

export interface NadamConfig {
  /** Learning rate. Default 2e-3. */
  lr: number;
  /** Default [0.9, 0.999]. */
  betas: [number, number];
  /** Default 1e-8. */
  eps: number;
  /** Coupled L2 penalty. Default 0. */
  weightDecay: number;
  /** psi in the momentum schedule. Default 4e-3. */
  momentumDecay: number;
}

export const nadamSpec: OptimizerSpec<NadamConfig> = {
  defaults: { lr: 2e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, momentumDecay: 4e-3 },
  fields: { lr: { kind: 'positive' }, betas: { kind: 'betas' }, eps: { kind: 'positive' }, weightDecay: { kind: 'nonNegative' }, momentumDecay: { kind: 'nonNegative' } },
};

interface NadamState<V> {
  /** First moment m. */
  m: V;
  /** Second moment v. */
  v: V;
  /** Pi_t, the product of the momentum schedule so far (1 before the first step). */
  muProduct: number;
}

export const nadamRule: FirstOrderRule<NadamConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: NadamConfig): BoundRule<V, S, NadamState<V>> {
    const k = { weightDecay: ops.scalar(config.weightDecay), oneMinusBeta1: ops.scalar(1 - config.betas[0]), beta2: ops.scalar(config.betas[1]), oneMinusBeta2: ops.scalar(1 - config.betas[1]), eps: ops.scalar(config.eps) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ m: ops.filled(params, 0), v: ops.filled(params, 0), muProduct: 1 }),
      update({ params, grad, state, step, lr, momentum }) {
        const g = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, k.weightDecay)) : grad;
        const beta1 = momentum ?? config.betas[0];
        const mu = beta1 * (1 - 0.5 * 0.96 ** (step * config.momentumDecay));
        const muNext = beta1 * (1 - 0.5 * 0.96 ** ((step + 1) * config.momentumDecay));
        const muProduct = state.muProduct * mu;
        const m0 = state.m;
        const m = ops.add(m0, ops.scale(ops.sub(g, m0), momentum === undefined ? k.oneMinusBeta1 : 1 - beta1));
        const v = ops.add(ops.scale(state.v, k.beta2), ops.scale(ops.square(g), k.oneMinusBeta2));
        const bc2 = 1 - config.betas[1] ** step;
        const d = ops.shift(ops.scale(ops.sqrt(v), 1 / Math.sqrt(bc2)), k.eps);
        const gradTerm = ops.scale(g, (lr * (1 - mu)) / (1 - muProduct));
        const momentumTerm = ops.scale(m, (lr * muNext) / (1 - muProduct * muNext));
        const next = ops.sub(params, ops.div(ops.add(gradTerm, momentumTerm), d));
        return { params: next, state: { m, v, muProduct } };
      },
    };
  },
};

// The rule as a reader sees it (update-rule.ts): PyTorch's NAdam, a Nesterov look-ahead inside Adam.
export const nadamUpdateRule: UpdateRule = {
  title: 'NAdam',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'momentum-schedule', tex: '\\mu_t = \\beta_1 \\left(1 - \\tfrac12\\, 0.96^{t \\psi}\\right)' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2' },
    { id: 'bias-correction', tex: '\\hat v_t = \\frac{v_t}{1 - \\beta_2^t}' },
    {
      id: 'update',
      tex: '\\theta_t = \\theta_{t-1} - \\eta\\, \\frac{1 - \\mu_t}{1 - \\prod_{i \\le t} \\mu_i} \\frac{g_t}{\\sqrt{\\hat v_t} + \\epsilon} - \\eta\\, \\frac{\\mu_{t+1}}{1 - \\prod_{i \\le t+1} \\mu_i} \\frac{m_t}{\\sqrt{\\hat v_t} + \\epsilon}',
    },
  ],
};
