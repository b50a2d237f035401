/**
 * Runs the playground's sweep in its own plain-only worker (src/core/worker/sweep-worker.ts: no tfjs, so it starts
 * at once) and collects the rows as they arrive. A sweep belongs to the settings it ran with (`key`); the view
 * shows it only while the settings still match. A new run supersedes the old one (the worker drops stale work).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SweepCellResult, SweepSpec } from '../../../src/core/plain';
import type { SweepMessage, SweepRequest } from '../../../src/core/worker/sweep-worker-types';

export interface SweepState {
  key: string | undefined;
  results: (SweepCellResult | undefined)[];
  rowsDone: number;
  rows: number;
  running: boolean;
  elapsedMs: number | undefined;
  error: string | undefined;
}

const IDLE: SweepState = {
  key: undefined,
  results: [],
  rowsDone: 0,
  rows: 0,
  running: false,
  elapsedMs: undefined,
  error: undefined,
};

function createSweepWorker(): Worker {
  return new Worker(new URL('../../../src/core/worker/sweep-worker.ts', import.meta.url), { type: 'module', name: 'glossary-sweep' });
}

export function useSweep(): {
  sweep: SweepState;
  start: (key: string, spec: SweepSpec, rowLength: number) => void;
} {
  const [sweep, setSweep] = useState<SweepState>(IDLE);
  const worker = useRef<Worker | undefined>(undefined);
  const lastId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = useCallback((key: string, spec: SweepSpec, rowLength: number) => {
    const id = ++lastId.current;
    const rows = spec.configs.length / rowLength;
    setSweep({
      key,
      results: new Array<SweepCellResult | undefined>(spec.configs.length).fill(undefined),
      rowsDone: 0,
      rows,
      running: true,
      elapsedMs: undefined,
      error: undefined,
    });
    if (worker.current === undefined) {
      const w = createSweepWorker();
      w.onerror = (e) =>
        setSweep((s) => ({
          ...s,
          running: false,
          error: `The sweep worker failed: ${e.message || 'it could not start'}.`,
        }));
      worker.current = w;
    }
    worker.current.onmessage = (event: MessageEvent<SweepMessage>) => {
      const m = event.data;
      if (m.id !== lastId.current) return;
      if (m.type === 'sweep-row') {
        setSweep((s) => {
          const results = s.results.slice();
          m.results.forEach((r, c) => (results[m.row * rowLength + c] = r));
          return { ...s, results, rowsDone: s.rowsDone + 1 };
        });
      } else if (m.type === 'sweep-done') {
        setSweep((s) => ({ ...s, running: false, elapsedMs: m.elapsedMs }));
      } else {
        setSweep((s) => ({ ...s, running: false, error: m.message }));
      }
    };
    const request: SweepRequest = { id, spec, rowLength };
    worker.current.postMessage(request);
  }, []);

  return { sweep, start };
}
