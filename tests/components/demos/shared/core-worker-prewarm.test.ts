import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest } from '../../../../src/core/worker/protocol';
import { coreStartOptions, prewarmCoreWorker, takePrewarmedClient } from '../../../../components/demos/shared/core-worker-prewarm';

afterEach(() => {
  takePrewarmedClient()?.dispose();
  vi.unstubAllGlobals();
});

/** A worker that records what it was sent and never answers (the start stays pending, as while the .wasm compiles). */
function silentWorker(sent: WorkerRequest[]) {
  return () => ({ onmessage: null, onerror: null, postMessage: (r: WorkerRequest) => void sent.push(r), terminate: () => undefined }) as unknown as Worker;
}

describe('coreStartOptions', () => {
  it('passes a valid ?backend= and the site .wasm directory, and warns about an invalid one', () => {
    expect(coreStartOptions('?backend=cpu', 'http://host:1')).toEqual({ options: { preferred: 'cpu', wasmPath: 'http://host:1/tfjs/' }, warning: undefined });
    const bad = coreStartOptions('?backend=gpu', 'http://host:1');
    expect(bad.options.preferred).toBeUndefined();
    expect(bad.warning).toContain('backend=gpu is not one of webgl, wasm, cpu, webgpu');
  });
});

describe('prewarmCoreWorker', () => {
  it('does nothing without a window (server rendering, Node)', () => {
    prewarmCoreWorker(silentWorker([]));
    expect(takePrewarmedClient()).toBeUndefined();
  });

  it('creates the worker and sends init-backend at once, then hands the client over exactly once', () => {
    vi.stubGlobal('window', { location: { search: '?backend=wasm', origin: 'http://site' } });
    const sent: WorkerRequest[] = [];
    prewarmCoreWorker(silentWorker(sent));
    prewarmCoreWorker(silentWorker(sent)); // a second demo's island: no second worker while one waits
    expect(sent).toEqual([{ type: 'init-backend', id: 1, options: { preferred: 'wasm', wasmPath: 'http://site/tfjs/' } }]);
    const client = takePrewarmedClient();
    expect(client).toBeDefined();
    expect(takePrewarmedClient()).toBeUndefined();
    client?.dispose();
  });
});
