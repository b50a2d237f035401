import { describe, expect, it } from 'vitest';
import { denseMatmul } from '../../../../src/core/compress/variants/plain-forward';
import { dequantizeColumns, divideRows, int8PerOutput, int8Product, OUTLIER_FACTOR, outlierMultipliers, scaleColumns } from '../../../../src/core/compress/variants/w8a8-product';
import { maxAbsDiff, randomTensor } from '../helpers';

describe('W8A8 pieces', () => {
  it('int8PerOutput: codes in [-127, 127], absmax / 127 per output, each column\'s largest magnitude exact', () => {
    const kernel = randomTensor(6 * 3, 'w8');
    const q = int8PerOutput(kernel, 6, 3);
    expect(Math.max(...Array.from(q.codes, Math.abs))).toBe(127);
    const dq = dequantizeColumns(q);
    for (let o = 0; o < 3; o++) expect(q.scales[o]).toBeCloseTo(Math.max(...Array.from({ length: 6 }, (_, i) => Math.abs(kernel[i * 3 + o]!))) / 127, 7);
    expect(maxAbsDiff(dq, kernel)).toBeLessThanOrEqual(Math.max(...q.scales) / 2 + 1e-7);
  });

  it('int8Product equals the float product of the rounded operands', () => {
    const x = Float32Array.from([0.5, -1, 0.25, 1, 0, -0.75]);
    const kernel = randomTensor(3 * 2, 'w8-k');
    const q = int8PerOutput(kernel, 3, 2);
    const sx = 1 / 127;
    const xq = x.map((v) => Math.round(v / sx) * sx);
    expect(maxAbsDiff(int8Product(x, 1, q, 3, 2), denseMatmul(xq, dequantizeColumns(q), 3, 2))).toBeLessThan(1e-6);
  });

  it('the outlier switch leaves the float product unchanged and the first layer alone', () => {
    expect(Array.from(outlierMultipliers(0, 4, true))).toEqual([1, 1, 1, 1]);
    const m = outlierMultipliers(1, 5, true);
    expect(Array.from(m)).toEqual([OUTLIER_FACTOR, OUTLIER_FACTOR, OUTLIER_FACTOR, 1, 1]);
    const x = randomTensor(4 * 5, 'w8-x');
    const kernel = randomTensor(5 * 3, 'w8-k2');
    const before = denseMatmul(x, kernel, 5, 3);
    const after = denseMatmul(scaleColumns(x, m), divideRows(kernel, m, 3), 5, 3);
    expect(maxAbsDiff(before, after)).toBeLessThan(1e-5);
  });
});
