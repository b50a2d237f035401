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

  it('stops after the training in progress on stop, replies with the cells done so far, and keeps no tensors', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu' } });
    await handle({ type: 'memory', id: 2 });
    const lrs = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
    const sweep = handle({ type: 'sweep', id: 3, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'xor', options: { n: 40 } }, training: { optimizer: { name: 'adam' }, epochs: 20 }, lrs, batchSizes: [4, 8, 16, 32] });
    while (!replies.some((r) => r.type === 'sweep-cell')) await new Promise((r) => setTimeout(r, 2));
    await handle({ type: 'stop', id: 4 });
    await sweep;
    const done = replies.find((r) => r.type === 'sweep-done');
    if (done?.type !== 'sweep-done') throw new Error(JSON.stringify(replies.at(-1)));
    expect(done.cells.length).toBeGreaterThan(0);
    expect(done.cells.length).toBeLessThan(lrs.length * 4);
    expect(replies.filter((r) => r.type === 'sweep-cell')).toHaveLength(done.cells.length);
    await handle({ type: 'memory', id: 5 });
    const mem = (id: number) => replies.find((r) => r.id === id && r.type === 'memory');
    expect(mem(5)).toEqual(mem(2) && { ...mem(2), id: 5 });
  });
});
