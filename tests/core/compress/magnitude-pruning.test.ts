import { describe, expect, it } from 'vitest';
import {
  applyMask,
  keptCount,
  magnitudeMask,
  magnitudeMasks,
  neuronMask,
  sparsityReport,
} from '../../../src/core/compress/magnitude-pruning';
import { randomTensor, vectors } from './helpers';

const ref = (vectors['pruning'] as Record<string, unknown>)['magnitude_mask_example'] as {
  weights: number[];
  sparsity: number;
  k_kept: number;
  threshold: number;
  mask: number[];
  pruned_weights: number[];
};

describe('magnitude pruning', () => {
  it('reproduces the tfmot reference mask: k = 4, threshold 0.3', () => {
    const w = Float32Array.from(ref.weights);
    const result = magnitudeMasks([w], { sparsity: ref.sparsity });
    expect(Array.from(result.masks[0] as Uint8Array)).toEqual(ref.mask);
    expect(result.thresholds[0]).toBeCloseTo(ref.threshold, 7);
    expect(keptCount(w.length, ref.sparsity)).toBe(ref.k_kept);
    expect(Array.from(applyMask(w, result.masks[0] as Uint8Array))).toEqual(Array.from(Float32Array.from(ref.pruned_weights)));
  });

  it.each([
    [1000, 0.5],
    [1000, 0.9],
    [777, 0.3],
    [64, 0.75],
    [10, 0.95],
    [1, 0.5],
  ])('zeroes exactly round(s * n) of the smallest weights for n = %d, s = %d', (n, s) => {
    const w = randomTensor(n, `prune-${n}-${s}`);
    const mask = magnitudeMask(w, { sparsity: s });
    const pruned = mask.reduce((c, m) => c + (m === 0 ? 1 : 0), 0);
    // at least one weight is always kept, as in tfmot
    expect(pruned).toBe(Math.min(Math.round(s * n), n - 1));
    let largestPruned = 0;
    let smallestKept = Number.POSITIVE_INFINITY;
    w.forEach((v, i) => {
      if (mask[i] === 0) largestPruned = Math.max(largestPruned, Math.abs(v));
      else smallestKept = Math.min(smallestKept, Math.abs(v));
    });
    expect(largestPruned).toBeLessThanOrEqual(smallestKept);
  });

  it('rounds the kept count half to even like tf.round: n = 5 at 50% keeps 2', () => {
    expect(keptCount(5, 0.5)).toBe(2);
    expect(keptCount(7, 0.5)).toBe(4);
  });

  it('breaks ties at the threshold by index so the count stays exact (tfmot would keep all ties)', () => {
    const mask = magnitudeMask([0.5, 0.5, 0.5, 0.5, 0.1, 0.9], { sparsity: 0.5 });
    expect(Array.from(mask)).toEqual([1, 1, 0, 0, 0, 1]);
  });

  it('prunes globally with one threshold, so a layer of small weights loses more', () => {
    const small = randomTensor(100, 'g-small', 0.01);
    const large = randomTensor(100, 'g-large', 1);
    const global = magnitudeMasks([small, large], { sparsity: 0.5, scope: 'global' });
    const layer = magnitudeMasks([small, large], { sparsity: 0.5, scope: 'layer' });
    const zeros = (m: Uint8Array): number => m.reduce((c, v) => c + (v === 0 ? 1 : 0), 0);
    expect(zeros(global.masks[0] as Uint8Array) + zeros(global.masks[1] as Uint8Array)).toBe(100);
    expect(zeros(global.masks[0] as Uint8Array)).toBeGreaterThan(90);
    expect(global.thresholds[0]).toBe(global.thresholds[1]);
    expect(layer.masks.map(zeros)).toEqual([50, 50]);
  });

  it('removes whole neurons with the smallest L1 norm, keeping at least one', () => {
    // kernel [inputs 2, units 4]: column norms 2, 0.2, 4, 0.4
    const kernel = Float32Array.from([1, 0.1, 2, -0.2, -1, 0.1, 2, 0.2]);
    const result = neuronMask(kernel, { shape: [2, 4], sparsity: 0.5 });
    expect(Array.from(result.units)).toEqual([1, 0, 1, 0]);
    expect(Array.from(result.kernel)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
    expect(Array.from(neuronMask(kernel, { shape: [2, 4], sparsity: 0.99 }).units)).toEqual([0, 0, 1, 0]);
  });

  it('reports zeros per layer and in total', () => {
    const rows = sparsityReport([
      { name: 'dense_1/kernel', values: [0, 1, 0, 2] },
      { name: 'dense_1/bias', values: [0, 0] },
    ]);
    expect(rows).toEqual([
      { name: 'dense_1/kernel', size: 4, zeros: 2, sparsity: 0.5 },
      { name: 'dense_1/bias', size: 2, zeros: 2, sparsity: 1 },
      { name: 'total', size: 6, zeros: 4, sparsity: 4 / 6 },
    ]);
  });

  it.each([-0.1, 1, 1.5, Number.NaN])('rejects sparsity %d, which must be in [0, 1)', (s) => {
    expect(() => magnitudeMask([1, 2], { sparsity: s })).toThrow(`sparsity must be a number in [0, 1) (got ${s}) in magnitudeMasks()`);
    expect(() => neuronMask([1, 2], { shape: [1, 2], sparsity: s })).toThrow(`sparsity must be a number in [0, 1) (got ${s}) in neuronMask()`);
  });

  it('rejects a mask of the wrong length', () => {
    expect(() => applyMask(new Float32Array(3), new Uint8Array(2))).toThrow('mask has 2 entries but values has 3 in applyMask()');
  });
});
