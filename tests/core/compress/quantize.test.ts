import { describe, expect, it } from 'vitest';
import { dequantize, quantize, type QuantizeOptions } from '../../../src/core/compress/quantize';
import { roundHalfAwayFromZero } from '../../../src/core/compress/quantization-params';
import { maxAbsDiff, randomTensor, vectors } from './helpers';

interface AsymmetricVector {
  qmin: number;
  qmax: number;
  scale: number;
  zero_point: number;
  q: number[];
  dequantized: number[];
  max_abs_error: number;
  half_scale_bound: number;
}
const q = vectors['quantization'] as Record<string, unknown>;
const input = q['input'] as number[];
const asym64 = q['tflite_int8_asymmetric_per_tensor_float64'] as AsymmetricVector;
const asym32 = q['tflite_int8_asymmetric_per_tensor_float32_emulated'] as AsymmetricVector;
const sym = q['tflite_int8_symmetric_narrow_[-127,127]'] as { scale: number; q: number[]; float32: { scale: number; dequantized_f32: number[] } };
const extra = q['extra_nondegenerate_vector'] as {
  input: number[];
  symmetric: { scale: number; q: number[]; dequantized: number[]; max_abs_error: number };
  asymmetric: { scale: number; zero_point: number; q: number[]; dequantized: number[]; max_abs_error: number };
};

function maxError(values: ArrayLike<number>, options: QuantizeOptions): number {
  return maxAbsDiff(values, dequantize(quantize(values, options)));
}

describe('quantize() against the TFLite reference vector', () => {
  const x = Float32Array.from(input);
  const result = quantize(x, { bits: 8, scheme: 'asymmetric' });

  it('uses the full int8 range [-128, 127] for asymmetric codes', () => {
    expect([result.qmin, result.qmax]).toEqual([asym64.qmin, asym64.qmax]);
  });

  it('gives scale 3.54/255 as float32 and the nudged zero point -56', () => {
    expect(result.scales[0]).toBeCloseTo(asym32.scale, 12);
    expect(result.scales[0]).toBeCloseTo(asym64.scale, 9);
    expect(Array.from(result.zeroPoints)).toEqual([asym64.zero_point]);
  });

  it('produces the reference codes', () => {
    expect(Array.from(result.codes)).toEqual(asym64.q);
  });

  it('dequantizes to the reference values and max error 0.0054118, under scale / 2', () => {
    const back = dequantize(result);
    expect(maxAbsDiff(back, asym64.dequantized)).toBeLessThan(1e-6);
    expect(maxAbsDiff(back, x)).toBeCloseTo(asym64.max_abs_error, 6);
    expect(maxAbsDiff(back, x)).toBeLessThanOrEqual(asym64.half_scale_bound);
  });

  it('represents real 0 exactly', () => {
    expect(dequantize(result)[2]).toBe(0);
  });

  it('gives the symmetric narrow-range row: scale 0.02, zero point 0, codes in [-127, 127]', () => {
    const s = quantize(x, { bits: 8, scheme: 'symmetric' });
    expect([s.qmin, s.qmax]).toEqual([-127, 127]);
    expect(s.scales[0]).toBeCloseTo(sym.float32.scale, 12);
    expect(Array.from(s.zeroPoints)).toEqual([0]);
    expect(Array.from(s.codes)).toEqual(sym.q);
    expect(maxAbsDiff(dequantize(s), sym.float32.dequantized_f32)).toBeLessThan(1e-7);
  });

  it.each([
    ['symmetric', extra.symmetric.q, 0, extra.symmetric.scale, extra.symmetric.dequantized, extra.symmetric.max_abs_error],
    ['asymmetric', extra.asymmetric.q, extra.asymmetric.zero_point, extra.asymmetric.scale, extra.asymmetric.dequantized, extra.asymmetric.max_abs_error],
  ] as const)('matches the non-degenerate extra vector, %s', (scheme, codes, zeroPoint, scale, dequantized, maxErr) => {
    const v = Float32Array.from(extra.input);
    const r = quantize(v, { scheme });
    expect(Array.from(r.codes)).toEqual(codes);
    expect(r.zeroPoints[0]).toBe(zeroPoint);
    expect(r.scales[0]).toBeCloseTo(scale, 8); // float32 scale vs float64 reference
    expect(maxAbsDiff(dequantize(r), dequantized)).toBeLessThan(1e-6);
    expect(maxAbsDiff(dequantize(r), v)).toBeCloseTo(maxErr, 6);
  });
});

describe('rounding', () => {
  it.each([
    [0.5, 1],
    [1.5, 2],
    [2.5, 3],
    [-0.5, -1],
    [-2.5, -3],
    [2.4999, 2],
    [-2.4999, -2],
  ])('rounds %d half away from zero to %d, as TFLite does', (x, expected) => {
    expect(roundHalfAwayFromZero(x)).toBe(expected);
  });

  it('sends an exact tie x / scale = -2.5 to code -3 (not -2 as Math.round would)', () => {
    // symmetric 8-bit with max |x| = 127 gives scale 1 exactly, so x / scale is x itself
    const r = quantize(Float32Array.from([-2.5, 2.5, 127]), { scheme: 'symmetric' });
    expect(r.scales[0]).toBe(1);
    expect(Array.from(r.codes)).toEqual([-3, 3, 127]);
  });
});

