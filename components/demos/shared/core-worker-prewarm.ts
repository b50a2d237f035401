/**
 * Starts the core worker and its backend (for WASM: fetching and compiling the .wasm) as soon as a demo island
 * hydrates, which client:visible does when the demo comes near the viewport, so that start-up runs in parallel
 * with downloading the demo's view instead of after it. `useCoreWorker` then adopts the started client.
 *   <LazyDemo ... prewarm={prewarmCoreWorker} />        the island (LazyDemo calls it once on mount)
 *   const client = takePrewarmedClient() ?? new CoreWorkerClient(createCoreWorker);   use-core-worker.ts
 * One client is kept at a time: a second demo on the page starts its own worker when it mounts.
 */
import { backendFromParams, CoreWorkerClient } from './core-worker-client';

export function createCoreWorker(): Worker {
  return new Worker(new URL('../../../src/core/worker/core-worker.ts', import.meta.url), { type: 'module', name: 'glossary-core' });
}

/** Where the tfjs .wasm files are served: tfjs/ under the site's base path (BASE_PATH), on this origin. */
export function tfjsWasmUrl(origin: string): string {
  return new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}tfjs/`, origin).href;
}

/** What every demo passes to the worker's init-backend: `?backend=` when valid, and the site's .wasm directory. */
export function coreStartOptions(search: string, origin: string) {
  const { preferred, warning } = backendFromParams(new URLSearchParams(search));
  return { options: { preferred, wasmPath: tfjsWasmUrl(origin) }, warning };
}

let prewarmed: CoreWorkerClient | undefined;

/** Creates the worker and starts its backend now, unless one is already waiting to be adopted. */
export function prewarmCoreWorker(create: () => Worker = createCoreWorker): void {
  if (prewarmed !== undefined || typeof window === 'undefined') return;
  const client = new CoreWorkerClient(create);
  // A failure surfaces again when the demo adopts the client and awaits the same start promise.
  client.start(coreStartOptions(window.location.search, window.location.origin).options).catch(() => undefined);
  prewarmed = client;
}

/** The prewarmed client, handed over once (later calls get undefined until the next prewarm). */
export function takePrewarmedClient(): CoreWorkerClient | undefined {
  const client = prewarmed;
  prewarmed = undefined;
  return client;
}
