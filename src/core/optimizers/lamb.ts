/**
 * LAMB (You et al. 2019, arXiv 1904.00962, Algorithm 2) as timm implements it: huggingface/pytorch-image-models
 * timm/optim/lamb.py, `Lamb`, a pure-PyTorch transcription of NVIDIA apex's FusedLAMB (the NVLAMB variant):
 *   g <- g / max(||g|| / maxGradNorm, 1)            (global gradient-norm clipping; maxGradNorm 0 turns it off)
 *   m <- beta1*m + beta3*g, beta3 = 1-beta1 (gradAveraging) or 1;  v <- beta2*v + (1-beta2)*g^2
 *   u = (m / bc1) / (sqrt(v)/sqrt(bc2) + eps), bc_i = 1-beta_i^t (or 1 without biasCorrection)
 *   u <- u + wd*p                                      (weight decay enters the update, not the gradient or moments)
 *   if wd != 0 or alwaysAdapt: u <- u * ratio, ratio = ||p|| / ||u||, or 1 when either norm is 0;
 *                              trustClip caps ratio at 1 (LAMBC)
 *   p <- p - lr*u
 * The choices this follows from the reference: bias correction on by default (the paper's Algorithm 2 has none, apex
 * and timm add it); weight decay added to the Adam ratio before the trust ratio (AdamW-style, as in the paper); the
 * trust ratio unclipped (phi = identity) and skipped for parameters without weight decay unless alwaysAdapt; eps 1e-6
 * and weightDecay 0.01 by default. Our parameters are ONE flat vector per optimizer (the training loop keeps the whole
 * MLP in one vector), so the "layer" whose norms form the trust ratio is the whole parameter vector given, and the
 * global clipping norm is that vector's gradient norm.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

export interface LambConfig {
  /** Learning rate. Default 1e-3. */
  lr: number;
  /** [beta1, beta2], each in [0, 1). Default [0.9, 0.999]. */
  betas: [number, number];
  /** Added to the bias-corrected root. Default 1e-6 (timm, apex). */
  eps: number;
  /** Added to the update as wd*p before the trust ratio. Default 0.01. */
  weightDecay: number;
  /** Divide the moments by 1 - beta^t. Default true. */
  biasCorrection: boolean;
  /** Scale the gradient by (1 - beta1) in the first moment. Default true. */
  gradAveraging: boolean;
  /** Clip the gradient to this global norm first; 0 turns clipping off (timm's None). Default 1. */
  maxGradNorm: number;
  /** Cap the trust ratio at 1 (LAMBC). Default false. */
  trustClip: boolean;
  /** Apply the trust ratio even when weightDecay is 0. Default false. */
  alwaysAdapt: boolean;
}

export const lambSpec: OptimizerSpec<LambConfig> = {
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-6, weightDecay: 0.01, biasCorrection: true, gradAveraging: true, maxGradNorm: 1, trustClip: false, alwaysAdapt: false },
  fields: {
    lr: { kind: 'positive' },
    betas: { kind: 'betas' },
    eps: { kind: 'positive' },
    weightDecay: { kind: 'nonNegative' },
    biasCorrection: { kind: 'boolean' },
    gradAveraging: { kind: 'boolean' },
    maxGradNorm: { kind: 'nonNegative' },
    trustClip: { kind: 'boolean' },
    alwaysAdapt: { kind: 'boolean' },
  },
};

interface LambState<V> {
  m: V;
  v: V;
}

export const lambRule: FirstOrderRule<LambConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: LambConfig): BoundRule<V, S, LambState<V>> {
    const k = { beta2: ops.scalar(config.betas[1]), oneMinusBeta2: ops.scalar(1 - config.betas[1]), eps: ops.scalar(config.eps), weightDecay: ops.scalar(config.weightDecay) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ m: ops.filled(params, 0), v: ops.filled(params, 0) }),
      update({ params, grad, state, step, lr, momentum }) {
        let g = grad;
        if (config.maxGradNorm > 0) g = ops.scale(g, ops.divScalar(1, ops.clampScalar(ops.divScalar(ops.norm(g), config.maxGradNorm), 1, Infinity)));
        const beta1 = momentum ?? config.betas[0];
        const m = ops.add(ops.scale(state.m, beta1), ops.scale(g, config.gradAveraging ? 1 - beta1 : 1));
        const v = ops.add(ops.scale(state.v, k.beta2), ops.scale(ops.square(g), k.oneMinusBeta2));
        const bc1 = config.biasCorrection ? 1 - beta1 ** step : 1;
        const bc2 = config.biasCorrection ? 1 - config.betas[1] ** step : 1;
        let u = ops.div(ops.scale(m, 1 / bc1), ops.shift(ops.scale(ops.sqrt(v), 1 / Math.sqrt(bc2)), k.eps));
        if (config.weightDecay !== 0) u = ops.add(u, ops.scale(params, k.weightDecay));
        if (config.weightDecay !== 0 || config.alwaysAdapt) {
          let ratio = ops.ratioOr(ops.norm(params), ops.norm(u), 1);
          if (config.trustClip) ratio = ops.clampScalar(ratio, -Infinity, 1);
          u = ops.scale(u, ratio);
        }
        return { params: ops.sub(params, ops.scale(u, lr)), state: { m, v } };
      },
    };
  },
};

/** LAMB as the update-rule diff shows it against Adam (same ids for the same steps; 'trust-ratio' is new). */
export const lambUpdateRule: UpdateRule = {
  title: 'LAMB',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla f(\\theta_{t-1}) / \\max(1, \\lVert \\nabla f(\\theta_{t-1}) \\rVert / c)' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2' },
    { id: 'bias-correction', tex: '\\hat m_t = \\frac{m_t}{1 - \\beta_1^t},\\quad \\hat v_t = \\frac{v_t}{1 - \\beta_2^t}' },
    { id: 'weight-decay', tex: 'u_t = \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} + \\lambda \\theta_{t-1}' },
    { id: 'trust-ratio', tex: 'r_t = \\frac{\\lVert \\theta_{t-1} \\rVert}{\\lVert u_t \\rVert}\\ (1 \\text{ if either norm is } 0)' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, r_t u_t' },
  ],
};
