import { describe, expect, it } from 'vitest';
import { formatSweepSpecs, specKey } from '../../../src/core/compress/format-sweep';

describe('formatSweepSpecs', () => {
  it('lists every format and method once, with the reader\'s group size, outlier switch and fine-tune steps', () => {
    const specs = formatSweepSpecs({ groupSize: 8, outliers: true, fineTuneSteps: 40 });
    expect(new Set(specs.map(specKey)).size).toBe(specs.length);
    expect(specs.filter((s) => s.kind === 'block').map((s) => (s.kind === 'block' ? `${s.format}/${s.blockSize}/${s.doubleQuant}` : ''))).toEqual([
      'int8/32/false',
      'int4/32/false',
      'nf4/64/false',
      'nf4/64/true',
      'mxfp4/32/false',
      'mxfp8-e4m3/32/false',
      'nvfp4/16/false',
    ]);
    expect(specs.filter((s) => s.kind === 'gptq')).toEqual([
      { kind: 'gptq', method: 'rtn', bits: 4, groupSize: 8 },
      { kind: 'gptq', method: 'gptq', bits: 4, groupSize: 8 },
      { kind: 'gptq', method: 'rtn', bits: 3, groupSize: 8 },
      { kind: 'gptq', method: 'gptq', bits: 3, groupSize: 8 },
    ]);
    expect(specs.filter((s) => s.kind === 'w8a8').every((s) => s.kind === 'w8a8' && s.outliers)).toBe(true);
    expect(specs.filter((s) => s.kind === 'sparse24')).toEqual([{ kind: 'sparse24', fineTuneSteps: 0 }, { kind: 'sparse24', fineTuneSteps: 40 }]);
    expect(specs.map((s) => s.kind)).not.toContain('distill');
  });

  it('keys a spec by its settings, whatever the order of its fields', () => {
    expect(specKey({ kind: 'w8a8', method: 'plain', outliers: true })).toBe(specKey({ outliers: true, method: 'plain', kind: 'w8a8' }));
    expect(specKey({ kind: 'w8a8', method: 'plain', outliers: true })).not.toBe(specKey({ kind: 'w8a8', method: 'plain', outliers: false }));
  });
});
