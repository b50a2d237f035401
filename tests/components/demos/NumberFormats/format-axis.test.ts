import { describe, expect, it } from 'vitest';
import { FLOAT_FORMAT_NAMES, FLOAT_FORMATS, floatFormatValue } from '../../../../src/core/plain';
import { axisDomain, binadesOf, positiveValueCount, positiveValues, powerTicks } from '../../../../components/demos/NumberFormats/format-axis';

/** The positive finite values found by decoding every bit pattern (the reference for the counted ones). */
function decodedPositives(format: (typeof FLOAT_FORMAT_NAMES)[number]): number[] {
  const n = 2 ** FLOAT_FORMATS[format].bits;
  const out: number[] = [];
  for (let b = 0; b < n; b++) {
    const v = floatFormatValue(b, format);
    if (Number.isFinite(v) && v > 0) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

describe('binadesOf', () => {
  it.each(FLOAT_FORMAT_NAMES.map((f) => [f]))('%s: counts the same positive values as decoding every bit pattern', (format) => {
    const decoded = decodedPositives(format);
    expect(positiveValueCount(FLOAT_FORMATS[format])).toBe(decoded.length);
    for (const b of binadesOf(FLOAT_FORMATS[format])) {
      const inside = decoded.filter((v) => v >= 2 ** b.exponent && v < 2 ** (b.exponent + 1));
      expect(inside.length, `binade 2^${b.exponent}`).toBe(b.count);
      expect(b.subnormal).toBe(inside[0]! < FLOAT_FORMATS[format].minNormal);
    }
  });

  it('gives E4M3 subnormal binades of 1, 2, 4 values, normal ones of 8 and a top binade of 7 (448 is the last)', () => {
    const counts = binadesOf(FLOAT_FORMATS['fp8-e4m3']).map((b) => b.count);
    expect(counts.slice(0, 3)).toEqual([1, 2, 4]);
    expect(counts.slice(3, -1).every((c) => c === 8)).toBe(true);
    expect(counts.at(-1)).toBe(7);
    expect(positiveValueCount(FLOAT_FORMATS['fp8-e4m3'])).toBe(126);
  });
});

describe('positiveValues', () => {
  it('lists E2M1 as 0.5, 1, 1.5, 2, 3, 4, 6', () => {
    expect(positiveValues(FLOAT_FORMATS['fp4-e2m1'])).toEqual([0.5, 1, 1.5, 2, 3, 4, 6]);
  });

  it.each([['fp8-e4m3'], ['fp8-e5m2']] as const)('%s: lists every decoded positive value in order', (format) => {
    expect(positiveValues(FLOAT_FORMATS[format])).toEqual(decodedPositives(format));
  });

  it('gives up on the 16-bit formats (too many values to tick one by one)', () => {
    expect(positiveValues(FLOAT_FORMATS.fp16)).toBeUndefined();
    expect(positiveValues(FLOAT_FORMATS.bf16)).toBeUndefined();
  });
});

describe('the axis', () => {
  it('spans one binade below the smallest subnormal to two above the max', () => {
    expect(axisDomain(FLOAT_FORMATS['fp8-e4m3'])).toEqual([-10, 11]);
  });

  it('labels about five evenly spaced powers of two inside the domain', () => {
    expect(powerTicks([-10, 11])).toEqual([-10, -5, 0, 5, 10]);
    expect(powerTicks([-134, 130]).every((e) => e >= -134 && e <= 130)).toBe(true);
    expect(powerTicks([-134, 130])).toContain(0);
  });
});
