/**
 * The demos' optimizer menu: every core optimizer (OPTIMIZER_NAMES in src/core) plus the SGD variants the menu adds
 * (momentum, nesterov). Each entry maps a menu id to a core optimizer config for the current hyper-parameters and
 * says which sliders it uses. The optimizer playground offers all of them; the training playground's `optimizer`
 * prop accepts the same ids. Pure.
 */
import type { OptimizerConfig } from '../../../src/core/index';
import type { OptimizerName } from '../../../src/core/plain';

/** SGD with momentum and with Nesterov momentum: separate menu entries, one core optimizer ('sgd'). */
type MenuAddition = 'momentum' | 'nesterov';
/**
 * Core optimizers not on the menu yet: Muon takes only matrices (the 2-D points here are vectors) and Adafactor waits
 * for the playground's matrix problem and presets (issue #14's demo part).
 */
type NotOnMenu = 'muon' | 'adafactor';
export type PlaygroundOptimizer = Exclude<OptimizerName, NotOnMenu> | MenuAddition;

export interface Hyper {
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
}

export type HyperUse = 'lr' | 'momentum' | 'betas' | 'weightDecay';

interface Entry {
  label: string;
  uses: readonly HyperUse[];
  config: (h: Hyper) => OptimizerConfig;
}

const betas = (h: Hyper): [number, number] => [h.beta1, h.beta2];

/**
 * In menu order. Typed by the core's names, so a new core optimizer fails the type check until it is on the menu.
 * Newton and L-BFGS take full steps (lr 1), as their PyTorch-style defaults; the lr slider is for first-order methods.
 */
export const OPTIMIZER_MENU: Readonly<Record<PlaygroundOptimizer, Entry>> = {
  sgd: { label: 'SGD', uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, weightDecay: h.weightDecay }) },
  momentum: { label: 'Momentum', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, momentum: h.momentum, weightDecay: h.weightDecay }) },
  nesterov: { label: 'Nesterov', uses: ['lr', 'momentum', 'weightDecay'], config: (h) => ({ name: 'sgd', lr: h.lr, momentum: Math.max(h.momentum, 1e-3), nesterov: true, weightDecay: h.weightDecay }) },
  adagrad: { label: 'Adagrad', uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'adagrad', lr: h.lr, weightDecay: h.weightDecay }) },
  rmsprop: { label: 'RMSprop', uses: ['lr', 'weightDecay'], config: (h) => ({ name: 'rmsprop', lr: h.lr, weightDecay: h.weightDecay }) },
  adam: { label: 'Adam', uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'adam', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  adamw: { label: 'AdamW', uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'adamw', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  adamax: { label: 'Adamax', uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'adamax', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  nadam: { label: 'NAdam', uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'nadam', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  lion: { label: 'Lion', uses: ['lr', 'betas', 'weightDecay'], config: (h) => ({ name: 'lion', lr: h.lr, betas: betas(h), weightDecay: h.weightDecay }) },
  newton: { label: 'Newton', uses: [], config: () => ({ name: 'newton', lr: 1 }) },
  // One L-BFGS iteration per step (max_iter=1) keeps the step budget equal; strong Wolfe keeps full steps safe.
  lbfgs: { label: 'L-BFGS', uses: [], config: () => ({ name: 'lbfgs', lr: 1, maxIter: 1, lineSearch: 'strong_wolfe' }) },
};

/** Every menu id, in menu order. */
export const PLAYGROUND_OPTIMIZERS = Object.keys(OPTIMIZER_MENU) as PlaygroundOptimizer[];

export function usesLr(id: PlaygroundOptimizer): boolean {
  return OPTIMIZER_MENU[id].uses.includes('lr');
}
