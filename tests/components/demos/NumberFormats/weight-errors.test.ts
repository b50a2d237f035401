import { describe, expect, it } from 'vitest';
import { BIN_COUNT, errorHistogram, formatError, generateWeights, TENSOR_FORMATS } from '../../../../components/demos/NumberFormats/weight-errors';

describe('generateWeights', () => {
  it('is reproducible per seed and has about the asked standard deviation', () => {
    const a = generateWeights(4096, 0.02, 0, 7);
    expect(generateWeights(4096, 0.02, 0, 7)).toEqual(a);
    expect(generateWeights(4096, 0.02, 0, 8)).not.toEqual(a);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const std = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(Math.abs(mean)).toBeLessThan(0.002);
    expect(std).toBeGreaterThan(0.019);
    expect(std).toBeLessThan(0.021);
  });

  it('puts the outlier at outlier x std', () => {
    expect(generateWeights(16, 0.5, 100, 1)[0]).toBe(50);
  });
});

describe('formatError', () => {
  const weights = generateWeights(4096, 0.02, 0, 1);

  it('gives every format a finite error and its bits per weight (MXFP4 4.25, NVFP4 4.5 plus the tensor scale, NF4 4.5)', () => {
    const rows = Object.fromEntries(TENSOR_FORMATS.map((f) => [f, formatError(weights, f)]));
    for (const r of Object.values(rows)) {
      expect(Number.isFinite(r.meanAbsolute) && Number.isFinite(r.maxRelative)).toBe(true);
      expect(r.maxAbsolute).toBeGreaterThanOrEqual(r.meanAbsolute);
    }
    expect(rows.fp16!.bitsPerWeight).toBe(16);
    expect(rows['fp8-e4m3']!.bitsPerWeight).toBe(8);
    expect(rows.mxfp4!.bitsPerWeight).toBe(4.25);
    expect(rows.nf4!.bitsPerWeight).toBe(4.5);
    expect(rows.nvfp4!.bitsPerWeight).toBeCloseTo(4.5 + 32 / 4096, 12);
  });

  it('orders the float casts by mantissa when the weights sit in the normal range: fp16 < bf16 < E4M3 < E5M2', () => {
    const unit = generateWeights(4096, 1, 0, 1);
    const rel = (f: (typeof TENSOR_FORMATS)[number]) => formatError(unit, f).meanRelative;
    expect(rel('fp16')).toBeLessThan(rel('bf16'));
    expect(rel('bf16')).toBeLessThan(rel('fp8-e4m3'));
    expect(rel('fp8-e4m3')).toBeLessThan(rel('fp8-e5m2'));
  });

  it('lets range win for small weights: at std 0.002 E5M2 beats E4M3, whose subnormals start at 2^-6', () => {
    const small = generateWeights(4096, 0.002, 0, 1);
    expect(formatError(small, 'fp8-e5m2').meanRelative).toBeLessThan(formatError(small, 'fp8-e4m3').meanRelative);
  });

  it('shows why scales exist: a plain E2M1 cast flushes small weights to zero, MXFP4 keeps them', () => {
    expect(formatError(weights, 'fp4-e2m1').flushedToZero).toBe(4096);
    expect(formatError(weights, 'mxfp4').flushedToZero).toBeLessThan(1000);
  });
});

describe('errorHistogram', () => {
  const weights = generateWeights(2048, 1, 0, 3);
  const { dequantized } = formatError(weights, 'fp8-e4m3');

  it('bins every non-exact weight once on the log axis and counts the exact ones apart', () => {
    const h = errorHistogram(weights, dequantized, 'relative');
    expect(h.counts).toHaveLength(BIN_COUNT);
    expect(h.edges).toHaveLength(BIN_COUNT + 1);
    expect(h.counts.reduce((a, b) => a + b, 0) + h.exact).toBe(2048);
    // E4M3 rounds normal values to within 2^-4 relative: only subnormal weights (|w| < 2^-6) reach the bins above 10^-1.
    const above = h.counts.filter((_, i) => h.edges[i]! >= -1).reduce((a, b) => a + b, 0);
    const subnormal = weights.filter((w) => Math.abs(w) < 2 ** -6).length;
    expect(above).toBeGreaterThan(0);
    expect(above).toBeLessThanOrEqual(subnormal);
  });

  it('bins signed absolute errors on a symmetric axis including the exact ones', () => {
    const h = errorHistogram(weights, dequantized, 'absolute');
    expect(h.edges[0]).toBeCloseTo(-h.edges[BIN_COUNT]!, 12);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2048);
  });
});
