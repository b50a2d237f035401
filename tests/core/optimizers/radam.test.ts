import { describe, expect, it } from 'vitest';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { radamRectification } from '../../../src/core/optimizers/radam';
import { resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { describeGeneratedVectors } from './generated-vectors';
import { describeNoLeaks } from './reference';

describe('radam', () => {
  describeGeneratedVectors('radam');
  describeNoLeaks({ name: 'radam', lr: 0.01 });
  describeNoLeaks({ name: 'radam', lr: 0.01, weightDecay: 0.1, decoupledWeightDecay: true });

  it('rectifies from step 6 on with the default betas (rho_t > 5), and never when beta2 is 0', () => {
    expect([1, 2, 3, 4, 5].map((t) => radamRectification(0.999, t))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(radamRectification(0.999, 6)).toBeGreaterThan(0);
    expect(radamRectification(0.999, 6)).toBeLessThan(1);
    expect(radamRectification(0, 100)).toBeUndefined();
  });

  it('takes the un-adapted momentum step before rectification: step 1 moves by lr * g', () => {
    const optimizer = createPlainOptimizer({ name: 'radam', lr: 0.1 });
    const { x } = optimizer.step(Float64Array.from([1, -2]), { f: () => 0, grad: (p) => Float64Array.from([p[0]!, 10 * p[1]!]) });
    expect(Array.from(x)).toEqual([1 - 0.1, -2 + 0.1 * 20]);
  });

  it.each([
    [{ name: 'radam', lr: 0 }, 'lr must be a finite number > 0 (got 0) in optimizer "radam"'],
    [{ name: 'radam', betas: [0.9, 1] }, 'betas[1] must be a finite number in [0, 1) (got 1) in optimizer "radam"'],
    [{ name: 'radam', eps: -1 }, 'eps must be a finite number > 0 (got -1) in optimizer "radam"'],
    [{ name: 'radam', weightDecay: -0.1 }, 'weightDecay must be a finite number >= 0 (got -0.1) in optimizer "radam"'],
    [{ name: 'radam', decoupledWeightDecay: 1 }, 'decoupledWeightDecay must be true or false (got 1) in optimizer "radam"'],
  ])('rejects %o', (config, message) => {
    expect(() => resolveOptimizerConfig(config as { name: string })).toThrow(message);
  });

  it('uses the PyTorch defaults', () => {
    expect(resolveOptimizerConfig({ name: 'radam' })).toEqual({ name: 'radam', lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, decoupledWeightDecay: false });
  });
});
