import { afterEach, describe, expect, it, vi } from 'vitest';
import { initBackend } from '../../src/core/backend';
import { WEBGL_MIN_PARAMETERS } from '../../src/core/backend-threshold';
import { WASM_PATH } from './helpers';

describe('initBackend (Node: no WebGL)', () => {
  it('chooses WASM by default for a small model and explains why', async () => {
    const choice = await initBackend({ wasmPath: WASM_PATH, parameters: 337 });
    expect(choice.name).toBe('wasm');
    expect(choice.reasons).toEqual([]);
    expect(choice.why).toMatch(/^wasm first: a model of 337 parameters is below/);
  });

  it('tries WebGPU then WebGL for a large model, skips both in Node with their reasons and falls back to WASM', async () => {
    const choice = await initBackend({ wasmPath: WASM_PATH, parameters: WEBGL_MIN_PARAMETERS });
    expect(choice.name).toBe('wasm');
    expect(choice.why).toMatch(/^webgpu first/);
    expect(choice.reasons).toEqual([
      'webgpu skipped: navigator.gpu is not available in this environment (WebGPU needs a browser that enables it)',
      'webgl skipped: no canvas or OffscreenCanvas in this environment (WebGL needs a browser)',
    ]);
  });

  it('falls back to CPU, not WebGL, when WASM cannot be located', async () => {
    const choice = await initBackend({});
    expect(choice.name).toBe('cpu');
    expect(choice.reasons).toEqual(['wasm skipped: no wasmPath was given, so the .wasm binaries cannot be located']);
  });

  it('lets the caller put a backend first and rejects a bad parameter count with the fix', async () => {
    expect((await initBackend({ preferred: 'cpu', wasmPath: WASM_PATH })).why).toBe('cpu first: the caller asked for it (on a page, ?backend=cpu)');
    await expect(initBackend({ parameters: -1 })).rejects.toThrow('parameters must be a finite number >= 0 (got -1) in initBackend');
  });
});

describe('initBackend with a navigator.gpu that cannot run WebGPU', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('skips WebGPU when navigator.gpu gives no adapter (Chromium without a usable GPU) and says so', async () => {
    vi.stubGlobal('navigator', { gpu: { requestAdapter: async () => null } });
    const choice = await initBackend({ wasmPath: WASM_PATH, parameters: WEBGL_MIN_PARAMETERS });
    expect(choice.name).toBe('wasm');
    expect(choice.reasons[0]).toBe('webgpu skipped: navigator.gpu gave no adapter (no usable GPU, or WebGPU is disabled in this browser)');
  });

  it('falls back with the error when asking for an adapter fails, and ?backend=webgpu only moves it first', async () => {
    vi.stubGlobal('navigator', { gpu: { requestAdapter: async () => Promise.reject(new Error('adapter request refused')) } });
    const choice = await initBackend({ preferred: 'webgpu', wasmPath: WASM_PATH, parameters: 337 });
    expect(choice.why).toBe('webgpu first: the caller asked for it (on a page, ?backend=webgpu)');
    expect(choice).toMatchObject({ name: 'wasm', reasons: ['webgpu skipped: adapter request refused'] });
  });

  it('leaves WebGPU untried for a small model even where navigator.gpu has an adapter', async () => {
    const requestAdapter = vi.fn(async () => ({}));
    vi.stubGlobal('navigator', { gpu: { requestAdapter } });
    const choice = await initBackend({ wasmPath: WASM_PATH, parameters: 337 });
    expect(choice).toMatchObject({ name: 'wasm', reasons: [] });
    expect(requestAdapter).not.toHaveBeenCalled();
  });
});
