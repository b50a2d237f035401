/**
 * A typed client of the core worker (no React; `useCoreWorker` wraps it). Each request gets an id; the promise
 * resolves with the verb's final reply (the table is REPLY_TYPE in src/core/worker/protocol.ts, e.g. 'compress' ->
 * 'compress-done'), rejects on an 'error' reply, and every other message with that id (e.g. 'epoch') goes to
 * `onProgress`, typed by the verb.
 *   const client = new CoreWorkerClient(() => new Worker(...));
 *   const choice = await client.start({ preferred: 'wasm', wasmPath: 'https://host/tfjs/' });
 *   const { result } = await client.request({ type: 'compress', modelHandle, spec });
 *   client.dispose();   // terminates the worker and rejects pending requests
 */
import type { BackendChoice, BackendName, InitBackendOptions } from '../../../src/core/index';
import { REPLY_TYPE } from '../../../src/core/plain';
import type { ProgressOf, ReplyOf, RequestBody, Verb, WorkerRequest, WorkerResponse } from '../../../src/core/worker/protocol';

/** Sends one request and resolves with its final reply; what `useCoreWorker` and the demos' hooks call. */
export type CoreRequest = <V extends Verb>(body: RequestBody<V>, onProgress?: (message: ProgressOf<V>) => void) => Promise<ReplyOf<V>>;

/** The backend names a `?backend=` URL value may take (type-checked against the core's list). */
export const URL_BACKENDS = ['webgl', 'wasm', 'cpu', 'webgpu'] as const satisfies readonly BackendName[];

/** `?backend=` of the page: the preferred backend, or a warning when the value is not a backend name. Pure. */
export function backendFromParams(params: URLSearchParams): { preferred: BackendName | undefined; warning: string | undefined } {
  const raw = params.get('backend');
  if (raw === null || raw === '') return { preferred: undefined, warning: undefined };
  const found = URL_BACKENDS.find((b) => b === raw);
  if (found !== undefined) return { preferred: found, warning: undefined };
  return { preferred: undefined, warning: `URL value backend=${raw} is not one of ${URL_BACKENDS.join(', ')}: choosing the backend automatically.` };
}

/**
 * The worker's script (or a module it imports) could not be downloaded: offline, blocked, or gone after a redeploy.
 * The browser reports that as a bare error event with no message, unlike an exception thrown inside the worker.
 */
export class WorkerLoadError extends Error {
  override name = 'WorkerLoadError';
}

interface Pending {
  expect: WorkerResponse['type'];
  resolve: (message: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress: ((message: WorkerResponse) => void) | undefined;
}

/** Minimal Worker surface (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class CoreWorkerClient {
  private worker: WorkerLike | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private starting: Promise<BackendChoice> | undefined;
  private disposed = false;

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Creates the worker (once) and initialises the backend; later calls return the same promise. */
  start(options: InitBackendOptions): Promise<BackendChoice> {
    this.starting ??= this.send({ type: 'init-backend' as const, options }).then((reply) => reply.choice);
    return this.starting;
  }

  /** Sends a request after the backend is ready. */
  async request<V extends Verb>(body: RequestBody<V>, onProgress?: (message: ProgressOf<V>) => void): Promise<ReplyOf<V>> {
    if (this.starting === undefined) throw new Error('the core worker was not started (call start first)');
    await this.starting;
    return this.send(body, onProgress);
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('the demo was closed'));
    this.pending.clear();
  }

  private ensureWorker(): WorkerLike {
    if (this.disposed) throw new Error('the core worker was disposed');
    if (this.worker !== undefined) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      const error = event.message ? new Error(`the core worker failed: ${event.message}`) : new WorkerLoadError('the core worker failed: could not download its script');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private send<V extends Verb>(body: RequestBody<V>, onProgress?: (message: ProgressOf<V>) => void): Promise<ReplyOf<V>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const expect = REPLY_TYPE[body.type];
    return new Promise<ReplyOf<V>>((resolve, reject) => {
      const isReply = (m: WorkerResponse): m is WorkerResponse & ReplyOf<V> => m.type === expect;
      this.pending.set(id, {
        expect,
        resolve: (m) => (isReply(m) ? resolve(m) : reject(new Error(`unexpected reply "${m.type}" to "${body.type}"`))),
        // Every other message of this id that is neither the reply nor an error is one of V's progress messages.
        reject,
        onProgress: onProgress === undefined ? undefined : (m) => onProgress(m as ProgressOf<V>),
      });
      // RequestBody<V> plus its id is exactly one member of WorkerRequest.
      worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private receive(message: WorkerResponse): void {
    const p = this.pending.get(message.id);
    if (p === undefined) return;
    if (message.type === 'error') {
      this.pending.delete(message.id);
      p.reject(new Error(message.message));
    } else if (message.type === p.expect) {
      this.pending.delete(message.id);
      p.resolve(message);
    } else {
      p.onProgress?.(message);
    }
  }
}
