import { describe, expect, it } from 'vitest';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { describeGeneratedVectors } from './generated-vectors';
import { describeNoLeaks } from './reference';

const grad = (p: Float64Array) => Float64Array.from([p[0]!, 10 * p[1]!]);

describe('lamb', () => {
  describeGeneratedVectors('lamb');
  describeNoLeaks({ name: 'lamb', lr: 0.01 });
  describeNoLeaks({ name: 'lamb', lr: 0.01, weightDecay: 0, alwaysAdapt: true, trustClip: true, maxGradNorm: 0 });

  it('moves the whole vector by lr * ||w|| on step 1 (the trust ratio rescales the update to the weight norm)', () => {
    const optimizer = createPlainOptimizer({ name: 'lamb', lr: 0.1 });
    const x0 = Float64Array.from([1, -2]);
    const { x } = optimizer.step(x0, { f: () => 0, grad });
    expect(Math.hypot(x[0]! - 1, x[1]! + 2)).toBeCloseTo(0.1 * Math.hypot(1, 2), 12);
  });

  it('guards the trust ratio: at w = 0 the ratio is 1 and the step is the plain Adam-style step', () => {
    const optimizer = createPlainOptimizer({ name: 'lamb', lr: 0.1, alwaysAdapt: true, weightDecay: 0 });
    const { x } = optimizer.step(Float64Array.from([0, 0]), { f: () => 0, grad: () => Float64Array.from([3, -4]) });
    // Step 1: m_hat / (sqrt(v_hat) + eps) = sign(g) * |g| / (|g| + 1e-6) after clipping g to norm 1.
    expect(x[0]).toBeCloseTo(-0.1 * (0.6 / (0.6 + 1e-6)), 12);
    expect(x[1]).toBeCloseTo(0.1 * (0.8 / (0.8 + 1e-6)), 12);
  });

  it.each([
    [{ name: 'lamb', maxGradNorm: -1 }, 'maxGradNorm must be a finite number >= 0 (got -1) in optimizer "lamb"'],
    [{ name: 'lamb', eps: 0 }, 'eps must be a finite number > 0 (got 0) in optimizer "lamb"'],
    [{ name: 'lamb', betas: [1, 0.9] }, 'betas[0] must be a finite number in [0, 1) (got 1) in optimizer "lamb"'],
    [{ name: 'lamb', trustClip: 'yes' }, 'trustClip must be true or false (got "yes") in optimizer "lamb"'],
    [{ name: 'lamb', weightDecay: Number.NaN }, 'weightDecay must be a finite number >= 0 (got NaN) in optimizer "lamb"'],
  ])('rejects %o', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });

  it("uses timm's Lamb defaults", () => {
    expect(resolveOptimizerConfig({ name: 'lamb' })).toEqual({
      name: 'lamb',
      lr: 1e-3,
      betas: [0.9, 0.999],
      eps: 1e-6,
      weightDecay: 0.01,
      biasCorrection: true,
      gradAveraging: true,
      maxGradNorm: 1,
      trustClip: false,
      alwaysAdapt: false,
    });
  });
});
