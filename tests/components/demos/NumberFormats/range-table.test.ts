import { describe, expect, it } from 'vitest';
import { formatLimit, powerOfTwo, rangeRow, rangeRows } from '../../../../components/demos/NumberFormats/range-table';

describe('rangeRow', () => {
  it.each([
    ['fp8-e4m3', 448, 2 ** -6, 2 ** -9, 0.125],
    ['fp8-e5m2', 57344, 2 ** -14, 2 ** -16, 0.25],
    ['fp16', 65504, 2 ** -14, 2 ** -24, 2 ** -10],
    ['bf16', 3.3895313892515355e38, 2 ** -126, 2 ** -133, 2 ** -7],
  ] as const)('%s: max %s, min normal %s, min subnormal %s, relative step %s', (format, max, minNormal, minSubnormal, step) => {
    const r = rangeRow(format);
    expect([r.max, r.minNormal, r.minSubnormal, r.relativeStep]).toEqual([max, minNormal, minSubnormal, step]);
  });

  it('counts the implicit bit in the decimal digits: fp16 log10(2^11) = 3.31, E4M3 log10(2^4) = 1.20', () => {
    expect(rangeRow('fp16').decimalDigits).toBeCloseTo(3.311, 3);
    expect(rangeRow('fp8-e4m3').decimalDigits).toBeCloseTo(1.204, 3);
  });

  it('puts the four compared formats (and E2M1) in the table, E4M3 first', () => {
    expect(rangeRows().map((r) => r.format)).toEqual(['fp8-e4m3', 'fp8-e5m2', 'bf16', 'fp16', 'fp4-e2m1']);
    expect(rangeRow('fp8-e5m2').binades).toBeCloseTo(Math.log2(57344 * 2 ** 16), 12);
  });
});

describe('formatLimit and powerOfTwo', () => {
  it.each([
    [57344, '57344'],
    [65504, '65504'],
    [448, '448'],
    [3.3895313892515355e38, '3.39e38'],
    [0.5, '0.5'],
  ])('prints %s as %s', (value, text) => {
    expect(formatLimit(value)).toBe(text);
  });

  it('finds the exponent of a power of two and nothing else', () => {
    expect(powerOfTwo(2 ** -133)).toBe(-133);
    expect(powerOfTwo(448)).toBeUndefined();
  });
});
