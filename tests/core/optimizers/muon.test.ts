import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { muonLrFactor, muonUpdateRule, newtonSchulz } from '../../../src/core/optimizers/muon';
import { arrayOps } from '../../../src/core/optimizers/array-ops';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { optimizerDefaults, resolveOptimizerConfig } from '../../../src/core/optimizers/registry';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { optimizePlain } from '../../../src/core/optimize-plain';
import { optimize } from '../../../src/core/optimize-tensor';
import { expectClose, useBackend } from '../helpers';
import { describeGeneratedMatrixVectors, matrixLs } from './generated-vectors';
import { describeNoLeaksOnMatrix } from './reference';

// Hand check of step 1 from W0 (no momentum history): B = (1 - 0.95) g, the Nesterov direction
// g + 0.95 (B - g) = 0.0975 g, and NS of any positive multiple of g is the same (the norm divides it out).
describe('muon', () => {
  describeGeneratedMatrixVectors('muon');
  describeNoLeaksOnMatrix({ name: 'muon', lr: 0.02 });
  describeNoLeaksOnMatrix({ name: 'muon', lr: 0.02, nesterov: false, adjustLrFn: 'match_rms_adamw' });

  it('has PyTorch defaults', () => {
    expect(optimizerDefaults('muon')).toEqual({ lr: 1e-3, weightDecay: 0.1, momentum: 0.95, nesterov: true, nsCoefficients: [3.4445, -4.775, 2.0315], eps: 1e-7, nsSteps: 5, adjustLrFn: 'original' });
  });

  it.each([
    [{ lr: 0 }, 'lr must be a finite number > 0 (got 0) in optimizer "muon"'],
    [{ momentum: -0.1 }, 'momentum must be a finite number >= 0 (got -0.1) in optimizer "muon"'],
    [{ weightDecay: -1 }, 'weightDecay must be a finite number >= 0 (got -1) in optimizer "muon"'],
    [{ nsSteps: 100 }, 'nsSteps must be an integer in [0, 99] (got 100) in optimizer "muon"'],
    [{ nsSteps: 2.5 }, 'nsSteps must be an integer in [0, 99] (got 2.5) in optimizer "muon"'],
    [{ nsCoefficients: [1, 2] }, 'nsCoefficients must be a list of 3 finite numbers (got [1, 2]) in optimizer "muon"'],
    [{ nsCoefficients: [1, NaN, 2] }, 'nsCoefficients[1] must be a finite number (got NaN) in optimizer "muon"'],
    [{ eps: 0 }, 'eps must be a finite number > 0 (got 0) in optimizer "muon"'],
    [{ adjustLrFn: 'spectral' }, 'adjustLrFn must be one of "original", "match_rms_adamw" (got "spectral") in optimizer "muon"'],
    [{ nesterov: 1 }, 'nesterov must be true or false (got 1) in optimizer "muon"'],
  ])('rejects %o', (hyper, message) => {
    expect(() => resolveOptimizerConfig({ name: 'muon', ...hyper })).toThrow(message);
  });

  it('rejects a 1-D parameter on plain arrays and on tensors, saying it needs a 2D matrix', async () => {
    const plain = createPlainOptimizer({ name: 'muon' });
    const problem = { f: (x: Float64Array) => x[0]! ** 2, grad: (x: Float64Array) => Float64Array.from([2 * x[0]!, 0]) };
    expect(() => plain.step(Float64Array.from([1, 2]), problem)).toThrow(/Muon only supports 2D parameters .*shape \[2\]/);
    await useBackend('cpu');
    const before = tf.memory().numTensors;
    const optimizer = createOptimizer({ name: 'muon' });
    const params = tf.tidy(() => tf.variable(tf.tensor1d([1, 2])));
    expect(() => optimizer.step(params, (p) => tf.sum(tf.square(p)))).toThrow(/Muon only supports 2D parameters .*shape \[2\]/);
    optimizer.dispose();
    params.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('orthogonalizes: a tall 3x2 matrix comes out with singular values near 1 (the same as its transpose)', () => {
    const g = Float64Array.from([3, 1, 0.5, 2, -1, 0.25]);
    const config = optimizerDefaults('muon');
    const o = newtonSchulz(arrayOps, g, 3, 2, config);
    const oT = newtonSchulz(arrayOps, arrayOps.transpose(g, 3, 2), 2, 3, config);
    expect(Array.from(arrayOps.transpose(oT, 2, 3))).toEqual(Array.from(o));
    // O^T O (2x2) has eigenvalues sigma^2; the quintic keeps sigma in about (0.5, 1.5) rather than exactly 1.
    const gram = arrayOps.matMul(arrayOps.transpose(o, 3, 2), o, 2, 3, 2);
    const [a, b, d] = [gram[0]!, gram[1]!, gram[3]!];
    const mid = (a + d) / 2;
    const half = Math.sqrt(((a - d) / 2) ** 2 + b * b);
    for (const s2 of [mid - half, mid + half]) expect(Math.sqrt(s2)).toBeGreaterThan(0.5), expect(Math.sqrt(s2)).toBeLessThan(1.5);
  });

  it('agrees between tfjs (float32) and plain arrays (float64) on a tall 3x2 matrix, where it works on the transpose', async () => {
    await useBackend('wasm');
    const target = [[1, -2], [0.5, 3], [-1, 0.25]];
    const x0 = [[0.2, 0.1], [-0.3, 0.4], [0.5, -0.6]];
    const common = { optimizer: { name: 'muon' as const, lr: 0.1, momentum: 0.9 }, x0, steps: 15 };
    const tensor = optimize({ ...common, objective: (w) => tf.tidy(() => tf.mul(0.5, tf.sum(tf.square(tf.sub(w, tf.tensor2d(target)))))) });
    const t = Float64Array.from(target.flat());
    const problem = { f: (w: Float64Array) => 0.5 * w.reduce((s, v, i) => s + (v - t[i]!) ** 2, 0), grad: (w: Float64Array) => w.map((v, i) => v - t[i]!) };
    const plain = optimizePlain({ ...common, problem });
    expect(plain.params[15]!.map((row) => row.length)).toEqual([2, 2, 2]);
    expectClose(tensor.params[15]!.flat(), plain.params[15]!.flat(), 1e-5, 'tall');
    expect(plain.losses[15]!).toBeLessThan(plain.losses[0]! / 2);
  });

  it('scales the lr by sqrt(max(1, rows/cols)) or 0.2 sqrt(max(rows, cols)), as PyTorch _adjust_lr', () => {
    expect(muonLrFactor('original', 8, 2)).toBe(2);
    expect(muonLrFactor('original', 2, 8)).toBe(1);
    expect(muonLrFactor('match_rms_adamw', 2, 16)).toBeCloseTo(0.8, 12);
  });

  it('runs on a matrix in optimize-like use: the loss of the 2x2 least-squares problem falls', async () => {
    await useBackend('cpu');
    const params = tf.tidy(() => tf.variable(tf.tensor2d([[0.5, -1], [1.5, 0.25]])));
    const optimizer = createOptimizer({ name: 'muon', lr: 0.05, weightDecay: 0 });
    const first = optimizer.step(params, matrixLs);
    for (let i = 0; i < 30; i++) optimizer.step(params, matrixLs).dispose();
    const last = matrixLs(params);
    expect(last.dataSync()[0]!).toBeLessThan(first.dataSync()[0]! / 10);
    tf.dispose([first, last, params]);
    optimizer.dispose();
  });

  it('declares its update rule with the momentum-SGD ids where the step is the same idea', () => {
    expect(muonUpdateRule.lines.map((l) => l.id)).toEqual(['gradient', 'momentum', 'nesterov', 'orthogonalize', 'weight-decay', 'update']);
  });
});
