/**
 * Why a chunk or worker script did not load, so the message can offer the way out that works: Retry when the network
 * dropped, Reload when the site was redeployed under an open tab (hashed chunk names changed, the old one is a 404,
 * and retrying it can never work).
 *   const why = await diagnoseLoadFailure(chunkUrlOf(error));   'offline' | 'updated' | 'unknown'
 */
export type LoadFailureCause = 'offline' | 'updated' | 'unknown';

interface Probe {
  onLine: boolean;
  fetch: (url: string, init: RequestInit) => Promise<{ status: number }>;
}

const browserProbe = (): Probe => ({ onLine: navigator.onLine, fetch: (url, init) => fetch(url, init) });

/** Asks the server for the chunk once more (HEAD, no cache): gone means a newer deploy, no answer means offline. */
export async function diagnoseLoadFailure(url: string | undefined, probe: Probe = browserProbe()): Promise<LoadFailureCause> {
  if (!probe.onLine) return 'offline';
  if (url === undefined) return 'unknown';
  try {
    const { status } = await probe.fetch(url, { method: 'HEAD', cache: 'no-store' });
    return status === 404 || status === 410 ? 'updated' : 'unknown';
  } catch {
    return 'offline';
  }
}

/**
 * Whether the backend's fallback from WebAssembly came from its .wasm not arriving (tfjs then only says that
 * initialisation returned false): true when the default .wasm under `wasmPath` does not answer 200 to a HEAD.
 */
export async function wasmDownloadFailed(wasmPath: string, probe: Probe = browserProbe()): Promise<boolean> {
  try {
    const { status } = await probe.fetch(new URL('tfjs-backend-wasm.wasm', wasmPath).href, { method: 'HEAD', cache: 'no-store' });
    return status !== 200;
  } catch {
    return true;
  }
}
