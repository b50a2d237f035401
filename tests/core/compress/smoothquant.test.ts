import { describe, expect, it } from 'vitest';
import { smoothQuant } from '../../../src/core/compress/smoothquant';
import { expectWithinUlps, formatVectors } from './format-vectors';

const cases = Object.entries(formatVectors.methods).filter(([name]) => name.startsWith('smoothquant'));

describe('smoothQuant against the generated vectors (mit-han-lab/smoothquant smooth.py)', () => {
  it.each(cases)('%s', (_, c) => {
    const out = smoothQuant(c.kernel, c.shape, c.calibration, { alpha: c.options['alpha']! });
    expectWithinUlps(out.scales, c.expected['scales'] as number[], 1e-6, 'scales');
    expectWithinUlps(out.activationAbsMax, c.expected['activationAbsMax'] as number[], 0, 'activationAbsMax');
    expectWithinUlps(out.smoothedKernel, c.expected['smoothedKernel'] as number[], 1, 'smoothedKernel');
    expectWithinUlps(out.smoothedInputs, c.expected['smoothedInputs'] as number[], 1, 'smoothedInputs');
  });
});

describe('smoothQuant', () => {
  const c = formatVectors.methods['smoothquant-0.5']!;

  it('leaves X W unchanged and evens out the per-channel activation ranges', () => {
    const out = smoothQuant(c.kernel, c.shape, c.calibration);
    const [inputs, outputs] = c.shape;
    for (let s = 0; s < 3; s++) {
      for (let o = 0; o < outputs; o++) {
        let before = 0;
        let after = 0;
        for (let i = 0; i < inputs; i++) {
          before += c.calibration[s * inputs + i]! * c.kernel[i * outputs + o]!;
          after += out.smoothedInputs[s * inputs + i]! * out.smoothedKernel[i * outputs + o]!;
        }
        expect(after).toBeCloseTo(before, 5);
      }
    }
    const spread = (m: ArrayLike<number>) => Math.max(...Array.from(m)) / Math.min(...Array.from(m));
    const smoothedMax = new Float64Array(inputs);
    out.smoothedInputs.forEach((v, k) => (smoothedMax[k % inputs] = Math.max(smoothedMax[k % inputs]!, Math.abs(v))));
    expect(spread(smoothedMax)).toBeLessThan(spread(out.activationAbsMax));
  });

  it('names the bad option and its range', () => {
    expect(() => smoothQuant(c.kernel, c.shape, c.calibration, { alpha: 1.5 })).toThrow('alpha must be a number in [0, 1] (got 1.5) in smoothQuant()');
    expect(() => smoothQuant(c.kernel, c.shape, [1, 2, 3])).toThrow('calibration must be a [samples, 8] array');
  });
});
