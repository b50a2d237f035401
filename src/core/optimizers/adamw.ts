/**
 * AdamW (torch.optim.AdamW): Adam with DECOUPLED weight decay applied before the Adam step,
 *   p <- p*(1 - lr*wd), then the Adam update of adam.ts with the raw gradient. weightDecay defaults to 0.01.
 */
import { adamFamilyRule, adamSpec, type AdamConfig } from './adam';
import type { OptimizerSpec } from './validate-config';

export type AdamwConfig = AdamConfig;

export const adamwSpec: OptimizerSpec<AdamwConfig> = {
  defaults: { ...adamSpec.defaults, weightDecay: 1e-2 },
  fields: adamSpec.fields,
};

export const adamwRule = adamFamilyRule(true);
