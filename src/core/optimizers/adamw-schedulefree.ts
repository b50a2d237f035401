/**
 * Schedule-free AdamW, as the authors' package writes it (facebookresearch/schedule_free,
 * schedulefree/adamw_schedulefree.py, `AdamWScheduleFree`, per-parameter path):
 *   v <- beta2*v + (1-beta2)*g^2;  denom = sqrt(v / (1-beta2^t)) + eps
 *   d = g / denom, or with innerMomentum mu: m <- mu*m + (1-mu)*g, d = (m / (1-mu^t)) / denom
 *   d <- d + wd*y (weight decay "calculated at y", after the normalisation), then the y / z moves of schedule-free.ts
 *   with beta = beta1.
 * params hold y; evalParams gives x, the point the reference evaluates with (see schedule-free.ts).
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import { averageStep, INITIAL_AVERAGE, scheduleFreeEvalPoint, scheduleFreeMove, type AverageState } from './schedule-free';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

export interface AdamwSchedulefreeConfig {
  /** Learning rate. Default 0.0025 (the package's default). */
  lr: number;
  /** [beta1, beta2]: beta1 in (0, 1) interpolates between z and x, beta2 in [0, 1) averages g^2. Default [0.9, 0.999]. */
  betas: [number, number];
  /** Added to the bias-corrected root. Default 1e-8. */
  eps: number;
  /** Added to the normalised step as wd*y. Default 0. */
  weightDecay: number;
  /** Linear warmup of lr over this many steps. Default 0. */
  warmupSteps: number;
  /** Polynomial weighting (k+1)^r of the average. Default 0. */
  r: number;
  /** The average's weights are lrMax^weightLrPower (warmup steps count less). Default 2. */
  weightLrPower: number;
  /** An EMA of the gradient inside the Adam step (the package's inner_momentum); 0 keeps none. Default 0. */
  innerMomentum: number;
}

export const adamwSchedulefreeSpec: OptimizerSpec<AdamwSchedulefreeConfig> = {
  defaults: { lr: 0.0025, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, warmupSteps: 0, r: 0, weightLrPower: 2, innerMomentum: 0 },
  fields: {
    lr: { kind: 'positive' },
    betas: { kind: 'betas' },
    eps: { kind: 'positive' },
    weightDecay: { kind: 'nonNegative' },
    warmupSteps: { kind: 'nonNegativeInteger' },
    r: { kind: 'nonNegative' },
    weightLrPower: { kind: 'nonNegative' },
    innerMomentum: { kind: 'unit' },
  },
  // x = y + (1 - 1/beta1)(z - y) divides by beta1.
  check: (c) => (c.betas[0] > 0 ? undefined : `betas[0] must be a finite number in (0, 1) for a schedule-free method (got ${c.betas[0]})`),
};

interface AdamwSchedulefreeState<V> extends AverageState {
  /** The base iterate z. */
  z: V;
  /** Second moment v (the reference's exp_avg_sq). */
  v: V;
  /** The inner first moment; undefined while innerMomentum is 0, as the reference allocates none. */
  m: V | undefined;
}

export const adamwSchedulefreeRule: FirstOrderRule<AdamwSchedulefreeConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: AdamwSchedulefreeConfig): BoundRule<V, S, AdamwSchedulefreeState<V>> {
    const [beta1, beta2] = config.betas;
    const mu = config.innerMomentum;
    const k = { beta2: ops.scalar(beta2), oneMinusBeta2: ops.scalar(1 - beta2), eps: ops.scalar(config.eps), weightDecay: ops.scalar(config.weightDecay) };
    return {
      scalars: Object.values(k),
      init: (params) => ({ z: ops.scale(params, 1), v: ops.filled(params, 0), m: mu !== 0 ? ops.filled(params, 0) : undefined, ...INITIAL_AVERAGE }),
      update({ params, grad, state, step, lr }) {
        const avg = averageStep(config, state, step - 1, lr);
        const v = ops.add(ops.scale(state.v, k.beta2), ops.scale(ops.square(grad), k.oneMinusBeta2));
        const denom = ops.shift(ops.sqrt(ops.scale(v, 1 / (1 - beta2 ** step))), k.eps);
        const m = state.m === undefined ? undefined : ops.add(ops.scale(state.m, mu), ops.scale(grad, 1 - mu));
        let d = m === undefined ? ops.div(grad, denom) : ops.div(ops.scale(m, 1 / (1 - mu ** step)), denom);
        if (config.weightDecay !== 0) d = ops.add(d, ops.scale(params, k.weightDecay));
        const { y, z } = scheduleFreeMove(ops, params, state.z, d, avg.lr, avg.ckp1, beta1);
        return { params: y, state: { z, v, m, ...avg.average } };
      },
      evalParams: (params, state) => scheduleFreeEvalPoint(ops, params, state.z, beta1),
    };
  },
};

/** Schedule-free AdamW for the update-rule diff (against AdamW). */
export const adamwSchedulefreeUpdateRule: UpdateRule = {
  title: 'Schedule-free AdamW',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla f(y_t)' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2' },
    { id: 'bias-correction', tex: '\\hat v_t = \\frac{v_t}{1 - \\beta_2^t}' },
    { id: 'weight-decay', tex: 'd_t = \\frac{g_t}{\\sqrt{\\hat v_t} + \\epsilon} + \\lambda y_t' },
    { id: 'base-step', tex: 'z_{t+1} = z_t - \\eta d_t' },
    { id: 'average', tex: 'x_{t+1} = (1 - c_{t+1})\\, x_t + c_{t+1} z_{t+1},\\quad c_{t+1} = \\frac{w_{t+1}}{\\sum_{i \\le t+1} w_i}' },
    { id: 'interpolation', tex: 'y_{t+1} = (1 - \\beta_1)\\, z_{t+1} + \\beta_1 x_{t+1}' },
  ],
};
