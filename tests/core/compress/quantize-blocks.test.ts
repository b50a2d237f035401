import { describe, expect, it } from 'vitest';
import { quantizeBlocks } from '../../../src/core/compress/quantize-blocks';
import { randomTensor } from './helpers';
import { expectWithinUlps, formatVectors } from './format-vectors';

const cases = Object.entries(formatVectors.blocks);

describe('quantizeBlocks against the generated vectors (GPTQ quant.py, bitsandbytes, OCP MX / microxcaling, ModelOpt NVFP4)', () => {
  it('covers every format, both int schemes and NF4 double quantization', () => {
    const seen = new Set(cases.map(([, c]) => `${c.options.format}/${c.options.scheme ?? ''}/${c.options.doubleQuant === true}`));
    for (const key of ['int4/asymmetric/false', 'int4/symmetric/false', 'int8/asymmetric/false', 'int8/symmetric/false', 'nf4//false', 'nf4//true', 'mxfp4//false', 'mxfp8-e4m3//false', 'nvfp4//false']) {
      expect(seen).toContain(key);
    }
  });

  it.each(cases)('%s: codes exact, dequantized within 1 float32 ulp, scales and size', (name, c) => {
    const out = quantizeBlocks(Float32Array.from(c.input), c.options);
    expect(out.format).toBe(c.options.format);
    expect(Array.from(out.codes)).toEqual(c.expected.codes);
    expectWithinUlps(out.dequantized, c.expected.dequantized, 1, `${name} dequantized`);
    expectWithinUlps(out.scales, c.expected.scales, 1e-6, `${name} scales`);
    if (c.expected.zeroPoints !== undefined) expect(Array.from(out.zeroPoints ?? [])).toEqual(c.expected.zeroPoints);
    if (c.expected.scaleCodes !== undefined) expect(Array.from(out.scaleCodes ?? [])).toEqual(c.expected.scaleCodes);
    if (c.expected.tensorScale !== undefined) expect(out.tensorScale).toBeCloseTo(c.expected.tensorScale, 15);
    expect(out.bitsPerWeight).toBeCloseTo(c.expected.bitsPerWeight, 12);
  });
});

describe('quantizeBlocks sizes', () => {
  const values = randomTensor(256 * 64, 'sizes');

  it.each([
    ['mxfp4', {}, 4.25],
    ['mxfp8-e4m3', {}, 8.25],
    ['nf4', {}, 4.5],
    ['nf4', { doubleQuant: true }, 4 + 8 / 64 + 32 / (64 * 256) + 32 / (256 * 64)],
    ['nvfp4', {}, 4.5 + 32 / (256 * 64)],
    ['int4', { blockSize: 128 }, 4 + 36 / 128],
    ['int4', { blockSize: 128, scheme: 'symmetric' }, 4 + 32 / 128],
    ['int8', { blockSize: 64 }, 8 + 40 / 64],
  ] as const)('%s %j stores %f bits per weight', (format, extra, bits) => {
    expect(quantizeBlocks(values, { format, ...extra }).bitsPerWeight).toBeCloseTo(bits, 12);
  });

  it('uses the default block sizes 128, 64, 32, 16', () => {
    expect(['int4', 'nf4', 'mxfp4', 'nvfp4'].map((format) => quantizeBlocks(values, { format: format as never }).blockSize)).toEqual([128, 64, 32, 16]);
  });

  it('double quantization costs little accuracy and saves 0.37 bits per weight', () => {
    const plain = quantizeBlocks(values, { format: 'nf4' });
    const double = quantizeBlocks(values, { format: 'nf4', doubleQuant: true });
    const rms = (d: Float32Array) => Math.sqrt(d.reduce((s, v, i) => s + (v - (values[i] as number)) ** 2, 0) / d.length);
    expect(rms(double.dequantized)).toBeLessThan(rms(plain.dequantized) * 1.05);
    expect(plain.bitsPerWeight - double.bitsPerWeight).toBeGreaterThan(0.37);
  });
});

describe('quantizeBlocks options', () => {
  it.each([
    [{ format: 'int3' }, 'format must be one of "int8", "int4", "nf4", "mxfp4", "mxfp8-e4m3", "nvfp4" (got "int3") in quantizeBlocks()'],
    [{ format: 'int4', blockSize: 0 }, 'blockSize must be an integer from 1 to 65536 (got 0) in quantizeBlocks()'],
    [{ format: 'int4', blockSize: 2.5 }, 'blockSize must be an integer from 1 to 65536 (got 2.5)'],
    [{ format: 'int8', scheme: 'affine' }, 'scheme must be one of "asymmetric", "symmetric" (got "affine") in quantizeBlocks() for format "int8"'],
    [{ format: 'nf4', scheme: 'asymmetric' }, 'scheme must be one of "symmetric" (got "asymmetric") in quantizeBlocks() for format "nf4"'],
    [{ format: 'mxfp4', doubleQuant: true }, 'doubleQuant must be false or absent unless format is "nf4" (got true) in quantizeBlocks() for format "mxfp4"'],
    [{ format: 'nf4', doubleQuant: 1 }, 'doubleQuant must be true or false (got 1)'],
  ])('%j is rejected with a message naming the option', (options, message) => {
    expect(() => quantizeBlocks([1, 2, 3], options as never)).toThrow(message);
  });

  it('rejects NaN where the format defines no NaN handling, and not for MX', () => {
    expect(() => quantizeBlocks([1, Number.NaN], { format: 'nf4' })).toThrow('values must contain only finite numbers (got NaN at index 1) in quantizeBlocks() for format "nf4"');
    expect(Array.from(quantizeBlocks([1, Number.NaN], { format: 'mxfp4' }).dequantized)).toEqual([Number.NaN, Number.NaN]);
  });

  it('handles an empty tensor', () => {
    const out = quantizeBlocks([], { format: 'nvfp4' });
    expect(out.codes.length).toBe(0);
    expect(out.bitsPerWeight).toBe(0);
  });
});
