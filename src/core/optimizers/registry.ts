/**
 * The optimizer registry: name -> spec (defaults + validation) and implementation. Adding an optimizer means one
 * file beside this one and one line here.
 */
import { adagradRule, adagradSpec, type AdagradConfig } from './adagrad';
import { adamRule, adamSpec, type AdamConfig } from './adam';
import { adamaxRule, adamaxSpec, type AdamaxConfig } from './adamax';
import { adamwRule, adamwSpec, type AdamwConfig } from './adamw';
import type { HostRule } from './host-rule';
import { createLbfgs, lbfgsSpec, type LbfgsConfig } from './lbfgs';
import { lionRule, lionSpec, type LionConfig } from './lion';
import { nadamRule, nadamSpec, type NadamConfig } from './nadam';
import { createNewton, newtonSpec, type NewtonConfig } from './newton';
import { rmspropRule, rmspropSpec, type RmspropConfig } from './rmsprop';
import { sgdRule, sgdSpec, type SgdConfig } from './sgd';
import { OPTIMIZER_NAMES, type FirstOrderRule, type OptimizerName } from './types';
import { resolveConfig, type OptimizerSpec } from './validate-config';

export interface OptimizerConfigs {
  sgd: SgdConfig;
  adagrad: AdagradConfig;
  rmsprop: RmspropConfig;
  adam: AdamConfig;
  adamw: AdamwConfig;
  adamax: AdamaxConfig;
  nadam: NadamConfig;
  lion: LionConfig;
  newton: NewtonConfig;
  lbfgs: LbfgsConfig;
}

/** What callers pass: a name plus any hyper-parameters (camelCase PyTorch names); the rest take PyTorch defaults. */
export type OptimizerConfig = { [N in OptimizerName]: { name: N } & Partial<OptimizerConfigs[N]> }[OptimizerName];
/** A validated config with every default filled in. */
export type ResolvedOptimizerConfig = { [N in OptimizerName]: { name: N } & OptimizerConfigs[N] }[OptimizerName];

export type OptimizerEntry =
  | { kind: 'first-order'; summary: string; spec: OptimizerSpec<object>; rule: FirstOrderRule<object> }
  | { kind: 'host'; summary: string; spec: OptimizerSpec<object>; create(config: object): HostRule };

export const OPTIMIZERS: Readonly<Record<OptimizerName, OptimizerEntry>> = {
  sgd: { kind: 'first-order', summary: 'SGD with momentum, dampening, Nesterov', spec: sgdSpec, rule: sgdRule },
  adagrad: { kind: 'first-order', summary: 'Adagrad', spec: adagradSpec, rule: adagradRule },
  rmsprop: { kind: 'first-order', summary: 'RMSprop', spec: rmspropSpec, rule: rmspropRule },
  adam: { kind: 'first-order', summary: 'Adam / AMSGrad', spec: adamSpec, rule: adamRule },
  adamw: { kind: 'first-order', summary: 'AdamW (decoupled weight decay)', spec: adamwSpec, rule: adamwRule },
  adamax: { kind: 'first-order', summary: 'Adamax', spec: adamaxSpec, rule: adamaxRule },
  nadam: { kind: 'first-order', summary: 'NAdam', spec: nadamSpec, rule: nadamRule },
  lion: { kind: 'first-order', summary: 'Lion', spec: lionSpec, rule: lionRule },
  newton: { kind: 'host', summary: "Newton's method", spec: newtonSpec, create: (c: NewtonConfig) => createNewton(c) },
  lbfgs: { kind: 'host', summary: 'L-BFGS', spec: lbfgsSpec, create: (c: LbfgsConfig) => createLbfgs(c) },
};

export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === 'string' && (OPTIMIZER_NAMES as readonly string[]).includes(name);
}

/** Validates a config (name, then every field) and fills in defaults. Throws an Error that names the problem. */
export function resolveOptimizerConfig(config: { name: string } & Record<string, unknown>): ResolvedOptimizerConfig {
  const name = config?.name;
  if (!isOptimizerName(name)) throw new Error(`unknown optimizer "${String(name)}"; valid names: ${OPTIMIZER_NAMES.join(', ')}`);
  const resolved = resolveConfig(name, OPTIMIZERS[name].spec, config);
  return { ...resolved, name } as ResolvedOptimizerConfig;
}

/** The default hyper-parameters of an optimizer (a copy). */
export function optimizerDefaults<N extends OptimizerName>(name: N): OptimizerConfigs[N] {
  return structuredClone(OPTIMIZERS[name].spec.defaults) as OptimizerConfigs[N];
}
