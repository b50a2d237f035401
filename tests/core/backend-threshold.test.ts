import { describe, expect, it } from 'vitest';
import { defaultBackendOrder, WEBGL_MIN_PARAMETERS } from '../../src/core/backend-threshold';

describe('defaultBackendOrder', () => {
  it('puts WASM first (and WebGL last) for the toy models of the demos', () => {
    // 2-16-16-1 (backend check), 2-32-32-1 (compression teacher), 2-8-8-1.
    for (const parameters of [337, 1185, 105, 0]) {
      const { order, why } = defaultBackendOrder(parameters);
      expect(order).toEqual(['wasm', 'cpu', 'webgl']);
      expect(why).toContain(`a model of ${parameters.toLocaleString('en-US')} parameters is below the ${WEBGL_MIN_PARAMETERS.toLocaleString('en-US')}`);
    }
  });

  it('puts the GPU backends first from the threshold on, WebGPU ahead of WebGL, and says so', () => {
    expect(defaultBackendOrder(WEBGL_MIN_PARAMETERS - 1).order[0]).toBe('wasm');
    const at = defaultBackendOrder(WEBGL_MIN_PARAMETERS);
    expect(at.order).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(at.why).toMatch(/^webgpu first \(where the browser offers a WebGPU adapter\), then webgl: a model of 300,000 parameters is at or above/);
  });

  it('never lists WebGPU for a small model, so its code is not even tried', () => {
    for (const parameters of [0, 337, WEBGL_MIN_PARAMETERS - 1]) expect(defaultBackendOrder(parameters).order).not.toContain('webgpu');
  });

  it('defaults to a small model', () => {
    expect(defaultBackendOrder().order[0]).toBe('wasm');
  });
});
