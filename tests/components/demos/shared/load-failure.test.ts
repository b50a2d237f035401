import { describe, expect, it } from 'vitest';
import { diagnoseLoadFailure, wasmDownloadFailed } from '../../../../components/demos/shared/load-failure';

const answering = (status: number) => ({ onLine: true, fetch: async () => ({ status }) });

describe('diagnoseLoadFailure', () => {
  it('says offline when the browser is offline, without asking the server', async () => {
    let asked = false;
    expect(await diagnoseLoadFailure('http://h/a.js', { onLine: false, fetch: async () => { asked = true; return { status: 200 }; } })).toBe('offline');
    expect(asked).toBe(false);
  });

  it('says updated when the chunk is gone (404, 410): a newer deploy renamed it', async () => {
    expect(await diagnoseLoadFailure('http://h/a.js', answering(404))).toBe('updated');
    expect(await diagnoseLoadFailure('http://h/a.js', answering(410))).toBe('updated');
  });

  it('says offline when the probe itself fails, unknown when the chunk is there or unnamed', async () => {
    expect(await diagnoseLoadFailure('http://h/a.js', { onLine: true, fetch: async () => { throw new TypeError('Failed to fetch'); } })).toBe('offline');
    expect(await diagnoseLoadFailure('http://h/a.js', answering(200))).toBe('unknown');
    expect(await diagnoseLoadFailure(undefined, answering(404))).toBe('unknown');
  });

  it('asks with HEAD past the cache', async () => {
    const seen: RequestInit[] = [];
    await diagnoseLoadFailure('http://h/a.js', { onLine: true, fetch: async (_url, init) => { seen.push(init); return { status: 200 }; } });
    expect(seen).toEqual([{ method: 'HEAD', cache: 'no-store' }]);
  });
});

describe('wasmDownloadFailed', () => {
  it('asks for the default .wasm under the given directory and says whether it failed', async () => {
    const asked: string[] = [];
    const probe = (status: number) => ({ onLine: true, fetch: async (url: string) => { asked.push(url); return { status }; } });
    expect(await wasmDownloadFailed('http://h/glossary/tfjs/', probe(200))).toBe(false);
    expect(await wasmDownloadFailed('http://h/glossary/tfjs/', probe(404))).toBe(true);
    expect(asked).toEqual(['http://h/glossary/tfjs/tfjs-backend-wasm.wasm', 'http://h/glossary/tfjs/tfjs-backend-wasm.wasm']);
    expect(await wasmDownloadFailed('http://h/tfjs/', { onLine: true, fetch: async () => { throw new TypeError('Failed to fetch'); } })).toBe(true);
  });
});
