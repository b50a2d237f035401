import { describe, expect, it } from 'vitest';
import { awqSearch } from '../../../src/core/compress/awq';
import { expectWithinUlps, formatVectors } from './format-vectors';

const cases = Object.entries(formatVectors.methods).filter(([name]) => name.startsWith('awq'));

describe('awqSearch against the generated vectors (mit-han-lab/llm-awq auto_scale.py + pseudo_quantize_tensor)', () => {
  it.each(cases)('%s', (_, c) => {
    const out = awqSearch(c.kernel, c.shape, c.calibration, { bits: c.options['bits']!, groupSize: c.options['groupSize']! });
    expect(out.alpha).toBe(c.expected['alpha']);
    expectWithinUlps(out.losses, c.expected['losses'] as number[], 1e-3, 'losses');
    expectWithinUlps(out.scales, c.expected['scales'] as number[], 1e-3, 'scales');
    expectWithinUlps(out.dequantized, c.expected['dequantized'] as number[], 1, 'dequantized');
  });
});

describe('awqSearch', () => {
  const c = formatVectors.methods['awq-int3-group4']!;

  it('never does worse than plain round-to-nearest (alpha 0 is on the grid)', () => {
    const out = awqSearch(c.kernel, c.shape, c.calibration, { bits: 3, groupSize: 4 });
    expect(Math.min(...out.losses)).toBeLessThanOrEqual(out.losses[0]!);
    expect(out.losses).toHaveLength(20);
  });

  it('names the bad option and its range', () => {
    expect(() => awqSearch(c.kernel, c.shape, c.calibration, { bits: 3, groupSize: 3 })).toThrow('groupSize must be a divisor of the 8 inputs (got 3) in awqSearch()');
    expect(() => awqSearch(c.kernel, c.shape, c.calibration, { bits: 1 })).toThrow('bits must be an integer from 2 to 8 (got 1)');
  });
});
