/**
 * Web Worker entry: thin glue from self.onmessage to the pure handler. Load it with
 * `new Worker(new URL('../../src/core/worker/training-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './messages';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
}

const scope = globalThis as typeof globalThis & WorkerScope;
const handle = createWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => {
  void handle(event.data);
};
