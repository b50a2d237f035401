/**
 * `useCoreWorker(demoId)`: the React hook every tfjs demo uses to talk to the core worker.
 *   const core = useCoreWorker('optimizer-playground');
 *   core.status            'idle' | 'loading' | 'ready' | 'error'; show a loading message while 'loading'
 *   core.backend           { name, reasons } once ready (show it: "Running on wasm (webgl skipped: ...)")
 *   core.error / core.warning   text to show in a DemoMessage
 *   await core.request({ type: 'train', ... }, onEpoch)   the verb's final reply, typed (src/core/worker/protocol.ts)
 * The worker is created lazily (on mount, which for a client:visible island means when it is scrolled into view),
 * the backend comes from `?backend=` when given (else the core's order), the .wasm files from /tfjs/, and the worker is
 * terminated on unmount. The demo registers itself in window.__glossaryDemos with numTensors() for browser tests.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendChoice } from '../../../src/core/index';
import type { ProgressOf, ReplyOf, RequestBody, Verb } from '../../../src/core/worker/protocol';
import { backendFromParams, CoreWorkerClient, type CoreRequest } from './core-worker-client';
import { registerDemo } from './demo-registry';
import { readUrlParams } from './url-state';

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

function createCoreWorker(): Worker {
  return new Worker(new URL('../../../src/core/worker/core-worker.ts', import.meta.url), { type: 'module', name: 'glossary-core' });
}

export function useCoreWorker(demoId: string): CoreWorker {
  const clientRef = useRef<CoreWorkerClient | undefined>(undefined);
  const [status, setStatus] = useState<CoreWorkerStatus>('idle');
  const [backend, setBackend] = useState<BackendChoice | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [warning, setWarning] = useState<string | undefined>(undefined);

  useEffect(() => {
    const client = new CoreWorkerClient(createCoreWorker);
    clientRef.current = client;
    const { preferred, warning: backendWarning } = backendFromParams(readUrlParams());
    setWarning(backendWarning);
    setStatus('loading');
    let alive = true;
    let chosen: string | undefined;
    client
      .start({ preferred, wasmPath: new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}tfjs/`, window.location.origin).href })
      .then((choice) => {
        chosen = choice.name;
        if (!alive) return;
        setBackend(choice);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (!alive) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('error');
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
  }, [demoId]);

  const request = useCallback(<V extends Verb>(body: RequestBody<V>, onProgress?: (message: ProgressOf<V>) => void): Promise<ReplyOf<V>> => {
    const client = clientRef.current;
    if (client === undefined) return Promise.reject(new Error('the demo is not mounted'));
    return client.request(body, onProgress);
  }, []);

  return { status, backend, error, warning, request };
}
