/**
 * Web Worker of the optimizer playground's sweep: runs the cells of a SweepSpec row by row (sweep.ts) and posts
 * each row as it is done. Plain half only (no tfjs). Between rows it yields to the event loop, so a newer request
 * (the reader changed a setting) is seen and the older sweep stops instead of finishing for nothing, and so is a
 * 'stop' (the reader's Cancel), answered with 'sweep-cancelled' and the number of rows already posted.
 * Load it with `new Worker(new URL('../../../src/core/worker/sweep-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { getPlainTestFunction } from '../plain-functions';
import { sweepCell } from '../sweep';
import type { SweepInbound, SweepMessage, SweepRequest } from './sweep-worker-types';

interface SweepScope {
  postMessage(message: SweepMessage): void;
  onmessage: ((event: { data: SweepInbound }) => void) | null;
}

const scope = globalThis as typeof globalThis & SweepScope;
let latest = -1;
let stopped = -1;

/**
 * Yields one task to the event loop. A MessageChannel message, not setTimeout(0): browsers clamp nested timeouts to
 * 4 ms, which would add about 100 ms to a 24-row sweep.
 */
const channel = new MessageChannel();
const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function run({ id, spec, rowLength }: SweepRequest): Promise<void> {
  try {
    const fn = getPlainTestFunction(spec.testFunction);
    const rows = Math.ceil(spec.configs.length / rowLength);
    let elapsedMs = 0;
    for (let row = 0; row < rows; row++) {
      if (id !== latest) return;
      if (id === stopped) {
        scope.postMessage({ type: 'sweep-cancelled', id, rowsDone: row });
        return;
      }
      const started = performance.now();
      const results = spec.configs.slice(row * rowLength, (row + 1) * rowLength).map((c) => sweepCell(fn, c, spec));
      elapsedMs += performance.now() - started;
      scope.postMessage({ type: 'sweep-row', id, row, results });
      await nextTurn();
    }
    scope.postMessage({ type: 'sweep-done', id, elapsedMs });
  } catch (error) {
    scope.postMessage({ type: 'sweep-error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const m = event.data;
  if ('type' in m) {
    stopped = m.id;
    return;
  }
  latest = m.id;
  void run(m);
};
