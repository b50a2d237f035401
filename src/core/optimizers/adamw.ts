/**
 * AdamW (torch.optim.AdamW): Adam with DECOUPLED weight decay applied before the Adam step,
 *   p <- p*(1 - lr*wd), then the Adam update of adam.ts with the raw gradient. weightDecay defaults to 0.01.
 */
import { adamFields, bindAdamFamily, type AdamConfig } from './adam';
import type { FirstOrderRule } from './first-order-rule';
import type { OptimizerSpec } from './validate-config';
import type { UpdateRule } from './update-rule';

export type AdamwConfig = AdamConfig;

// Adam's defaults written out, not spread from adamSpec: the bundler counts a module-level spread or property read
// as a side effect, and would then ship every optimizer to each page that imports src/core/plain.ts (the schedule
// viewer and loss explorer included). Keep module level in the plain half to literals, functions and plain names.
export const adamwSpec: OptimizerSpec<AdamwConfig> = {
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false },
  fields: adamFields,
};

export const adamwRule: FirstOrderRule<AdamwConfig> = { bind: (ops, config) => bindAdamFamily(ops, config, true) };

// The rule as a reader sees it (update-rule.ts): Adam's lines with the decay moved onto the weights.
export const adamwUpdateRule: UpdateRule = {
  title: 'AdamW',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'weight-decay', tex: '\\theta_{t-1} \\leftarrow (1 - \\eta \\lambda)\\, \\theta_{t-1}' },
    { id: 'first-moment', tex: 'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t' },
    { id: 'second-moment', tex: 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2' },
    { id: 'bias-correction', tex: '\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}, \\quad \\hat v_t = \\frac{v_t}{1 - \\beta_2^t}' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon}' },
  ],
};
