import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/messages';

describe('the worker memory request used by window.__glossaryDemos', () => {
  it('answers with the tensor count, which stays flat over repeated optimize runs', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu' } });
    const count = async (id: number): Promise<number> => {
      await handle({ type: 'memory', id });
      const reply = replies.find((r) => r.id === id);
      if (reply?.type !== 'memory') throw new Error(`no memory reply: ${JSON.stringify(reply)}`);
      return reply.numTensors;
    };
    const before = await count(2);
    for (let id = 3; id < 6; id++) await handle({ type: 'optimize', id, optimizer: { name: 'adam', lr: 0.01 }, testFunction: 'booth', steps: 20 });
    expect(await count(10)).toBe(before);
  });
});
