import { describe, expect, it } from 'vitest';
import { pytorchCode, tfjsCode } from '../../../../components/demos/CompressionLab/code';
import { CompressionLabStateSchema, compressionSpec, defaultState, parseCompressionLabProps, URL_PREFIX } from '../../../../components/demos/CompressionLab/state';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';

const base = defaultState('quantize');

describe('compression lab state', () => {
  it('round-trips every field through the URL', () => {
    const state = { ...base, mode: 'distill' as const, ds: 'xor' as const, q: 'custom' as const, bits: 3, gran: 'per-tensor' as const, sym: 'asymmetric' as const, sp: 0.8, struct: 'neurons' as const, ft: 100, sh: [4, 4], temp: 6, alpha: 0.5, dsteps: 400 };
    expect(parseUrlState(CompressionLabStateSchema, URL_PREFIX, new URLSearchParams(serializeUrlState(URL_PREFIX, state)), base)).toEqual({ state, warnings: [] });
  });

  it('starts on the tab the MDX mode names', () => {
    expect(defaultState(parseCompressionLabProps({ mode: 'prune' }).mode).mode).toBe('prune');
    expect(() => parseCompressionLabProps({ mode: 'zip' })).toThrow(/^<CompressionLab>: prop "mode"/);
  });

  it('clamps sparsity 100% to 95% with a message', () => {
    const { spec, messages } = compressionSpec({ ...base, mode: 'prune', sp: 1 });
    expect(spec).toEqual({ kind: 'prune', sparsity: 0.95, structure: 'unstructured', fineTuneSteps: 0 });
    expect(messages).toEqual(['sparsity 100% would remove every weight: the maximum here is 95%, so using 95%.']);
  });

  it.each([
    [1, 2],
    [32, 16],
  ])('clamps %i-bit codes to %i bits with a message', (bits, clamped) => {
    const { spec, messages } = compressionSpec({ ...base, q: 'custom', bits });
    expect(spec).toMatchObject({ kind: 'integer', bits: clamped });
    expect(messages[0]).toMatch(new RegExp(`^${bits}-bit codes are not supported: bits must be 2-16`));
  });

  it.each([
    ['int8', 8],
    ['int4', 4],
  ] as const)('maps %s to %i bits', (q, bits) => {
    expect(compressionSpec({ ...base, q }).spec).toMatchObject({ bits, granularity: 'per-channel', scheme: 'symmetric' });
  });

  it('writes code for the settings on each tab', () => {
    expect(pytorchCode(compressionSpec({ ...base, mode: 'prune', sp: 0.7 }).spec)).toContain('prune.l1_unstructured(layer, "weight", amount=0.7)');
    expect(pytorchCode(compressionSpec({ ...base, mode: 'distill', temp: 3 }).spec)).toContain('T, alpha = 3, 0.7');
    expect(tfjsCode(compressionSpec({ ...base, q: 'int8' }).spec)).toContain('quantizationBytes: 1');
  });
});
