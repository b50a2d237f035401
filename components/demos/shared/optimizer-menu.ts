/**
 * The demos' optimizer menu: every core optimizer (OPTIMIZER_NAMES in src/core) plus the SGD variants the menu adds
 * (momentum, nesterov). Each entry maps a menu id to a core optimizer config for the current hyper-parameters and
 * says which sliders it uses. The optimizer playground offers all of them; the training playground's `optimizer`
 * prop accepts the same ids. Pure.
 */
import type { OptimizerConfig } from '../../../src/core/index';
import type { OptimizerName } from '../../../src/core/plain';

/** SGD with momentum and with Nesterov momentum, and Adam's AMSGrad variant: separate menu entries, one core optimizer each. */
type MenuAddition = 'momentum' | 'nesterov' | 'amsgrad';
/**
 * The core optimizer not on the menu: Muon takes only matrices and rejects 1-D parameters, as PyTorch's Muon does,
 * and the playground's points are vectors of 2 values. (Adafactor runs on vectors, unfactored, so it is listed.)
 */
type NotOnMenu = 'muon';
export type PlaygroundOptimizer = Exclude<OptimizerName, NotOnMenu> | MenuAddition;

export interface Hyper {
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
  /** The Adam family's eps; absent means the PyTorch default 1e-8. */
  eps?: number;
}

export type HyperUse = 'lr' | 'momentum' | 'betas' | 'weightDecay' | 'eps';

interface Entry {
  label: string;
  uses: readonly HyperUse[];
  config: (h: Hyper) => OptimizerConfig;
  /** Scales each coordinate's step by its own gradient history (the effective-step chart shows these). */
  adaptive?: boolean;
}

const betas = (h: Hyper): [number, number] => [h.beta1, h.beta2];
const eps = (h: Hyper): number => h.eps ?? 1e-8;

/**
 * In menu order. Typed by the core's names, so a new core optimizer fails the type check until it is on the menu.
 * Newton and L-BFGS take full steps (lr 1), as their PyTorch-style defaults; the lr slider is for first-order methods.
 */
export const OPTIMIZER_MENU: Readonly<Record<PlaygroundOptimizer, Entry>> = {
  sgd: { label: 'SGD', uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, weightDecay: h.weightDecay }) },
  momentum: { label: 'Momentum', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, momentum: h.momentum, weightDecay: h.weightDecay }) },
  nesterov: { label: 'Nesterov', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, momentum: Math.max(h.momentum, 1e-3), nesterov: true, weightDecay: h.weightDecay }) },
  adagrad: { label: 'Adagrad', adaptive: true, uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'adagrad', lr: h.lr, weightDecay: h.weightDecay }) },
  rmsprop: { label: 'RMSprop', adaptive: true, uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'rmsprop', lr: h.lr, weightDecay: h.weightDecay }) },
  adam: { label: 'Adam', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'adam', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay }) },
  amsgrad: { label: 'AMSGrad', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'adam', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay, amsgrad: true }) },
  adamw: { label: 'AdamW', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'adamw', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay }) },
  adamax: { label: 'Adamax', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'adamax', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay }) },
  nadam: { label: 'NAdam', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'nadam', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay }) },
  lion: { label: 'Lion', adaptive: true, uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'lion', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  newton: { label: 'Newton', uses: [], config: () => ({ name: 'newton', lr: 1 }) },
  // One L-BFGS iteration per step (max_iter=1) keeps the step budget equal; strong Wolfe keeps full steps safe.
  lbfgs: { label: 'L-BFGS', uses: [], config: () => ({ name: 'lbfgs', lr: 1, maxIter: 1, lineSearch: 'strong_wolfe' }) },
  radam: { label: 'RAdam', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'radam', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay }) },
  // alwaysAdapt: the trust ratio is LAMB's defining step, so the menu shows it at weight decay 0 too.
  lamb: { label: 'LAMB', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'lamb', lr: h.lr, betas: betas(h), eps: eps(h), weightDecay: h.weightDecay, alwaysAdapt: true }) },
  sam: { label: 'SAM (momentum SGD)', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sam', base: { name: 'sgd', lr: h.lr, momentum: h.momentum, weightDecay: h.weightDecay } }) },
  'adamw-schedulefree': { label: 'Schedule-free AdamW', adaptive: true, uses: ['lr', 'betas', 'eps', 'weightDecay'], config: (h) => ({ name: 'adamw-schedulefree', lr: h.lr, betas: [Math.max(h.beta1, 1e-3), h.beta2], eps: eps(h), weightDecay: h.weightDecay }) },
  'sgd-schedulefree': { label: 'Schedule-free SGD', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sgd-schedulefree', lr: h.lr, momentum: Math.max(h.momentum, 1e-3), weightDecay: h.weightDecay }) },
  // On a vector Adafactor keeps the full second moment; its step is relative to the parameters' RMS, capped at lr.
  adafactor: { label: 'Adafactor', adaptive: true, uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'adafactor', lr: h.lr, weightDecay: h.weightDecay }) },
};

/** Every menu id, in menu order. */
export const PLAYGROUND_OPTIMIZERS = Object.keys(OPTIMIZER_MENU) as PlaygroundOptimizer[];

export function usesLr(id: PlaygroundOptimizer): boolean {
  return OPTIMIZER_MENU[id].uses.includes('lr');
}
