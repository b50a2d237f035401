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

  it('puts WebGL first from the threshold on, and says so', () => {
    expect(defaultBackendOrder(WEBGL_MIN_PARAMETERS - 1).order[0]).toBe('wasm');
    const at = defaultBackendOrder(WEBGL_MIN_PARAMETERS);
    expect(at.order).toEqual(['webgl', 'wasm', 'cpu']);
    expect(at.why).toMatch(/^webgl first: a model of [\d,]+ parameters is at or above/);
  });

  it('defaults to a small model', () => {
    expect(defaultBackendOrder().order[0]).toBe('wasm');
  });
});
