import { describe, expect, it } from 'vitest';
import { castToFloat16 } from '../../../src/core/compress/float16';
import { FLOAT_FORMAT_NAMES } from '../../../src/core/compress/float-formats';
import { exponentOf, roundHalfToEven, roundToFloatFormat } from '../../../src/core/compress/round-to-float-format';
import { randomTensor } from './helpers';
import { expectSameValues, formatVectors } from './format-vectors';

describe('roundToFloatFormat against the generated vectors (every bit pattern enumerated from the specs)', () => {
  it.each(FLOAT_FORMAT_NAMES)('%s, saturating (the default): values, signs of zero and NaN exactly', (format) => {
    const c = formatVectors.round[format];
    expectSameValues(roundToFloatFormat(c.input, format), c.saturate, format);
    expectSameValues(roundToFloatFormat(Float32Array.from(c.input), format, { saturate: true }), c.saturate, format);
  });

  it.each(FLOAT_FORMAT_NAMES)('%s, non-saturating: overflow to +-Infinity or NaN', (format) => {
    const c = formatVectors.round[format];
    expectSameValues(roundToFloatFormat(c.input, format, { saturate: false }), c.nonSaturating, format);
  });
});

describe('roundToFloatFormat edges', () => {
  it('E4M3: (448, 464] rounds to 448 (the tie goes to the even mantissa 1.110b), above 464 overflows', () => {
    expect(Array.from(roundToFloatFormat([449, 463.9, 464, 464.1, -464], 'fp8-e4m3', { saturate: false }))).toEqual([448, 448, 448, Number.NaN, -448]);
    expect(Array.from(roundToFloatFormat([1e9, Number.NEGATIVE_INFINITY], 'fp8-e4m3'))).toEqual([448, -448]);
  });

  it('E5M2 and fp16: the midpoint above max overflows to Infinity (max has an odd mantissa)', () => {
    expect(Array.from(roundToFloatFormat([61439, 61440], 'fp8-e5m2', { saturate: false }))).toEqual([57344, Number.POSITIVE_INFINITY]);
    expect(Array.from(roundToFloatFormat([65519, 65520], 'fp16', { saturate: false }))).toEqual([65504, Number.POSITIVE_INFINITY]);
  });

  it('E2M1 has exactly 0, 0.5, 1, 1.5, 2, 3, 4, 6 and ties to even', () => {
    const grid = Array.from({ length: 61 }, (_, i) => i / 10);
    expect(new Set(roundToFloatFormat(grid, 'fp4-e2m1'))).toEqual(new Set([0, 0.5, 1, 1.5, 2, 3, 4, 6]));
    expect(Array.from(roundToFloatFormat([0.25, 0.75, 2.5, 5, 7, -7], 'fp4-e2m1'))).toEqual([0, 1, 2, 4, 6, -6]);
  });

  it('keeps -0, sends tiny negatives to -0, and NaN to NaN', () => {
    const out = roundToFloatFormat([-0, -1e-45, Number.NaN], 'bf16');
    expect(Object.is(out[0], -0)).toBe(true);
    expect(Object.is(out[1], -0)).toBe(true);
    expect(out[2]).toBeNaN();
  });

  it('agrees with the float16 cast (float16.ts) on float32 values within range', () => {
    const values = randomTensor(2000, 'fp16-agree', 3000);
    values[0] = 2 ** -25;
    values[1] = 3 * 2 ** -26;
    expectSameValues(roundToFloatFormat(values, 'fp16'), castToFloat16(values), 'fp16');
  });

  it('bf16 equals float32 rounding by "add 0x7FFF plus the lowest kept bit" on float32 inputs', () => {
    const values = randomTensor(2000, 'bf16-agree', 1e3);
    const bits = new Uint32Array(values.buffer);
    const expected = Float32Array.from(bits, (b) => new Float32Array(Uint32Array.of(((b + 0x7fff + ((b >>> 16) & 1)) >>> 16) << 16).buffer)[0] as number);
    expectSameValues(roundToFloatFormat(values, 'bf16'), expected, 'bf16');
  });

  it('names the option and the allowed values when they are bad', () => {
    expect(() => roundToFloatFormat([1], 'fp8' as never)).toThrow(
      'format must be one of "fp16", "bf16", "fp8-e4m3", "fp8-e5m2", "fp4-e2m1" (got "fp8") in roundToFloatFormat()',
    );
    expect(() => roundToFloatFormat([1], 'fp16', { saturate: 'yes' as never })).toThrow('saturate must be true or false (got "yes")');
  });
});

describe('exact helpers', () => {
  it('exponentOf is floor(log2) even where Math.log2 rounds up', () => {
    expect(exponentOf(2 ** 29 - 2 ** -24)).toBe(28);
    expect(exponentOf(2 ** -1074)).toBe(-1074);
    expect(exponentOf(1)).toBe(0);
  });

  it('roundHalfToEven sends ties to the even integer', () => {
    expect([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999999999999996].map(roundHalfToEven)).toEqual([-2, -2, 0, 0, 2, 2, 2]);
  });
});
