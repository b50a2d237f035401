import { describe, expect, it } from 'vitest';
import { FLOAT32_EPSILON } from '../../../src/core/optimizers/adafactor';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { optimizerDefaults, resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { describeGeneratedMatrixVectors, describeGeneratedVectors, generatedVectors, plainMatrixLs } from './generated-vectors';
import { describeNoLeaks, describeNoLeaksOnMatrix } from './reference';

// Hand check of step 1 on the quadratic (g = [1, -20]): 1 - beta2_1 = 1, so V = g^2 and U = sign(g) = [1, -1]
// with RMS 1 (no clipping at d = 1); rho = min(0.01, 1) and RMS(p) = sqrt(2.5), so p1 = p0 - 0.01 sqrt(2.5) [1, -1].
describe('adafactor', () => {
  describeGeneratedVectors('adafactor');
  describeGeneratedMatrixVectors('adafactor');
  describeNoLeaks({ name: 'adafactor', weightDecay: 0.1 });
  describeNoLeaksOnMatrix({ name: 'adafactor', weightDecay: 0.1 });

  it('matches the hand-derived first step', () => {
    const step1 = generatedVectors('adafactor').cases['adafactor_default']!.p_after_step['1'] as number[];
    const s = 0.01 * Math.sqrt(2.5);
    expect(step1[0]).toBeCloseTo(1 - s, 14);
    expect(step1[1]).toBeCloseTo(-2 + s, 14);
  });

  it("has PyTorch's defaults with eps1 = float32's machine epsilon 2^-23", () => {
    expect(FLOAT32_EPSILON).toBe(2 ** -23);
    expect(optimizerDefaults('adafactor')).toEqual({ lr: 1e-2, beta2Decay: -0.8, eps: [2 ** -23, 1e-3], d: 1, weightDecay: 0, maximize: false });
  });

  it('takes eps1 = null as the default (PyTorch None) and gives the same path', () => {
    const a = createPlainOptimizer({ name: 'adafactor', eps: [null, 1e-3] });
    const b = createPlainOptimizer({ name: 'adafactor' });
    let x: Float64Array = Float64Array.from([0.5, -1, 1.5, 0.25]);
    let y: Float64Array = Float64Array.from([0.5, -1, 1.5, 0.25]);
    for (let i = 0; i < 5; i++) [x, y] = [a.step(x, plainMatrixLs).x, b.step(y, plainMatrixLs).x];
    expect(Array.from(x)).toEqual(Array.from(y));
  });

  it.each([
    [{ lr: -1 }, 'lr must be a finite number > 0 (got -1) in optimizer "adafactor"'],
    [{ beta2Decay: 0.5 }, 'beta2Decay must be a finite number <= 0 (got 0.5) in optimizer "adafactor"'],
    [{ d: 0.5 }, 'd must be a finite number >= 1 (got 0.5) in optimizer "adafactor"'],
    [{ eps: [1e-30] }, 'eps must be a pair [eps1, eps2] (got [1e-30]) in optimizer "adafactor"'],
    [{ eps: [-1, 1e-3] }, 'eps[0] must be a finite number >= 0 or null (the default) (got -1) in optimizer "adafactor"'],
    [{ eps: [1e-30, -1e-3] }, 'eps[1] must be a finite number >= 0 (got -0.001) in optimizer "adafactor"'],
    [{ weightDecay: -0.1 }, 'weightDecay must be a finite number >= 0 (got -0.1) in optimizer "adafactor"'],
    [{ beta2: 0.9 }, 'unknown hyper-parameter "beta2" in optimizer "adafactor"'],
  ])('rejects %o', (hyper, message) => {
    expect(() => resolveOptimizerConfig({ name: 'adafactor', ...hyper })).toThrow(message);
  });

  it('keeps factored statistics for a matrix: the same values as a vector take the unfactored path and end elsewhere', () => {
    const vectors = generatedVectors('adafactor');
    const factored = vectors.cases['adafactor_matrix_default']!.p_after_step['2'] as number[][];
    const flat = createPlainOptimizer({ name: 'adafactor' });
    const problem = { f: plainMatrixLs.f, grad: plainMatrixLs.grad };
    let x: Float64Array = Float64Array.from([0.5, -1, 1.5, 0.25]);
    for (let i = 0; i < 2; i++) x = flat.step(x, problem).x;
    expect(Math.max(...Array.from(x, (v, k) => Math.abs(v - factored.flat()[k]!)))).toBeGreaterThan(1e-6);
  });
});
