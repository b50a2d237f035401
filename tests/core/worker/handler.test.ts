import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../src/core/worker/messages';
import { WASM_PATH } from '../helpers';

function collect() {
  const messages: WorkerResponse[] = [];
  return { messages, handle: createWorkerHandler((m) => messages.push(m)) };
}

describe('the worker handler (no real Worker)', () => {
  it('initialises the requested backend and reports it', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu', wasmPath: WASM_PATH } });
    expect(messages).toEqual([{ type: 'backend', id: 1, choice: { name: 'cpu', reasons: [] } }]);
  });

  it('streams one epoch message per epoch and then train-done with named weights', async () => {
    const { messages, handle } = collect();
    await handle({
      type: 'train',
      id: 2,
      model: { layerSizes: [2, 8, 1], seed: 's' },
      dataset: { name: 'moons', options: { n: 80 } },
      training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 5 },
    });
    expect(messages.filter((m) => m.type === 'epoch').map((m) => (m.type === 'epoch' ? m.progress.epoch : 0))).toEqual([1, 2, 3, 4, 5]);
    const done = messages.at(-1);
    expect(done?.type).toBe('train-done');
    if (done?.type === 'train-done') expect(done.weights.map((w) => w.name)).toEqual(['dense0/kernel', 'dense0/bias', 'dense1/kernel', 'dense1/bias']);
  });

  it('stops a running training when a stop message arrives', async () => {
    const { messages, handle } = collect();
    const training = handle({
      type: 'train',
      id: 3,
      model: { layerSizes: [2, 4, 1] },
      dataset: { name: 'xor', options: { n: 40 } },
      training: { optimizer: { name: 'sgd', lr: 0.1 }, epochs: 10_000 },
    });
    await new Promise((r) => setTimeout(r, 30));
    await handle({ type: 'stop', id: 4 });
    await training;
    const done = messages.find((m) => m.type === 'train-done');
    expect(done?.type === 'train-done' && done.stopReason).toBe('stopped');
    expect(messages.filter((m) => m.type === 'epoch').length).toBeLessThan(10_000);
  });

  it.each([true, false])('runs optimize on a test function (plain = %s) and posts the path', async (plain) => {
    const { messages, handle } = collect();
    await handle({ type: 'optimize', id: 5, optimizer: { name: 'sgd', lr: 0.1 }, testFunction: 'quadratic', steps: 3, plain });
    const done = messages[0];
    expect(done?.type).toBe('optimize-done');
    if (done?.type === 'optimize-done') {
      expect(done.result.params).toHaveLength(4);
      expect(done.result.params[1]![0]).toBeCloseTo(0.9, 6);
    }
  });

  it('answers a bad request with an error message instead of throwing', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'optimize', id: 6, optimizer: { name: 'adam', lr: -1 }, testFunction: 'booth', steps: 3 });
    expect(messages).toEqual([{ type: 'error', id: 6, message: 'lr must be a finite number > 0 (got -1) in optimizer "adam"' }]);
  });
});
