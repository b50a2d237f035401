/**
 * Adafactor, PyTorch form (torch/optim/_adafactor.py, `_single_tensor_adafactor`), step t from 1:
 *   1 - beta2_t = t^beta2Decay;  rho = min(lr, 1/sqrt(t));  alpha = max(eps2, RMS(p)) * rho   (p before decay)
 *   p <- p*(1 - lr*wd)                                                  (decoupled weight decay)
 *   matrix [m, n] (factored): R <- lerp(R, rowMean(g^2), 1-beta2_t);  C <- lerp(C, colMean(g^2), 1-beta2_t)
 *                             V <- R C^T / max(mean(R), eps1)
 *   vector (unfactored):      V <- lerp(V, g^2, 1-beta2_t)
 *   U <- g / sqrt(max(V, eps1^2));  p <- p - alpha * U / max(1, RMS(U)/d)
 * eps1 defaults to float32's machine epsilon 2^-23, as PyTorch picks for float32 parameters (finfo(dtype).eps), on
 * both the float32 tensor path and the float64 plain path, so the two run the same rule.
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import type { MatrixOps } from './matrix-ops';
import type { OptimizerSpec } from './validate-config';

/** float32's machine epsilon, 2^-23: PyTorch's eps1 for float32 parameters. */
export const FLOAT32_EPSILON = 1.1920928955078125e-7;

export interface AdafactorConfig {
  /** Cap of the relative step size rho and the weight-decay coefficient's lr. Default 1e-2. */
  lr: number;
  /** tau in 1 - beta2_t = t^tau; must be <= 0. Default -0.8. */
  beta2Decay: number;
  /** [eps1, eps2]: eps1 floors the second moment (null: 2^-23), eps2 floors RMS(p) in the step size. Default [2^-23, 1e-3]. */
  eps: [number | null, number];
  /** Update clipping threshold: the update's RMS is capped at d. Must be >= 1. Default 1. */
  d: number;
  /** Decoupled weight decay p <- p*(1 - lr*wd). Default 0. */
  weightDecay: number;
  /** Maximize the objective instead. Default false. */
  maximize: boolean;
}

export const adafactorSpec: OptimizerSpec<AdafactorConfig> = {
  defaults: { lr: 1e-2, beta2Decay: -0.8, eps: [FLOAT32_EPSILON, 1e-3], d: 1, weightDecay: 0, maximize: false },
  fields: {
    lr: { kind: 'positive' },
    beta2Decay: { kind: 'atMost', max: 0 },
    eps: { kind: 'epsPair' },
    d: { kind: 'atLeast', min: 1 },
    weightDecay: { kind: 'nonNegative' },
    maximize: { kind: 'boolean' },
  },
};

interface AdafactorState<V> {
  /** Row statistics R (m values) of a factored matrix; undefined for a vector. */
  rowVar: V | undefined;
  /** Column statistics C (n values) of a factored matrix; undefined for a vector. */
  colVar: V | undefined;
  /** The full second moment of a vector; undefined for a matrix. */
  variance: V | undefined;
}

export const adafactorRule: FirstOrderRule<AdafactorConfig> = {
  bind<V, S>(ops: MatrixOps<V, S>, config: AdafactorConfig): BoundRule<V, S, AdafactorState<V>> {
    const eps1 = config.eps[0] ?? FLOAT32_EPSILON;
    const eps2 = config.eps[1];
    const lerp = (a: V, b: V, w: number): V => ops.add(a, ops.scale(ops.sub(b, a), w));
    return {
      scalars: [],
      init(params, shape) {
        if (shape.length === 1) return { rowVar: undefined, colVar: undefined, variance: ops.filled(params, 0) };
        // Zero vectors of m and n values, made from the parameter so the same code serves arrays and tensors.
        const zeros = ops.filled(params, 0);
        return { rowVar: ops.rowMeans(zeros, shape[0], shape[1]), colVar: ops.colMeans(zeros, shape[0], shape[1]), variance: undefined };
      },
      update({ params, grad, state, step, lr, shape }) {
        const g = config.maximize ? ops.scale(grad, -1) : grad;
        const oneMinusBeta2 = step ** config.beta2Decay;
        const rho = Math.min(lr, 1 / Math.sqrt(step));
        const paramScale = ops.maxScalar(ops.rms(params), eps2);
        const p = config.weightDecay !== 0 ? ops.scale(params, 1 - lr * config.weightDecay) : params;
        const g2 = ops.square(g);
        let next: AdafactorState<V>;
        let variance: V;
        if (shape.length === 2 && state.rowVar !== undefined && state.colVar !== undefined) {
          const [m, n] = shape;
          const rowVar = lerp(state.rowVar, ops.rowMeans(g2, m, n), oneMinusBeta2);
          const colVar = lerp(state.colVar, ops.colMeans(g2, m, n), oneMinusBeta2);
          variance = ops.divBy(ops.outer(rowVar, colVar), ops.maxScalar(ops.mean(rowVar), eps1));
          next = { rowVar, colVar, variance: undefined };
        } else {
          variance = lerp(state.variance ?? ops.filled(g, 0), g2, oneMinusBeta2);
          next = { rowVar: undefined, colVar: undefined, variance };
        }
        const update = ops.div(g, ops.sqrt(ops.maximum(variance, ops.filled(variance, eps1 * eps1))));
        // alpha * U / max(1, RMS(U)/d) written as U / max(d, RMS(U)) * d * rho * max(eps2, RMS(p)).
        const clipped = ops.scale(ops.divBy(update, ops.maxScalar(ops.rms(update), config.d)), config.d * rho);
        return { params: ops.sub(p, ops.scale(clipped, paramScale)), state: next };
      },
    };
  },
};
