import { describe, expect, it } from 'vitest';
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

  it('tries WebGL first for a large model, skips it without a canvas and falls back to WASM', async () => {
    const choice = await initBackend({ wasmPath: WASM_PATH, parameters: WEBGL_MIN_PARAMETERS });
    expect(choice.name).toBe('wasm');
    expect(choice.why).toMatch(/^webgl first/);
    expect(choice.reasons).toEqual(['webgl skipped: no canvas or OffscreenCanvas in this environment (WebGL needs a browser)']);
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
