import { describe, expect, it } from 'vitest';
import { semiStructuredPrune } from '../../../src/core/compress/semi-structured-pruning';
import { randomTensor } from './helpers';
import { formatVectors } from './format-vectors';

describe('semiStructuredPrune against the generated masks (NVIDIA ASP mn_1d_best, best pattern per group)', () => {
  it.each(Object.entries(formatVectors.semiStructured))('%s', (_, c) => {
    const out = semiStructuredPrune(c.input, c.shape, { n: c.n, m: c.m });
    expect(Array.from(out.mask)).toEqual(c.mask);
    expect(Array.from(out.pruned)).toEqual(c.input.map((w, i) => (c.mask[i] === 1 ? Math.fround(w) : 0)));
    expect(out.bitsPerWeight).toBeCloseTo(c.bitsPerWeight, 12);
  });
});

describe('semiStructuredPrune', () => {
  it('keeps exactly 2 of every 4 consecutive inputs of each output: 50% sparsity, 17 bits per float32 weight, 9 per fp16', () => {
    const kernel = randomTensor(16 * 8, '2:4');
    const out = semiStructuredPrune(kernel, [16, 8]);
    for (let j = 0; j < 8; j++) {
      for (let g = 0; g < 4; g++) {
        const kept = [0, 1, 2, 3].filter((r) => out.mask[(4 * g + r) * 8 + j] === 1);
        expect(kept).toHaveLength(2);
      }
    }
    expect(out.bitsPerWeight).toBe(17);
    expect(semiStructuredPrune(kernel, [16, 8], { valueBits: 16 }).bitsPerWeight).toBe(9);
  });

  it('names the bad option and its range', () => {
    expect(() => semiStructuredPrune([1, 2, 3, 4], [4, 1], { n: 5 })).toThrow('n must be an integer from 1 to 4 (got 5) in semiStructuredPrune()');
    expect(() => semiStructuredPrune([1, 2, 3], [4, 1])).toThrow('shape [4, 1] holds 4 values but 3 were given in semiStructuredPrune()');
    expect(() => semiStructuredPrune([1, Number.NaN, 3, 4], [4, 1])).toThrow('kernel must contain only finite numbers (got NaN at index 1)');
  });
});
