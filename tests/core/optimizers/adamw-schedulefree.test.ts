import { describe, expect, it } from 'vitest';
import { resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { describeGeneratedVectors } from './generated-vectors';
import { describeNoLeaks } from './reference';

describe('adamw-schedulefree', () => {
  describeGeneratedVectors('schedulefree', 'adamw-schedulefree');
  describeNoLeaks({ name: 'adamw-schedulefree', lr: 0.01 });
  describeNoLeaks({ name: 'adamw-schedulefree', lr: 0.01, innerMomentum: 0.9, weightDecay: 0.1, warmupSteps: 5 });

  it.each([
    [{ name: 'adamw-schedulefree', betas: [0, 0.999] }, 'betas[0] must be a finite number in (0, 1) for a schedule-free method (got 0) in optimizer "adamw-schedulefree"'],
    [{ name: 'adamw-schedulefree', warmupSteps: 2.5 }, 'warmupSteps must be an integer >= 0 (got 2.5) in optimizer "adamw-schedulefree"'],
    [{ name: 'adamw-schedulefree', r: -1 }, 'r must be a finite number >= 0 (got -1) in optimizer "adamw-schedulefree"'],
    [{ name: 'adamw-schedulefree', weightLrPower: Number.POSITIVE_INFINITY }, 'weightLrPower must be a finite number >= 0 (got Infinity) in optimizer "adamw-schedulefree"'],
    [{ name: 'adamw-schedulefree', innerMomentum: 1 }, 'innerMomentum must be a finite number in [0, 1) (got 1) in optimizer "adamw-schedulefree"'],
    [{ name: 'adamw-schedulefree', eps: 0 }, 'eps must be a finite number > 0 (got 0) in optimizer "adamw-schedulefree"'],
  ])('rejects %o', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });

  it("uses the reference package's defaults", () => {
    expect(resolveOptimizerConfig({ name: 'adamw-schedulefree' })).toEqual({
      name: 'adamw-schedulefree',
      lr: 0.0025,
      betas: [0.9, 0.999],
      eps: 1e-8,
      weightDecay: 0,
      warmupSteps: 0,
      r: 0,
      weightLrPower: 2,
      innerMomentum: 0,
    });
  });
});
