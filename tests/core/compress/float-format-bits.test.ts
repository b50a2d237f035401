import { describe, expect, it } from 'vitest';
import { floatFormatFields, floatFormatValue } from '../../../src/core/compress/float-format-bits';
import { FLOAT_FORMAT_NAMES } from '../../../src/core/compress/float-formats';

describe('float format bit patterns', () => {
  it.each(['fp8-e4m3', 'fp8-e5m2', 'fp4-e2m1', 'fp16'] as const)('%s: every non-NaN pattern decodes and encodes back to itself', (format) => {
    const count = { 'fp8-e4m3': 256, 'fp8-e5m2': 256, 'fp4-e2m1': 16, fp16: 65536 }[format];
    const mismatches: number[] = [];
    for (let bits = 0; bits < count; bits++) {
      const value = floatFormatValue(bits, format);
      if (Number.isNaN(value)) continue;
      if (floatFormatFields(value, format, false).bits !== bits) mismatches.push(bits);
    }
    expect(mismatches).toEqual([]);
  });

  it('knows the patterns the specifications name', () => {
    expect(floatFormatFields(448, 'fp8-e4m3')).toEqual({ sign: 0, exponent: 15, mantissa: 6, bits: 0x7e });
    expect(floatFormatFields(Number.NaN, 'fp8-e4m3').bits).toBe(0x7f);
    expect(floatFormatValue(0xff, 'fp8-e4m3')).toBeNaN();
    expect(floatFormatValue(0x7c, 'fp8-e5m2')).toBe(Number.POSITIVE_INFINITY);
    expect(floatFormatFields(Number.NEGATIVE_INFINITY, 'fp8-e5m2', false).bits).toBe(0xfc);
    expect(floatFormatFields(57344, 'fp8-e5m2').bits).toBe(0x7b);
    expect(floatFormatFields(-6, 'fp4-e2m1').bits).toBe(0xf);
    expect(floatFormatFields(0.5, 'fp4-e2m1')).toEqual({ sign: 0, exponent: 0, mantissa: 1, bits: 1 });
    expect(floatFormatFields(-0, 'bf16').bits).toBe(0x8000);
    expect(floatFormatFields(1, 'bf16').bits).toBe(0x3f80);
    expect(floatFormatFields(2 ** -9, 'fp8-e4m3').bits).toBe(1);
  });

  it('decodes the 16 E2M1 values of the MX specification', () => {
    expect(Array.from({ length: 16 }, (_, b) => floatFormatValue(b, 'fp4-e2m1'))).toEqual([0, 0.5, 1, 1.5, 2, 3, 4, 6, -0, -0.5, -1, -1.5, -2, -3, -4, -6]);
  });

  it('rounds before encoding, and refuses NaN where the format has none', () => {
    expect(floatFormatFields(470, 'fp8-e4m3').bits).toBe(0x7e);
    expect(() => floatFormatFields(7, 'fp4-e2m1', false)).toThrow('fp4-e2m1 has no NaN');
    expect(() => floatFormatValue(256, 'fp8-e4m3')).toThrow('bits must be an integer from 0 to 255 (got 256) in floatFormatValue() for fp8-e4m3');
    expect(FLOAT_FORMAT_NAMES).toHaveLength(5);
  });
});
