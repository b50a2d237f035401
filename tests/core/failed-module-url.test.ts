import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../src/core/failed-module-url';

const CHUNK = 'http://127.0.0.1:4321/_astro/worker-compress-Dw1DuPIH.js';

describe('failedModuleUrl', () => {
  it('finds the URL in the messages of Chromium and Firefox, without the query', () => {
    expect(failedModuleUrl(`Failed to fetch dynamically imported module: ${CHUNK}`)).toBe(CHUNK);
    expect(failedModuleUrl(`Failed to fetch dynamically imported module: ${CHUNK}?retry=3`)).toBe(CHUNK);
    expect(failedModuleUrl(`error loading dynamically imported module: ${CHUNK}`)).toBe(CHUNK);
    expect(failedModuleUrl('Failed to fetch dynamically imported module: file:///repo/components/demos/X/View.tsx')).toBe('file:///repo/components/demos/X/View.tsx');
  });

  it('finds nothing where the browser names no URL (Safari) or names a non-script', () => {
    expect(failedModuleUrl('Importing a module script failed.')).toBeUndefined();
    expect(failedModuleUrl('Failed to fetch http://127.0.0.1/tfjs/tfjs-backend-wasm.wasm')).toBeUndefined();
  });
});
