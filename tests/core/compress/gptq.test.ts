import { describe, expect, it } from 'vitest';
import { gptqQuantize } from '../../../src/core/compress/gptq';
import { randomTensor } from './helpers';
import { expectWithinUlps, formatVectors } from './format-vectors';

describe('gptqQuantize against the generated vectors (IST-DASLab/gptq gptq.py + quant.py in float64)', () => {
  it.each(Object.entries(formatVectors.gptq))('%s: codes exact, dequantized within 1 float32 ulp, loss', (_, c) => {
    const out = gptqQuantize(c.kernel, c.shape, c.calibration, c.options);
    expect(Array.from(out.codes)).toEqual(c.expected.codes);
    expectWithinUlps(out.dequantized, c.expected.dequantized, 1, 'dequantized');
    expect(Array.from(out.zeroPoints)).toEqual(c.expected.zeroPoints);
    expectWithinUlps(out.scales, c.expected.scales, 1e-6, 'scales');
    expect(out.loss).toBeCloseTo(c.expected.loss, 9);
    expect(out.bitsPerWeight).toBeCloseTo(c.expected.bitsPerWeight, 12);
  });
});

/** Squared output error sum_s |x_s (K - K^)|^2 of a [inputs, outputs] kernel on [samples, inputs] inputs. */
function outputError(kernel: ArrayLike<number>, approx: ArrayLike<number>, x: ArrayLike<number>, inputs: number, outputs: number): number {
  let total = 0;
  for (let s = 0; s < x.length / inputs; s++) {
    for (let j = 0; j < outputs; j++) {
      let d = 0;
      for (let i = 0; i < inputs; i++) d += (x[s * inputs + i] as number) * ((kernel[i * outputs + j] as number) - (approx[i * outputs + j] as number));
      total += d * d;
    }
  }
  return total;
}

describe('gptqQuantize', () => {
  const inputs = 32;
  const outputs = 16;
  const kernel = randomTensor(inputs * outputs, 'gptq-layer', 0.3);
  const x = randomTensor(128 * inputs, 'gptq-calibration');
  // Correlated inputs are where error feedback helps: input 2k + 1 mostly repeats input 2k.
  for (let s = 0; s < 128; s++) for (let i = 1; i < inputs; i += 2) x[s * inputs + i] = 0.9 * (x[s * inputs + i - 1] as number) + 0.1 * (x[s * inputs + i] as number);

  it('beats round-to-nearest on the layer output at int3 per group of 8', () => {
    const gptq = gptqQuantize(kernel, [inputs, outputs], x, { bits: 3, groupSize: 8 });
    // Round-to-nearest is GPTQ with identity inputs (no error to spread: Hinv is diagonal).
    const identity = new Float32Array(inputs * inputs).map((_, k) => (k % (inputs + 1) === 0 ? 1 : 0));
    const rtn = gptqQuantize(kernel, [inputs, outputs], identity, { bits: 3, groupSize: 8 });
    expect(outputError(kernel, gptq.dequantized, x, inputs, outputs)).toBeLessThan(0.8 * outputError(kernel, rtn.dequantized, x, inputs, outputs));
  });

  it('names the bad option and its range', () => {
    expect(() => gptqQuantize(kernel, [inputs, outputs], x, { bits: 9 })).toThrow('bits must be an integer from 2 to 8 (got 9) in gptqQuantize()');
    expect(() => gptqQuantize(kernel, [inputs, outputs], x, { bits: 4, groupSize: 0 })).toThrow('groupSize must be an integer from 1 to 32 (got 0)');
    expect(() => gptqQuantize(kernel, [inputs, outputs], [1, 2, 3], { bits: 4 })).toThrow('calibration must be a non-empty [samples, 32] array');
    expect(() => gptqQuantize(kernel, [inputs, outputs], x, { bits: 4, percDamp: -1 })).toThrow('percDamp must be a finite number >= 0 (got -1)');
  });
});
