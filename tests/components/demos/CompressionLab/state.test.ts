import { describe, expect, it } from 'vitest';
import { pytorchCode, tfjsCode } from '../../../../components/demos/CompressionLab/code';
import { compressionLab } from '../../../../components/demos/CompressionLab/manifest';
import { URL_PREFIX } from '../../../../components/demos/CompressionLab/limits';
import { CompressionLabStateSchema, compressionSpec, defaultState } from '../../../../components/demos/CompressionLab/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';
import { barHeights, maxShare } from '../../../../components/demos/CompressionLab/WeightHistogram';
import { nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';

const base = defaultState('quantize');

describe('compression lab state', () => {
  it('round-trips every field through the URL', () => {
    const state = { ...base, mode: 'distill' as const, dataset: 'xor' as const, format: 'custom' as const, bits: 3, granularity: 'per-tensor' as const, scheme: 'asymmetric' as const, sparsity: 0.8, structure: 'neurons' as const, blockSize: 64, doubleQuant: true, gptqMethod: 'rtn' as const, gptqBits: '3' as const, groupSize: 8, w8a8: 'llm-int8' as const, outliers: true, fineTuneSteps: 100, studentHidden: [4, 4], temperature: 6, alpha: 0.5, distillSteps: 400 };
    const entries = serializeUrlState(CompressionLabStateSchema, URL_PREFIX, state);
    expect(entries.map(([key]) => key)).toEqual(['cl.mode', 'cl.ds', 'cl.q', 'cl.bits', 'cl.gran', 'cl.sym', 'cl.sp', 'cl.struct', 'cl.bs', 'cl.dq', 'cl.gm', 'cl.gb', 'cl.gs', 'cl.wm', 'cl.out', 'cl.ft', 'cl.sh', 'cl.temp', 'cl.alpha', 'cl.dsteps']);
    expect(parseUrlState(CompressionLabStateSchema, URL_PREFIX, new URLSearchParams(entries), base)).toEqual({ state, warnings: [] });
  });

  it('starts on the tab the MDX mode names', () => {
    expect(defaultState(parseDemoProps(compressionLab, { mode: 'prune' }).mode).mode).toBe('prune');
    expect(() => parseDemoProps(compressionLab, { mode: 'zip' })).toThrow(/^<CompressionLab>: prop "mode"/);
  });

  it('clamps sparsity 100% to 95% with a message', () => {
    const { spec, messages } = compressionSpec({ ...base, mode: 'prune', sparsity: 1 });
    expect(spec).toEqual({ kind: 'prune', sparsity: 0.95, structure: 'unstructured', fineTuneSteps: 0 });
    expect(messages).toEqual(['sparsity 100% would remove every weight: the maximum here is 95%, so using 95%.']);
  });

  it.each([
    [1, 2],
    [32, 16],
  ])('clamps %i-bit codes to %i bits with a message', (bits, clamped) => {
    const { spec, messages } = compressionSpec({ ...base, format: 'custom', bits });
    expect(spec).toMatchObject({ kind: 'integer', bits: clamped });
    expect(messages[0]).toMatch(new RegExp(`^${bits}-bit codes are not supported: bits must be 2-16`));
  });

  it.each([
    ['int8', 8],
    ['int4', 4],
  ] as const)('maps %s to %i bits', (format, bits) => {
    expect(compressionSpec({ ...base, format }).spec).toMatchObject({ bits, granularity: 'per-channel', scheme: 'symmetric' });
  });

  it('writes code for the settings on each tab', () => {
    expect(pytorchCode(compressionSpec({ ...base, mode: 'prune', sparsity: 0.7 }).spec)).toContain('prune.l1_unstructured(layer, "weight", amount=0.7)');
    expect(pytorchCode(compressionSpec({ ...base, mode: 'distill', temperature: 3 }).spec)).toContain('T, alpha = 3, 0.7');
    expect(tfjsCode(compressionSpec({ ...base, format: 'int8' }).spec)).toContain('quantizationBytes: 1');
  });
});

describe('no chart ever draws NaN or Infinity (property test over the URL schema)', () => {
  it('200 random valid states, extremes included: the compression request and the weight-histogram bars stay finite', () => {
    const rng = seededRng(18);
    const states = sampleStates(CompressionLabStateSchema, rng, 200);
    expect(states.some((s) => s.sparsity === 1) && states.some((s) => s.bits === 0) && states.some((s) => s.bits === 64)).toBe(true);
    for (const [i, s] of states.entries()) {
      const { spec, messages } = compressionSpec(s);
      const problems = [...nonFinite(spec, 'spec'), ...messages.filter((m) => /NaN|Infinity/.test(m))];
      // The histogram rows the worker returns: the original's 1,056 weights and a variant of any size (a student
      // with one hidden unit has a handful), bins that may all be empty after pruning.
      const before = Array.from({ length: 20 }, () => Math.floor(rng() * 100));
      const after = Array.from({ length: 20 }, () => (rng() < 0.5 ? 0 : Math.floor(rng() * 3)));
      const share = maxShare(before, after);
      problems.push(...nonFinite({ share, before: barHeights(before, share), after: barHeights(after, share), empty: barHeights([0, 0], maxShare([0, 0], [])) }, 'histogram'));
      expect(problems, `state ${i}: ${JSON.stringify(s)}`).toEqual([]);
    }
  });
});

describe('compression lab state: the 2026 formats', () => {
  it('maps the new formats to their specs; MX and NVFP4 blocks are fixed by their specifications', () => {
    expect(compressionSpec({ ...base, format: 'int4-blocks', blockSize: 64 }).spec).toEqual({ kind: 'block', format: 'int4', blockSize: 64, doubleQuant: false });
    expect(compressionSpec({ ...base, format: 'nf4', blockSize: 64, doubleQuant: true }).spec).toEqual({ kind: 'block', format: 'nf4', blockSize: 64, doubleQuant: true });
    expect(compressionSpec({ ...base, format: 'mxfp4', blockSize: 128 }).spec).toEqual({ kind: 'block', format: 'mxfp4', blockSize: 32, doubleQuant: false });
    expect(compressionSpec({ ...base, format: 'nvfp4', doubleQuant: true }).spec).toEqual({ kind: 'block', format: 'nvfp4', blockSize: 16, doubleQuant: false });
    expect(compressionSpec({ ...base, format: 'fp8-e5m2' }).spec).toEqual({ kind: 'float', format: 'fp8-e5m2' });
    expect(compressionSpec({ ...base, format: 'gptq', gptqMethod: 'rtn', gptqBits: '3', groupSize: 8 }).spec).toEqual({ kind: 'gptq', method: 'rtn', bits: 3, groupSize: 8 });
    expect(compressionSpec({ ...base, format: 'w8a8', w8a8: 'llm-int8', outliers: true }).spec).toEqual({ kind: 'w8a8', method: 'llm-int8', outliers: true });
    expect(compressionSpec({ ...base, mode: 'prune', structure: 'two-four', fineTuneSteps: 50 }).spec).toEqual({ kind: 'sparse24', fineTuneSteps: 50 });
  });

  it('replaces a block or group size the lab does not offer, with a message', () => {
    const block = compressionSpec({ ...base, format: 'int8-blocks', blockSize: 7 });
    expect(block.spec).toMatchObject({ blockSize: 32 });
    expect(block.messages).toEqual(['block size 7 is not offered: allowed 16, 32, 64, 128; using 32.']);
    const group = compressionSpec({ ...base, format: 'gptq', groupSize: 5 });
    expect(group.spec).toMatchObject({ groupSize: 16 });
    expect(group.messages[0]).toMatch(/^group size 5 is not offered/);
  });

  it('writes code for the new formats', () => {
    expect(pytorchCode(compressionSpec({ ...base, format: 'nf4', doubleQuant: true, blockSize: 64 }).spec)).toContain('compress_statistics=True');
    expect(pytorchCode(compressionSpec({ ...base, format: 'gptq', gptqBits: '3', groupSize: 8 }).spec)).toContain('groupsize=8');
    expect(tfjsCode(compressionSpec({ ...base, format: 'w8a8' }).spec)).toContain('int8 matrix products');
  });
});
