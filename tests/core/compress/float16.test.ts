import { describe, expect, it } from 'vitest';
import {
  castToFloat16,
  float16BitsToFloat32,
  float32ToFloat16Bits,
  fromFloat16,
  toFloat16,
} from '../../../src/core/compress/float16';
import { maxAbsDiff, randomTensor, vectors } from './helpers';

const q = vectors['quantization'] as Record<string, unknown>;
const input = q['input'] as number[];
const f16 = q['float16_cast'] as { values: number[]; max_abs_error: number };

describe('float16 conversion', () => {
  it('casts the reference vector to the reference float16 values (max error 9.375e-4)', () => {
    const cast = castToFloat16(Float32Array.from(input));
    expect(Array.from(cast)).toEqual(f16.values);
    expect(maxAbsDiff(cast, Float32Array.from(input))).toBeCloseTo(f16.max_abs_error, 6);
  });

  it.each([
    [0, 0x0000],
    [-0, 0x8000],
    [1, 0x3c00],
    [-2, 0xc000],
    [65504, 0x7bff],
    [2 ** -14, 0x0400], // smallest normal
    [2 ** -24, 0x0001], // smallest subnormal
    [Number.POSITIVE_INFINITY, 0x7c00],
    [Number.NEGATIVE_INFINITY, 0xfc00],
  ])('encodes %d as 0x%s', (value, bits) => {
    expect(float32ToFloat16Bits(value)).toBe(bits);
    expect(float16BitsToFloat32(bits)).toBe(value);
  });

  it.each([
    ['1 + 2^-11 (tie, even below) rounds down to 1', 1 + 2 ** -11, 0x3c00],
    ['1 + 3 * 2^-11 (tie, odd below) rounds up', 1 + 3 * 2 ** -11, 0x3c02],
    ['just above the tie rounds up', 1 + 2 ** -11 + 2 ** -20, 0x3c01],
    ['65519 (below the overflow tie) stays 65504', 65519, 0x7bff],
    ['65520 (the overflow tie) rounds to Infinity', 65520, 0x7c00],
    ['2^-25 (subnormal tie with 0) rounds to 0', 2 ** -25, 0x0000],
    ['1.5 * 2^-25 rounds to the smallest subnormal', 1.5 * 2 ** -25, 0x0001],
    ['3 * 2^-25 (subnormal tie, odd below) rounds up to 2 * 2^-24', 3 * 2 ** -25, 0x0002],
    ['2^-26 underflows to 0', 2 ** -26, 0x0000],
    ['the largest subnormal plus half a step carries into the smallest normal', (1023.5) * 2 ** -24, 0x0400],
  ])('rounds to nearest even: %s', (_label, value, bits) => {
    expect(float32ToFloat16Bits(value)).toBe(bits);
  });

  it('keeps NaN as NaN', () => {
    const bits = float32ToFloat16Bits(Number.NaN);
    expect((bits & 0x7c00) === 0x7c00 && (bits & 0x3ff) !== 0).toBe(true);
    expect(Number.isNaN(float16BitsToFloat32(bits))).toBe(true);
  });

  it('decodes every one of the 65536 bit patterns back to the same pattern (except NaN payloads)', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = float16BitsToFloat32(bits);
      if (Number.isNaN(value)) continue;
      expect(float32ToFloat16Bits(value)).toBe(bits);
    }
  });

  it('keeps the relative error of normal values within 2^-11', () => {
    const x = randomTensor(5000, 'f16-rel', 100);
    const back = fromFloat16(toFloat16(x));
    for (let i = 0; i < x.length; i++) {
      const v = x[i] as number;
      if (Math.abs(v) >= 2 ** -14) expect(Math.abs((back[i] as number) - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -11);
    }
  });
});
