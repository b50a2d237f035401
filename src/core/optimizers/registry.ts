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
import type { MatrixOps } from './matrix-ops';
import { muonRule, muonSpec } from './muon';
import { nadamRule, nadamSpec } from './nadam';
import { createNewton, newtonSpec, type NewtonConfig } from './newton';
import { isOptimizerName, OPTIMIZER_NAMES, type OptimizerName } from './optimizer-names';
import { rmspropRule, rmspropSpec } from './rmsprop';
import { sgdRule, sgdSpec } from './sgd';
import { adamwSchedulefreeRule, adamwSchedulefreeSpec } from './adamw-schedulefree';
import { lambRule, lambSpec } from './lamb';
import { radamRule, radamSpec } from './radam';
import { bindSam, samSpec, type SamConfig } from './sam';
import { sgdSchedulefreeRule, sgdSchedulefreeSpec } from './sgd-schedulefree';
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
  radam: { kind: 'first-order', spec: radamSpec, rule: radamRule },
  lamb: { kind: 'first-order', spec: lambSpec, rule: lambRule },
  sam: { kind: 'first-order', spec: samSpec, rule: { bind: (ops, c: SamConfig<ResolvedOptimizerConfig>) => bindSam(ops, c, bindBase(ops, c.base)) } },
  'adamw-schedulefree': { kind: 'first-order', spec: adamwSchedulefreeSpec, rule: adamwSchedulefreeRule },
  'sgd-schedulefree': { kind: 'first-order', spec: sgdSchedulefreeSpec, rule: sgdSchedulefreeRule },
};

/** Binds SAM's base rule (resolveSam has checked that it is first-order). */
function bindBase<V, S>(ops: MatrixOps<V, S>, base: ResolvedOptimizerConfig) {
  const entry = OPTIMIZERS[base.name];
  if (entry.kind !== 'first-order') throw new Error(`base must be a first-order optimizer (got "${base.name}") in optimizer "sam"`);
  return entry.rule.bind(ops, base);
}

/** SAM's base is a config of its own: resolved (and checked) like any other, then given SAM's lr if one was set. */
function resolveSam(hyper: Record<string, unknown>): ResolvedOptimizerConfig {
  const given = hyper.base as { name: string } & Record<string, unknown>;
  const baseName = given.name;
  if (!isOptimizerName(baseName) || OPTIMIZERS[baseName].kind !== 'first-order' || baseName === 'sam') {
    const bases = OPTIMIZER_NAMES.filter((n) => OPTIMIZERS[n].kind === 'first-order' && n !== 'sam');
    throw new Error(`base.name must be one of ${bases.join(', ')} (got "${String(baseName)}") in optimizer "sam"`);
  }
  let base: ResolvedOptimizerConfig;
  try {
    base = resolveOptimizerConfig(hyper.lr === undefined ? given : { ...given, lr: hyper.lr });
  } catch (error) {
    throw new Error(`base: ${(error as Error).message}, the base of optimizer "sam"`);
  }
  return { ...hyper, name: 'sam', lr: base.lr, base } as ResolvedOptimizerConfig;
}

/**
 * Validates a config (name, then every field) and fills in defaults. Throws an Error that names the problem. This is
 * the one check of an optimizer's hyper-parameters (the learning rate included): both optimizers call it on creation.
 */
export function resolveOptimizerConfig(config: { name: string } & Record<string, unknown>): ResolvedOptimizerConfig {
  const name = config?.name;
  if (!isOptimizerName(name)) throw new Error(`unknown optimizer "${String(name)}"; valid names: ${OPTIMIZER_NAMES.join(', ')}`);
  const resolved = resolveConfig(name, OPTIMIZERS[name].spec, config);
  if (name === 'sam') return resolveSam(resolved as Record<string, unknown>);
  return { ...resolved, name } as ResolvedOptimizerConfig;
}

/** The default hyper-parameters of an optimizer (a copy). */
export function optimizerDefaults<N extends OptimizerName>(name: N): OptimizerConfigs[N] {
  // Resolved rather than copied from the spec: SAM's defaults (its base, its lr) exist only once resolved.
  // A deep copy: resolving shares the spec's arrays (betas).
  const { name: _name, ...defaults } = structuredClone(resolveOptimizerConfig({ name }));
  return defaults as OptimizerConfigs[N];
}
