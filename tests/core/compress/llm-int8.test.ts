import { describe, expect, it } from 'vitest';
import { llmInt8Matmul } from '../../../src/core/compress/llm-int8';
import { expectWithinUlps, formatVectors } from './format-vectors';

const cases = Object.entries(formatVectors.methods).filter(([name]) => name.startsWith('llm-int8'));

describe('llmInt8Matmul against the generated vectors (bitsandbytes int8_vectorwise_quant / int8_mm_dequant)', () => {
  it.each(cases)('%s', (_, c) => {
    const out = llmInt8Matmul(c.calibration, c.kernel, c.shape, { threshold: c.options['threshold']! });
    expect(out.outlierColumns).toEqual(c.expected['outlierColumns']);
    expect(out.int8Fraction).toBeCloseTo(c.expected['int8Fraction'] as number, 12);
    expectWithinUlps(out.output, c.expected['output'] as number[], 1, 'output');
  });
});

describe('llmInt8Matmul', () => {
  const c = formatVectors.methods['llm-int8-6']!;
  const [inputs, outputs] = c.shape;
  const exact = Array.from({ length: c.calibration.length / inputs * outputs }, (_, k) => {
    const s = Math.floor(k / outputs);
    const o = k % outputs;
    let sum = 0;
    for (let i = 0; i < inputs; i++) sum += c.calibration[s * inputs + i]! * c.kernel[i * outputs + o]!;
    return sum;
  });
  const error = (y: ArrayLike<number>) => exact.reduce((acc, v, k) => acc + (v - (y[k] as number)) ** 2, 0);

  it('is closer to X W with the outlier columns kept in full precision than with everything in int8', () => {
    const mixed = llmInt8Matmul(c.calibration, c.kernel, c.shape);
    const allInt8 = llmInt8Matmul(c.calibration, c.kernel, c.shape, { threshold: 1e9 });
    expect(allInt8.outlierColumns).toEqual([]);
    expect(error(mixed.output)).toBeLessThan(error(allInt8.output) / 4);
  });

  it('names the bad option and its range', () => {
    expect(() => llmInt8Matmul(c.calibration, c.kernel, c.shape, { threshold: 0 })).toThrow('threshold must be a finite number > 0 (got 0) in llmInt8Matmul()');
  });
});
