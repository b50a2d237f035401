/**
 * `useCoreWorker(demoId)`: the React hook every tfjs demo uses to talk to the core worker.
 *   const core = useCoreWorker('optimizer-playground');
 *   core.status            'idle' | 'loading' | 'ready' | 'error'; show a loading message while 'loading'
 *   core.backend           { name, reasons } once ready (show it: "Running on wasm (webgl skipped: ...)")
 *   core.error / core.warning   text to show in a DemoMessage
 *   await core.request({ type: 'train', ... }, onEpoch)   the verb's final reply, typed (src/core/worker/protocol.ts)
 * The worker is created when the island hydrates (client:visible, when the demo comes near the viewport; see
 * core-worker-prewarm.ts) or else on mount; the backend comes from `?backend=` when given (else the core's order by
 * model size), the .wasm files from /tfjs/, and the worker is terminated on unmount. A worker script that could not be
 * downloaded is reported to the LazyDemo around the view (demo-load-context.ts), which offers Retry and Reload. The demo registers itself in window.__glossaryDemos with numTensors() for browser tests.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { BackendChoice } from '../../../src/core/index';
import type { ProgressOf, ReplyOf, RequestBody, Verb } from '../../../src/core/worker/protocol';
import { CoreWorkerClient, WorkerLoadError, type CoreRequest } from './core-worker-client';
import { coreStartOptions, createCoreWorker, takePrewarmedClient } from './core-worker-prewarm';
import { DemoLoadContext } from './demo-load-context';
import { registerDemo } from './demo-registry';
import { wasmDownloadFailed } from './load-failure';

export type CoreWorkerStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CoreWorker {
  status: CoreWorkerStatus;
  backend: BackendChoice | undefined;
  /** Why the worker or backend failed to start. */
  error: string | undefined;
  /** A non-fatal note, e.g. an invalid ?backend= value. */
  warning: string | undefined;
  request: CoreRequest;
}

export function useCoreWorker(demoId: string): CoreWorker {
  const clientRef = useRef<CoreWorkerClient | undefined>(undefined);
  const [status, setStatus] = useState<CoreWorkerStatus>('idle');
  const [backend, setBackend] = useState<BackendChoice | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [warning, setWarning] = useState<string | undefined>(undefined);
  const { loadFailed, wasmMissing } = useContext(DemoLoadContext);

  useEffect(() => {
    // The island may have started the worker already, when the demo came near the viewport (core-worker-prewarm.ts).
    const client = takePrewarmedClient() ?? new CoreWorkerClient(createCoreWorker);
    clientRef.current = client;
    const { options, warning: backendWarning } = coreStartOptions(window.location.search, window.location.origin);
    setWarning(backendWarning);
    setStatus('loading');
    let alive = true;
    let chosen: string | undefined;
    client
      .start(options)
      .then((choice) => {
        chosen = choice.name;
        if (!alive) return;
        setBackend(choice);
        setStatus('ready');
        // Running on the CPU because the .wasm did not download (offline, blocked): say so and offer to retry it.
        if (choice.name !== 'wasm' && choice.reasons.includes('wasm skipped: initialisation returned false') && options.wasmPath !== undefined) {
          void wasmDownloadFailed(options.wasmPath).then((failed) => {
            if (failed && alive) wasmMissing();
          });
        }
      })
      .catch((e: unknown) => {
        if (!alive) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('error');
        // A script that never arrived is not a bug of the demo: the frame offers Retry (a new worker) and Reload.
        if (e instanceof WorkerLoadError) loadFailed(e);
      });
    const unregister = registerDemo({
      id: demoId,
      numTensors: () => client.request({ type: 'memory' as const }).then((reply) => reply.numTensors),
      backend: () => chosen,
    });
    return () => {
      alive = false;
      unregister();
      client.dispose();
      if (clientRef.current === client) clientRef.current = undefined;
    };
  }, [demoId, loadFailed, wasmMissing]);

  const request = useCallback(<V extends Verb>(body: RequestBody<V>, onProgress?: (message: ProgressOf<V>) => void): Promise<ReplyOf<V>> => {
    const client = clientRef.current;
    if (client === undefined) return Promise.reject(new Error('the demo is not mounted'));
    return client.request(body, onProgress);
  }, []);

  return { status, backend, error, warning, request };
}