describe('edge cases', () => {
  it.each(['asymmetric', 'symmetric'] as const)('quantizes an all-zero tensor (%s) to exact zeros with scale 1', (scheme) => {
    const r = quantize(new Float32Array(5), { scheme });
    expect(Array.from(r.scales)).toEqual([1]);
    expect(Array.from(dequantize(r))).toEqual([0, 0, 0, 0, 0]);
  });

  it.each([
    [3.7, 'asymmetric'],
    [-3.7, 'asymmetric'],
    [3.7, 'symmetric'],
    [-3.7, 'symmetric'],
  ] as const)('round-trips a constant tensor of %d (%s) exactly up to float32', (c, scheme) => {
    const x = new Float32Array(4).fill(c);
    expect(maxError(x, { scheme })).toBeLessThan(1e-6);
  });

  it('handles an empty tensor, per tensor and per channel', () => {
    const r = quantize(new Float32Array(0));
    expect(r.codes.length).toBe(0);
    expect(dequantize(r).length).toBe(0);
    const pc = quantize(new Float32Array(0), { granularity: 'per-channel', shape: [0, 3], axis: 1 });
    expect(pc.scales.length).toBe(3);
  });

  it('stores codes in Int8Array up to 8 bits and Int16Array above', () => {
    expect(quantize([1, 2], { bits: 8 }).codes).toBeInstanceOf(Int8Array);
    expect(quantize([1, 2], { bits: 9 }).codes).toBeInstanceOf(Int16Array);
  });

  it.each([2, 3, 4, 8, 12, 16])('keeps %d-bit codes inside [qmin, qmax]', (bits) => {
    const r = quantize(randomTensor(500, `range-${bits}`), { bits });
    expect(Math.min(...r.codes)).toBeGreaterThanOrEqual(r.qmin);
    expect(Math.max(...r.codes)).toBeLessThanOrEqual(r.qmax);
    expect([r.qmin, r.qmax]).toEqual([-(2 ** (bits - 1)), 2 ** (bits - 1) - 1]);
  });
});

describe('properties over seeded random tensors', () => {
  const cases = [2, 3, 4, 8, 16].flatMap((bits) =>
    (['asymmetric', 'symmetric'] as const).map((scheme) => ({ bits, scheme })),
  );

  it.each(cases)('keeps every error within scale / 2 per element at $bits bits, $scheme', ({ bits, scheme }) => {
    for (let trial = 0; trial < 5; trial++) {
      const x = randomTensor(2000, `prop-${bits}-${scheme}-${trial}`, 0.1 + trial);
      const r = quantize(x, { bits, scheme });
      const back = dequantize(r);
      const scale = r.scales[0] as number;
      for (let i = 0; i < x.length; i++) {
        // float32 storage of the result adds at most one ulp of the value
        expect(Math.abs((back[i] as number) - (x[i] as number))).toBeLessThanOrEqual(scale / 2 + 1e-6 * Math.abs(x[i] as number) + 1e-12);
      }
    }
  });

  it.each(cases)('never does worse per channel than per tensor at $bits bits, $scheme', ({ bits, scheme }) => {
    // channels with very different ranges, as in a trained dense kernel
    const [rows, cols] = [64, 16];
    const x = randomTensor(rows * cols, `pc-${bits}-${scheme}`);
    for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) * (1 + (i % cols) * 0.7);
    const perTensor = maxError(x, { bits, scheme });
    const perChannel = maxError(x, { bits, scheme, granularity: 'per-channel', shape: [rows, cols], axis: 1 });
    expect(perChannel).toBeLessThanOrEqual(perTensor + 1e-7);
  });

  it('computes one scale per slice along the chosen axis', () => {
    // 2 x 3 with columns of range 1, 10, 100
    const x = Float32Array.from([1, 10, 100, -1, -10, -100]);
    const byColumn = quantize(x, { scheme: 'symmetric', granularity: 'per-channel', shape: [2, 3], axis: 1 });
    expect(Array.from(byColumn.scales)).toEqual([1, 10, 100].map((m) => Math.fround(m / 127)));
    const byRow = quantize(x, { scheme: 'symmetric', granularity: 'per-channel', shape: [2, 3], axis: -2 });
    expect(byRow.axis).toBe(0);
    expect(byRow.scales.length).toBe(2);
  });
});

describe('bad input', () => {
  it.each([
    [{ bits: 1 }, 'bits must be an integer from 2 to 16 (got 1) in quantize()'],
    [{ bits: 17 }, 'bits must be an integer from 2 to 16 (got 17) in quantize()'],
    [{ bits: 4.5 }, 'bits must be an integer from 2 to 16 (got 4.5) in quantize()'],
    [{ scheme: 'affine' }, 'scheme must be one of "asymmetric", "symmetric" (got "affine") in quantize()'],
    [{ granularity: 'per-row' }, 'granularity must be one of "per-tensor", "per-channel" (got "per-row") in quantize()'],
    [{ granularity: 'per-channel', shape: [2, 3], axis: 2 }, 'axis must be an integer from -2 to 1 for a rank-2 tensor (got 2) in quantize()'],
    [{ granularity: 'per-channel', shape: [2, 3], axis: -3 }, 'axis must be an integer from -2 to 1 for a rank-2 tensor (got -3) in quantize()'],
    [{ shape: [4, 2] }, 'shape [4, 2] holds 8 values but 6 were given in quantize()'],
  ])('rejects %j with a message naming the argument', (options, message) => {
    expect(() => quantize(new Float32Array(6), options as QuantizeOptions)).toThrow(message);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %d in the values with its index', (bad) => {
    expect(() => quantize([0, 1, bad])).toThrow(`values must contain only finite numbers (got ${bad} at index 2) in quantize()`);
  });
});
