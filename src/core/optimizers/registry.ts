/**
 * The optimizer registry: name -> spec (defaults + validation) and implementation. Adding an optimizer means one
 * file beside this one, one line here and one in config-types.ts.
 */
import { adafactorRule, adafactorSpec } from './adafactor';
import { adagradRule, adagradSpec } from './adagrad';
import { adamRule, adamSpec } from './adam';
import { adamaxRule, adamaxSpec } from './adamax';
import { adamwRule, adamwSpec } from './adamw';
import type { OptimizerConfigs, ResolvedOptimizerConfig } from './config-types';
import type { FirstOrderRule } from './first-order-rule';
import type { HostRule } from './host-rule';
import { createLbfgs, lbfgsSpec, type LbfgsConfig } from './lbfgs';
import { lionRule, lionSpec } from './lion';
import { muonRule, muonSpec } from './muon';
import { nadamRule, nadamSpec } from './nadam';
import { createNewton, newtonSpec, type NewtonConfig } from './newton';
import { isOptimizerName, OPTIMIZER_NAMES, type OptimizerName } from './optimizer-names';
import { rmspropRule, rmspropSpec } from './rmsprop';
import { sgdRule, sgdSpec } from './sgd';
import { resolveConfig, type OptimizerSpec } from './validate-config';

type OptimizerEntry =
  | { kind: 'first-order'; spec: OptimizerSpec<object>; rule: FirstOrderRule<object> }
  | { kind: 'host'; spec: OptimizerSpec<object>; create(config: object): HostRule };

export const OPTIMIZERS: Readonly<Record<OptimizerName, OptimizerEntry>> = {
  sgd: { kind: 'first-order', spec: sgdSpec, rule: sgdRule },
  adagrad: { kind: 'first-order', spec: adagradSpec, rule: adagradRule },
  rmsprop: { kind: 'first-order', spec: rmspropSpec, rule: rmspropRule },
  adam: { kind: 'first-order', spec: adamSpec, rule: adamRule },
  adamw: { kind: 'first-order', spec: adamwSpec, rule: adamwRule },
  adamax: { kind: 'first-order', spec: adamaxSpec, rule: adamaxRule },
  nadam: { kind: 'first-order', spec: nadamSpec, rule: nadamRule },
  lion: { kind: 'first-order', spec: lionSpec, rule: lionRule },
  muon: { kind: 'first-order', spec: muonSpec, rule: muonRule },
  adafactor: { kind: 'first-order', spec: adafactorSpec, rule: adafactorRule },
  newton: { kind: 'host', spec: newtonSpec, create: (c: NewtonConfig) => createNewton(c) },
  lbfgs: { kind: 'host', spec: lbfgsSpec, create: (c: LbfgsConfig) => createLbfgs(c) },
};

/**
 * Validates a config (name, then every field) and fills in defaults. Throws an Error that names the problem. This is
 * the one check of an optimizer's hyper-parameters (the learning rate included): both optimizers call it on creation.
 */
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
