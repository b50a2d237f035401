/**
 * SAM, sharpness-aware minimisation (Foret et al. 2021, arXiv 2010.01412), and with `adaptive` ASAM (Kwon et al.
 * 2021), following the widely used reference implementation davda54/sam, sam.py:
 *   first_step:  e = rho * s * g / (||t * g|| + 1e-12), with s = p^2, t = |p| (adaptive) or s = t = 1;  p <- p + e
 *   second_step: take the gradient at p + e, go back to p and run the base optimizer's step with that gradient.
 * So one SAM step costs two gradient evaluations, and the base optimizer counts one step per SAM step (its own state,
 * bias corrections and schedules see SAM steps). The base is any first-order optimizer, given as
 * `base: { name, ...hyper }`; SAM's own `lr`, when given, sets the base's lr (the resolved config holds both, equal).
 * The norm is over the whole parameter vector, as the reference's norm over every parameter tensor.
 */
import type { BoundRule } from './first-order-rule';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';
import type { VectorOps } from './vector-ops';

/** SAM's config; `B` is the resolved base config (config-types.ts names the first-order ones). */
export interface SamConfig<B = { name: string; lr: number }> {
  /** The learning rate of the base optimizer; defaults to base.lr, and sets it when given. */
  lr: number;
  /** Radius of the perturbation. Default 0.05. */
  rho: number;
  /** ASAM: scale the perturbation by |w| element-wise. Default false. */
  adaptive: boolean;
  /** The optimizer that takes the step, with its own hyper-parameters. Default { name: 'sgd' } (SGD's defaults). */
  base: B;
}

/** SAM's hyper-parameters before the registry resolves `base` and fills `lr` from it (see resolveOptimizerConfig). */
interface SamHyper {
  lr: number | undefined;
  rho: number;
  adaptive: boolean;
  base: { name: string };
}

export const samSpec: OptimizerSpec<SamHyper> = {
  defaults: { lr: undefined, rho: 0.05, adaptive: false, base: { name: 'sgd' } },
  fields: { lr: { kind: 'optionalPositive' }, rho: { kind: 'nonNegative' }, adaptive: { kind: 'boolean' }, base: { kind: 'optimizerConfig' } },
};

/** The reference's guard against a zero gradient norm. */
const NORM_GUARD = 1e-12;

/** SAM around a bound base rule: the base's state and update, plus the perturbed point where its gradient is taken. */
export function bindSam<V, S, St>(ops: VectorOps<V, S>, config: SamConfig<unknown>, base: BoundRule<V, S, St>): BoundRule<V, S, St> {
  const rule: BoundRule<V, S, St> = {
    scalars: base.scalars,
    init: (params, shape) => base.init(params, shape),
    update: (ctx) => base.update(ctx),
    perturb(params, grad) {
      const scaled = config.adaptive ? ops.mul(ops.abs(params), grad) : grad;
      const scale = ops.divScalar(config.rho, ops.addScalar(ops.norm(scaled), NORM_GUARD));
      const direction = config.adaptive ? ops.mul(ops.square(params), grad) : grad;
      return ops.add(params, ops.scale(direction, scale));
    },
  };
  if (base.evalParams !== undefined) rule.evalParams = base.evalParams.bind(base);
  return rule;
}

/** SAM for the update-rule diff: the two gradient evaluations around any base step. */
export const samUpdateRule: UpdateRule = {
  title: 'SAM',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla f(\\theta_{t-1})' },
    { id: 'perturbation', tex: '\\hat\\epsilon_t = \\rho \\frac{g_t}{\\lVert g_t \\rVert + 10^{-12}}' },
    { id: 'sharpness-gradient', tex: 'g^{\\mathrm{SAM}}_t = \\nabla f(\\theta_{t-1} + \\hat\\epsilon_t)' },
    { id: 'update', tex: '\\theta_t = \\mathrm{BaseStep}(\\theta_{t-1}, g^{\\mathrm{SAM}}_t)' },
  ],
};
