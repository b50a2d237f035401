/**
 * AdamW (torch.optim.AdamW): Adam with DECOUPLED weight decay applied before the Adam step,
 *   p <- p*(1 - lr*wd), then the Adam update of adam.ts with the raw gradient. weightDecay defaults to 0.01.
 */
import { adamFields, bindAdamFamily, type AdamConfig } from './adam';
import type { FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';

export type AdamwConfig = AdamConfig;

// Adam's defaults written out, not spread from adamSpec: the bundler counts a module-level spread or property read
// as a side effect, and would then ship every optimizer to each page that imports src/core/plain.ts (the schedule
// viewer and loss explorer included). Keep module level in the plain half to literals, functions and plain names.
export const adamwSpec: OptimizerSpec<AdamwConfig> = {
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false },
  fields: adamFields,
};

export const adamwRule: FirstOrderRule<AdamwConfig> = { bind: (ops, config) => bindAdamFamily(ops, config, true) };
