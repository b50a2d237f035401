/**
 * Runs the playground's sweep in its own plain-only worker (src/core/worker/sweep-worker.ts: no tfjs, so it starts
 * at once) and collects the rows as they arrive (sweep-state.ts). A sweep belongs to the settings it ran with
 * (`key`); the view shows it only while the settings still match. A new run supersedes the old one (the worker drops
 * stale work); `cancel()` stops the running one after its current row. When the worker's script cannot be downloaded
 * the state says `loadFailed`, and `start(..., true)` (Retry) creates a new worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SweepSpec } from '../../../src/core/plain';
import type { SweepInbound, SweepMessage } from '../../../src/core/worker/sweep-worker-types';
import { applySweepMessage, IDLE_SWEEP, startedSweep, workerFailure, type SweepState } from './sweep-state';

export type { SweepState } from './sweep-state';

function createSweepWorker(): Worker {
  return new Worker(new URL('../../../src/core/worker/sweep-worker.ts', import.meta.url), { type: 'module', name: 'glossary-sweep' });
}

export interface SweepControls {
  sweep: SweepState;
  /** `retry` after a worker that did not load: a new worker runs it. */
  start: (key: string, spec: SweepSpec, rowLength: number, retry?: boolean) => void;
  cancel: () => void;
}

export function useSweep(): SweepControls {
  const [sweep, setSweep] = useState<SweepState>(IDLE_SWEEP);
  const worker = useRef<Worker | undefined>(undefined);
  const lastId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = useCallback((key: string, spec: SweepSpec, rowLength: number, retry = false) => {
    const id = ++lastId.current;
    if (retry) {
      worker.current?.terminate();
      worker.current = undefined;
    }
    setSweep(startedSweep(key, spec.configs.length, rowLength, performance.now(), retry));
    if (worker.current === undefined) {
      const w = createSweepWorker();
      w.onerror = (e: Event) => {
        // A worker that did not load is of no further use: the next run (or Retry) creates a new one.
        if (worker.current === w && !(e instanceof ErrorEvent && e.message)) {
          w.terminate();
          worker.current = undefined;
        }
        // Handled here: the panel shows it (a failed download with Retry), so the page logs no uncaught error.
        e.preventDefault();
        setSweep((s) => workerFailure(s, e instanceof ErrorEvent ? e : {}));
      };
      worker.current = w;
    }
    worker.current.onmessage = (event: MessageEvent<SweepMessage>) => {
      if (event.data.id === lastId.current) setSweep((s) => applySweepMessage(s, event.data));
    };
    const request: SweepInbound = { id, spec, rowLength };
    worker.current.postMessage(request);
  }, []);

  const cancel = useCallback(() => {
    const stop: SweepInbound = { type: 'stop', id: lastId.current };
    worker.current?.postMessage(stop);
  }, []);

  return { sweep, start, cancel };
}
