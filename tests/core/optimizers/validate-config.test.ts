import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, optimizerDefaults, resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { OPTIMIZER_NAMES } from '../../../src/core/optimizers/optimizer-names';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';

/**
 * Issue 14's optimizers: one bad value per hyper-parameter, and the whole message it must give (field, value, what is
 * allowed, optimizer). The last test fails when a field is added to one of these specs without a row here.
 */
const NEW_OPTIMIZER_BAD_VALUES: [string, string, unknown, string][] = [
  ['radam', 'lr', -0.01, 'lr must be a finite number > 0 (got -0.01)'],
  ['radam', 'betas', [1, 0.999], 'betas[0] must be a finite number in [0, 1) (got 1)'],
  ['radam', 'eps', 0, 'eps must be a finite number > 0 (got 0)'],
  ['radam', 'weightDecay', -1, 'weightDecay must be a finite number >= 0 (got -1)'],
  ['radam', 'decoupledWeightDecay', 'yes', 'decoupledWeightDecay must be true or false (got "yes")'],
  ['adafactor', 'lr', Number.NaN, 'lr must be a finite number > 0 (got NaN)'],
  ['adafactor', 'beta2Decay', 0.1, 'beta2Decay must be a finite number <= 0 (got 0.1)'],
  ['adafactor', 'eps', [null, -1e-3], 'eps[1] must be a finite number >= 0 (got -0.001)'],
  ['adafactor', 'd', 0, 'd must be a finite number >= 1 (got 0)'],
  ['adafactor', 'weightDecay', -0.5, 'weightDecay must be a finite number >= 0 (got -0.5)'],
  ['adafactor', 'maximize', 1, 'maximize must be true or false (got 1)'],
  ['muon', 'lr', 0, 'lr must be a finite number > 0 (got 0)'],
  ['muon', 'weightDecay', -0.1, 'weightDecay must be a finite number >= 0 (got -0.1)'],
  ['muon', 'momentum', -0.95, 'momentum must be a finite number >= 0 (got -0.95)'],
  ['muon', 'nesterov', 'true', 'nesterov must be true or false (got "true")'],
  ['muon', 'nsCoefficients', [3.4445, -4.775], 'nsCoefficients must be a list of 3 finite numbers (got [3.4445, -4.775])'],
  ['muon', 'eps', -1e-7, 'eps must be a finite number > 0 (got -1e-7)'],
  ['muon', 'nsSteps', 100, 'nsSteps must be an integer in [0, 99] (got 100)'],
  ['muon', 'adjustLrFn', 'none', 'adjustLrFn must be one of "original", "match_rms_adamw" (got "none")'],
  ['lamb', 'lr', Number.POSITIVE_INFINITY, 'lr must be a finite number > 0 (got Infinity)'],
  ['lamb', 'betas', [0.9], 'betas must be a pair [beta1, beta2] (got [0.9])'],
  ['lamb', 'eps', -1e-6, 'eps must be a finite number > 0 (got -0.000001)'],
  ['lamb', 'weightDecay', -0.01, 'weightDecay must be a finite number >= 0 (got -0.01)'],
  ['lamb', 'biasCorrection', 0, 'biasCorrection must be true or false (got 0)'],
  ['lamb', 'gradAveraging', null, 'gradAveraging must be true or false (got null)'],
  ['lamb', 'maxGradNorm', -1, 'maxGradNorm must be a finite number >= 0 (got -1)'],
  ['lamb', 'trustClip', 'no', 'trustClip must be true or false (got "no")'],
  ['lamb', 'alwaysAdapt', 1, 'alwaysAdapt must be true or false (got 1)'],
  ['sam', 'lr', -1, 'lr must be a finite number > 0 (got -1)'],
  ['sam', 'rho', -0.05, 'rho must be a finite number >= 0 (got -0.05)'],
  ['sam', 'adaptive', 'asam', 'adaptive must be true or false (got "asam")'],
  ['sam', 'base', 'adam', 'base must be an optimizer config { name, ...hyper-parameters } (got "adam")'],
  ['adamw-schedulefree', 'lr', 0, 'lr must be a finite number > 0 (got 0)'],
  ['adamw-schedulefree', 'betas', [0, 0.999], 'betas[0] must be a finite number in (0, 1) for a schedule-free method (got 0)'],
  ['adamw-schedulefree', 'eps', 0, 'eps must be a finite number > 0 (got 0)'],
  ['adamw-schedulefree', 'weightDecay', -1, 'weightDecay must be a finite number >= 0 (got -1)'],
  ['adamw-schedulefree', 'warmupSteps', 2.5, 'warmupSteps must be an integer >= 0 (got 2.5)'],
  ['adamw-schedulefree', 'r', -1, 'r must be a finite number >= 0 (got -1)'],
  ['adamw-schedulefree', 'weightLrPower', -2, 'weightLrPower must be a finite number >= 0 (got -2)'],
  ['adamw-schedulefree', 'innerMomentum', 1, 'innerMomentum must be a finite number in [0, 1) (got 1)'],
  ['sgd-schedulefree', 'lr', -0.1, 'lr must be a finite number > 0 (got -0.1)'],
  ['sgd-schedulefree', 'momentum', 0, 'momentum must be a finite number in (0, 1) (got 0)'],
  ['sgd-schedulefree', 'weightDecay', -0.1, 'weightDecay must be a finite number >= 0 (got -0.1)'],
  ['sgd-schedulefree', 'warmupSteps', -3, 'warmupSteps must be an integer >= 0 (got -3)'],
  ['sgd-schedulefree', 'r', Number.NaN, 'r must be a finite number >= 0 (got NaN)'],
  ['sgd-schedulefree', 'weightLrPower', -1, 'weightLrPower must be a finite number >= 0 (got -1)'],
];
const NEW_OPTIMIZERS = ['radam', 'adafactor', 'muon', 'lamb', 'sam', 'adamw-schedulefree', 'sgd-schedulefree'] as const;

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

  it.each(NEW_OPTIMIZER_BAD_VALUES)('%s rejects a bad %s (%o) naming the field, what is allowed and the optimizer', (name, field, value, message) => {
    const full = `${message} in optimizer "${name}"`;
    expect(() => resolveOptimizerConfig({ name, [field]: value })).toThrow(full);
    // The plain optimizer refuses it the same way when it is created (the tensor optimizer shares resolveOptimizerConfig).
    expect(() => createPlainOptimizer({ name, [field]: value } as never)).toThrow(full);
  });

  it.each(NEW_OPTIMIZERS)('has a bad-value row above for every hyper-parameter of %s', (name) => {
    const covered = NEW_OPTIMIZER_BAD_VALUES.filter(([n]) => n === name).map(([, field]) => field);
    expect(covered).toEqual(Object.keys(OPTIMIZERS[name].spec.fields));
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
