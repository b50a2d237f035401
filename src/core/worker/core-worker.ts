/**
 * Web Worker entry of the core: thin glue from self.onmessage to the pure handler (every verb of protocol.ts).
 * Load it with `new Worker(new URL('../../src/core/worker/core-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
}

const scope = globalThis as typeof globalThis & WorkerScope;
const handle = createWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => {
  void handle(event.data);
};
