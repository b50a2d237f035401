import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/protocol';

describe('the worker memory request used by window.__glossaryDemos', () => {
  it('answers with the tensor count, which stays flat over repeated training runs (each replaces the kept model)', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu' } });
    const count = async (id: number): Promise<number> => {
      await handle({ type: 'memory', id });
      const reply = replies.find((r) => r.id === id);
      if (reply?.type !== 'memory') throw new Error(`no memory reply: ${JSON.stringify(reply)}`);
      return reply.numTensors;
    };
    const train = (id: number) =>
      handle({ type: 'train', id, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'moons', options: { n: 40 } }, training: { optimizer: { name: 'adam', lr: 0.01 }, epochs: 3, batchSize: 8 } });
    await train(2);
    const before = await count(3);
    for (let id = 4; id < 7; id++) await train(id);
    expect(replies.filter((r) => r.type === 'error')).toEqual([]);
    expect(await count(10)).toBe(before);
  });
});
