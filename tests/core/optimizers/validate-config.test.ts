import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, optimizerDefaults, resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { OPTIMIZER_NAMES } from '../../../src/core/optimizers/optimizer-names';

describe('optimizer config validation', () => {
  it.each([
    [{ name: 'adam', lr: -0.1 }, 'lr must be a finite number > 0 (got -0.1) in optimizer "adam"'],
    [{ name: 'sgd', lr: Number.POSITIVE_INFINITY }, 'lr must be a finite number > 0 (got Infinity) in optimizer "sgd"'],
    [{ name: 'adamw', betas: [0.9, 1] }, 'betas[1] must be a finite number in [0, 1) (got 1) in optimizer "adamw"'],
    [{ name: 'lion', betas: [-0.1, 0.99] }, 'betas[0] must be a finite number in [0, 1) (got -0.1) in optimizer "lion"'],
    [{ name: 'nadam', betas: 0.9 }, 'betas must be a pair [beta1, beta2] (got 0.9) in optimizer "nadam"'],
    [{ name: 'rmsprop', alpha: Number.NaN }, 'alpha must be a finite number in [0, 1) (got NaN) in optimizer "rmsprop"'],
    [{ name: 'adagrad', eps: 0 }, 'eps must be a finite number > 0 (got 0) in optimizer "adagrad"'],
    [{ name: 'sgd', nesterov: true }, 'nesterov needs momentum > 0 and dampening 0 in optimizer "sgd"'],
    [{ name: 'sgd', nesterov: 'yes' }, 'nesterov must be true or false (got "yes") in optimizer "sgd"'],
    [{ name: 'lbfgs', lineSearch: 'armijo' }, 'lineSearch must be one of "none", "strong_wolfe" (got "armijo") in optimizer "lbfgs"'],
    [{ name: 'lbfgs', historySize: 2.5 }, 'historySize must be an integer >= 1 (got 2.5) in optimizer "lbfgs"'],
    [{ name: 'adamx' }, `unknown optimizer "adamx"; valid names: ${OPTIMIZER_NAMES.join(', ')}`],
    [{ name: 'adam', beta1: 0.9 }, 'unknown hyper-parameter "beta1" in optimizer "adam"; valid keys: lr, betas, eps, weightDecay, amsgrad'],
  ])('rejects %o with "%s"', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });

  it.each(OPTIMIZER_NAMES)('round-trips the resolved %s config through JSON unchanged', (name) => {
    const resolved = resolveOptimizerConfig({ name });
    const again = resolveOptimizerConfig(JSON.parse(JSON.stringify(resolved)) as { name: string });
    expect(again).toEqual(resolved);
  });

  it.each([
    ['sgd', { lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false }],
    ['adam', { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false }],
    ['adamw', { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false }],
    ['lion', { lr: 1e-4, betas: [0.9, 0.99], weightDecay: 0 }],
    ['nadam', { lr: 2e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, momentumDecay: 4e-3 }],
  ] as const)('uses the PyTorch defaults for %s', (name, defaults) => {
    expect(optimizerDefaults(name)).toEqual(defaults);
  });

  it('lists every optimizer name in the registry', () => {
    expect(Object.keys(OPTIMIZERS)).toEqual([...OPTIMIZER_NAMES]);
  });

  it('does not let a caller mutate the shared defaults', () => {
    const d = optimizerDefaults('adam');
    d.betas[0] = 0.5;
    expect(optimizerDefaults('adam').betas[0]).toBe(0.9);
  });
});
