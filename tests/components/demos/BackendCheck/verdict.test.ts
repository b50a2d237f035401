import { describe, expect, it } from 'vitest';
import { skippedText, verdict } from '../../../../components/demos/BackendCheck/verdict';
import type { BenchmarkResult } from '../../../../src/core/index';

const ran = (backend: BenchmarkResult['backend'], stepsPerSecond: number): BenchmarkResult => ({ backend, status: 'ran', steps: 100, seconds: 1, stepsPerSecond, finalLoss: 0.5, warmupMs: 10 });
const noAdapter: BenchmarkResult = { backend: 'webgpu', status: 'skipped', reason: 'navigator.gpu gave no adapter (no usable GPU, or WebGPU is disabled in this browser)' };

describe('backend check verdict', () => {
  it('compares webgl and webgpu with wasm when both ran', () => {
    expect(verdict([ran('wasm', 300), ran('webgl', 20), ran('webgpu', 600), ran('cpu', 100)])).toBe(
      'The demos default to wasm below 300,000 parameters and to webgpu, else webgl, from there on; this model has 337. ' +
        'Measured here: wasm 300 steps/s, webgl 20 steps/s (wasm 15.0x faster), webgpu 600 steps/s (wasm 2.0x slower).',
    );
  });

  it('says WebGPU is not available in this browser when its run was skipped', () => {
    const text = verdict([ran('wasm', 300), ran('webgl', 30), noAdapter, ran('cpu', 100)]);
    expect(text).toContain('Measured here: wasm 300 steps/s, webgl 30 steps/s (wasm 10.0x faster).');
    expect(text).toMatch(/WebGPU is not available in this browser, so large models would start on webgl\.$/);
    expect(skippedText(noAdapter)).toBe('not available in this browser (navigator.gpu gave no adapter (no usable GPU, or WebGPU is disabled in this browser))');
    expect(skippedText({ backend: 'webgl', status: 'skipped', reason: 'no canvas' })).toBe('skipped: no canvas');
  });

  it('states only the rule until wasm and a GPU backend have both been timed', () => {
    expect(verdict([])).toBe('The demos default to wasm below 300,000 parameters and to webgpu, else webgl, from there on; this model has 337.');
    expect(verdict([ran('wasm', 300)])).not.toContain('Measured here');
  });
});
