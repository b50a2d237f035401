/**
 * The config types of every optimizer, keyed by name. They live apart from registry.ts (which holds the rules
 * themselves) so a module that only needs the types does not pull in, or circle back through, the registry.
 */
import type { AdafactorConfig } from './adafactor';
import type { AdagradConfig } from './adagrad';
import type { AdamConfig } from './adam';
import type { AdamaxConfig } from './adamax';
import type { AdamwConfig } from './adamw';
import type { LbfgsConfig } from './lbfgs';
import type { LionConfig } from './lion';
import type { MuonConfig } from './muon';
import type { NadamConfig } from './nadam';
import type { NewtonConfig } from './newton';
import type { OptimizerName } from './optimizer-names';
import type { RmspropConfig } from './rmsprop';
import type { SgdConfig } from './sgd';
import type { AdamwSchedulefreeConfig } from './adamw-schedulefree';
import type { LambConfig } from './lamb';
import type { RadamConfig } from './radam';
import type { SamConfig } from './sam';
import type { SgdSchedulefreeConfig } from './sgd-schedulefree';

export interface OptimizerConfigs {
  sgd: SgdConfig;
  adagrad: AdagradConfig;
  rmsprop: RmspropConfig;
  adam: AdamConfig;
  adamw: AdamwConfig;
  adamax: AdamaxConfig;
  nadam: NadamConfig;
  lion: LionConfig;
  muon: MuonConfig;
  adafactor: AdafactorConfig;
  newton: NewtonConfig;
  lbfgs: LbfgsConfig;
  radam: RadamConfig;
  lamb: LambConfig;
  sam: SamConfig<SamBaseConfig>;
  'adamw-schedulefree': AdamwSchedulefreeConfig;
  'sgd-schedulefree': SgdSchedulefreeConfig;
}

/** The optimizers SAM can wrap: every first-order one but SAM itself (Newton and L-BFGS take no outside gradient). */
export type SamBaseName = Exclude<OptimizerName, 'newton' | 'lbfgs' | 'sam'>;
type SamBaseConfig = { [N in SamBaseName]: { name: N } & OptimizerConfigs[N] }[SamBaseName];
/** What callers pass as SAM's base: a first-order optimizer's name plus any of its hyper-parameters. */
type SamBaseInput = { [N in SamBaseName]: { name: N } & Partial<OptimizerConfigs[N]> }[SamBaseName];
type ConfigInput<N extends OptimizerName> = N extends 'sam' ? Partial<Omit<SamConfig, 'base'>> & { base?: SamBaseInput } : Partial<OptimizerConfigs[N]>;

/** What callers pass: a name plus any hyper-parameters (camelCase PyTorch names); the rest take PyTorch defaults. */
export type OptimizerConfig = { [N in OptimizerName]: { name: N } & ConfigInput<N> }[OptimizerName];
/** A validated config with every default filled in. */
export type ResolvedOptimizerConfig = { [N in OptimizerName]: { name: N } & OptimizerConfigs[N] }[OptimizerName];
