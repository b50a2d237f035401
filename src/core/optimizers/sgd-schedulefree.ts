/**
 * Schedule-free SGD, as the authors' package writes it (facebookresearch/schedule_free,
 * schedulefree/sgd_schedulefree.py, `SGDScheduleFree`, per-parameter path):
 *   d = g + wd*y (the gradient at y, with coupled weight decay), then the y / z moves of schedule-free.ts.
 * params hold y; evalParams gives x, the point the reference evaluates with (see schedule-free.ts).
 */
import type { BoundRule, FirstOrderRule } from './first-order-rule';
import { averageStep, INITIAL_AVERAGE, scheduleFreeEvalPoint, scheduleFreeMove, type AverageState } from './schedule-free';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

export interface SgdSchedulefreeConfig {
  /** Learning rate. Default 1 (the package's default). */
  lr: number;
  /** Interpolation beta between z and x, in (0, 1). Default 0.9. */
  momentum: number;
  /** Coupled L2 penalty, taken at y. Default 0. */
  weightDecay: number;
  /** Linear warmup of lr over this many steps. Default 0. */
  warmupSteps: number;
  /** Polynomial weighting (k+1)^r of the average. Default 0. */
  r: number;
  /** The average's weights are lrMax^weightLrPower (warmup steps count less). Default 2. */
  weightLrPower: number;
}

export const sgdSchedulefreeSpec: OptimizerSpec<SgdSchedulefreeConfig> = {
  defaults: { lr: 1, momentum: 0.9, weightDecay: 0, warmupSteps: 0, r: 0, weightLrPower: 2 },
  fields: {
    lr: { kind: 'positive' },
    momentum: { kind: 'unit' },
    weightDecay: { kind: 'nonNegative' },
    warmupSteps: { kind: 'nonNegativeInteger' },
    r: { kind: 'nonNegative' },
    weightLrPower: { kind: 'nonNegative' },
  },
  // The reference rejects momentum 0 too: x = y + (1 - 1/beta)(z - y) divides by it.
  check: (c) => (c.momentum > 0 ? undefined : `momentum must be a finite number in (0, 1) (got ${c.momentum})`),
};

interface SgdSchedulefreeState<V> extends AverageState {
  /** The base SGD iterate z (the reference's state['z']). */
  z: V;
}

export const sgdSchedulefreeRule: FirstOrderRule<SgdSchedulefreeConfig> = {
  bind<V, S>(ops: VectorOps<V, S>, config: SgdSchedulefreeConfig): BoundRule<V, S, SgdSchedulefreeState<V>> {
    const weightDecay = ops.scalar(config.weightDecay);
    return {
      scalars: [weightDecay],
      // z starts as a copy of the parameters (torch.clone(p)).
      init: (params) => ({ z: ops.scale(params, 1), ...INITIAL_AVERAGE }),
      update({ params, grad, state, step, lr }) {
        const avg = averageStep(config, state, step - 1, lr);
        const d = config.weightDecay !== 0 ? ops.add(grad, ops.scale(params, weightDecay)) : grad;
        const { y, z } = scheduleFreeMove(ops, params, state.z, d, avg.lr, avg.ckp1, config.momentum);
        return { params: y, state: { z, ...avg.average } };
      },
      evalParams: (params, state) => scheduleFreeEvalPoint(ops, params, state.z, config.momentum),
    };
  },
};

/** Schedule-free SGD for the update-rule diff (against SGD with momentum). */
export const sgdSchedulefreeUpdateRule: UpdateRule = {
  title: 'Schedule-free SGD',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla f(y_t)' },
    { id: 'weight-decay', tex: 'g_t \\leftarrow g_t + \\lambda y_t' },
    { id: 'base-step', tex: 'z_{t+1} = z_t - \\eta g_t' },
    { id: 'average', tex: 'x_{t+1} = (1 - c_{t+1})\\, x_t + c_{t+1} z_{t+1},\\quad c_{t+1} = \\frac{w_{t+1}}{\\sum_{i \\le t+1} w_i}' },
    { id: 'interpolation', tex: 'y_{t+1} = (1 - \\beta)\\, z_{t+1} + \\beta\\, x_{t+1}' },
  ],
};
