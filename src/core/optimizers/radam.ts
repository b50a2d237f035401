/**
 * RAdam, PyTorch form (torch.optim.RAdam, torch/optim/radam.py, single-tensor path; Liu et al. 2020):
 *   g <- g + wd*p (coupled), or p <- p*(1 - lr*wd) (decoupledWeightDecay: RAdamW)
 *   m <- lerp(m, g, 1-beta1);  v <- beta2*v + (1-beta2)*g^2;  m_hat = m / (1-beta1^t)
 *   rho_inf = 2/(1-beta2) - 1;  rho_t = rho_inf - 2 t beta2^t / (1-beta2^t)
 *   rho_t > 5: p <- p - lr * m_hat * r_t * sqrt(1-beta2^t) / (sqrt(v) + eps),
 *              r_t = sqrt((rho_t-4)(rho_t-2) rho_inf / ((rho_inf-4)(rho_inf-2) rho_t))
 *   else:      p <- p - lr * m_hat   (the variance of the adaptive step is not yet defined: an un-adapted momentum step)
 * Unlike Adam, eps is added to the raw sqrt(v), before the bias correction multiplies in. With the default betas the
 * rectified branch starts at step 6.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

export interface RadamConfig {
  /** Learning rate. Default 1e-3. */
  lr: number;
  /** [beta1, beta2], each in [0, 1). Default [0.9, 0.999]. */
  betas: [number, number];
  /** Added to sqrt(v) in the adaptive branch. Default 1e-8. */
  eps: number;
  /** Weight decay, coupled (L2 added to the gradient) unless decoupledWeightDecay. Default 0. */
  weightDecay: number;
  /** Decay the weights directly, p <- p*(1 - lr*wd), as AdamW does (RAdamW). Default false. */
  decoupledWeightDecay: boolean;
}

export const radamSpec: OptimizerSpec<RadamConfig> = {
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, decoupledWeightDecay: false },
  fields: { lr: { kind: 'positive' }, betas: { kind: 'betas' }, eps: { kind: 'positive' }, weightDecay: { kind: 'nonNegative' }, decoupledWeightDecay: { kind: 'boolean' } },
};

interface RadamState<V> {
  m: V;
  v: V;
}

/** The rectification factor r_t, or undefined while rho_t <= 5 (PyTorch's threshold). */
export function radamRectification(beta2: number, step: number): number | undefined {
  const rhoInf = 2 / (1 - beta2) - 1;
  const rhoT = rhoInf - (2 * step * beta2 ** step) / (1 - beta2 ** step);
  if (!(rhoT > 5)) return undefined;
  return Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
}

export const radamRule: FirstOrderRule<RadamConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: RadamConfig): BoundRule<V, S, RadamState<V>> {
    const k = {
      weightDecay: ops.scalar(config.weightDecay),
      oneMinusBeta1: ops.scalar(1 - config.betas[0]),
      beta2: ops.scalar(config.betas[1]),
      oneMinusBeta2: ops.scalar(1 - config.betas[1]),
      eps: ops.scalar(config.eps),
    };
    return {
      scalars: Object.values(k),
      init: (params) => ({ m: ops.filled(params, 0), v: ops.filled(params, 0) }),
      update({ params, grad, state, step, lr, momentum }) {
        let p = params;
        let g = grad;
        if (config.weightDecay !== 0) {
          if (config.decoupledWeightDecay) p = ops.scale(p, 1 - lr * config.weightDecay);
          else g = ops.add(g, ops.scale(p, k.weightDecay));
        }
        const beta1 = momentum ?? config.betas[0];
        const m = ops.add(state.m, ops.scale(ops.sub(g, state.m), momentum === undefined ? k.oneMinusBeta1 : 1 - beta1));
        const v = ops.add(ops.scale(state.v, k.beta2), ops.scale(ops.square(g), k.oneMinusBeta2));
        const bc1 = 1 - beta1 ** step;
        const rect = radamRectification(config.betas[1], step);
        const next =
          rect === undefined
            ? ops.sub(p, ops.scale(m, lr / bc1))
            : ops.sub(p, ops.scale(ops.div(m, ops.shift(ops.sqrt(v), k.eps)), (lr * rect * Math.sqrt(1 - config.betas[1] ** step)) / bc1));
        return { params: next, state: { m, v } };
      },
    };
  },
};

/** RAdam as the update-rule diff shows it against Adam (same ids for the same steps). */
export const radamUpdateRule: UpdateRule = {
  title: 'RAdam',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda \\theta_{t-1}' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2' },
    { id: 'bias-correction', tex: '\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}' },
    {
      id: 'rectification',
      tex: '\\rho_t = \\rho_\\infty - \\frac{2 t \\beta_2^t}{1 - \\beta_2^t},\\quad r_t = \\sqrt{\\frac{(\\rho_t - 4)(\\rho_t - 2)\\rho_\\infty}{(\\rho_\\infty - 4)(\\rho_\\infty - 2)\\rho_t}}',
    },
    {
      id: 'update',
      tex: '\\theta_t = \\begin{cases} \\theta_{t-1} - \\eta\\, r_t \\hat m_t \\frac{\\sqrt{1 - \\beta_2^t}}{\\sqrt{v_t} + \\epsilon} & \\rho_t > 5 \\\\ \\theta_{t-1} - \\eta\\, \\hat m_t & \\text{otherwise} \\end{cases}',
    },
  ],
};
