import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/protocol';

describe("the worker's 'sweep' verb", () => {
  it('streams one sweep-cell per cell, replies sweep-done with every cell, and keeps no tensors', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu' } });
    await handle({ type: 'memory', id: 2 });
    await handle({
      type: 'sweep',
      id: 3,
      model: { layerSizes: [2, 4, 1] },
      dataset: { name: 'xor', options: { n: 40 } },
      training: { optimizer: { name: 'adam' }, epochs: 3 },
      lrs: [0.01, 0.1],
      batchSizes: [4, 32],
    });
    await handle({ type: 'memory', id: 4 });
    expect(replies.filter((r) => r.type === 'error')).toEqual([]);
    const cells = replies.filter((r) => r.type === 'sweep-cell');
    expect(cells.map((c) => (c.type === 'sweep-cell' ? c.index : -1))).toEqual([0, 1, 2, 3]);
    const done = replies.find((r) => r.type === 'sweep-done');
    expect(done?.type === 'sweep-done' && done.cells.map((c) => [c.batchSize, c.lr])).toEqual([[4, 0.01], [4, 0.1], [32, 0.01], [32, 0.1]]);
    const mem = (id: number) => replies.find((r) => r.id === id && r.type === 'memory');
    expect(mem(4)).toEqual(mem(2) && { ...mem(2), id: 4 });
  });

  it('answers a bad grid with an error naming the field', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'sweep', id: 1, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'xor' }, training: { optimizer: { name: 'sgd' }, epochs: 2 }, lrs: [-1], batchSizes: [8] });
    expect(replies).toEqual([{ type: 'error', id: 1, message: 'lrs[0] must be a finite number > 0 (got -1) in sweep' }]);
  });
});
