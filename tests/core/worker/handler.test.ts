import { describe, expect, it } from 'vitest';
import { createWorkerHandler, JOBS } from '../../../src/core/worker/handler';
import { REPLY_TYPE, type RequestOf, type WorkerRequest, type WorkerResponse } from '../../../src/core/worker/protocol';
import { WASM_PATH } from '../helpers';

function collect() {
  const messages: WorkerResponse[] = [];
  return { messages, handle: createWorkerHandler((m) => messages.push(m)) };
}

const epochsOf = (messages: WorkerResponse[]): number[] => messages.flatMap((m) => (m.type === 'epoch' ? [m.progress.epoch] : []));
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

const xorRun = (id: number, epochs: number, extra: Partial<RequestOf<'train'>> = {}): RequestOf<'train'> => ({
  type: 'train',
  id,
  model: { layerSizes: [2, 4, 1] },
  dataset: { name: 'xor', options: { n: 40 } },
  training: { optimizer: { name: 'sgd', lr: 0.1 }, epochs },
  ...extra,
});

describe('the worker handler (no real Worker)', () => {
  it('has one job for every verb of the protocol', () => {
    expect(Object.keys(JOBS).sort()).toEqual(Object.keys(REPLY_TYPE).sort());
  });

  it('initialises the requested backend and reports it', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu', wasmPath: WASM_PATH } });
    expect(messages).toEqual([{ type: 'backend', id: 1, choice: { name: 'cpu', reasons: [], why: 'cpu first: the caller asked for it (on a page, ?backend=cpu)' } }]);
  });

  it('streams one epoch message per epoch and then train-done with named weights and a model handle', async () => {
    const { messages, handle } = collect();
    await handle({
      type: 'train',
      id: 2,
      model: { layerSizes: [2, 8, 1], seed: 's' },
      dataset: { name: 'moons', options: { n: 80 } },
      training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 5 },
    });
    expect(epochsOf(messages)).toEqual([1, 2, 3, 4, 5]);
    const done = messages.at(-1);
    if (done?.type !== 'train-done') throw new Error(JSON.stringify(done));
    expect(done.weights.map((w) => w.name)).toEqual(['dense0/kernel', 'dense0/bias', 'dense1/kernel', 'dense1/bias']);
    expect([done.stopReason, done.divergence, typeof done.modelHandle]).toEqual(['completed', undefined, 'number']);
  });

  it('stops a running training when a stop message arrives', async () => {
    const { messages, handle } = collect();
    const training = handle(xorRun(3, 10_000));
    await tick(30);
    await handle({ type: 'stop', id: 4 });
    await training;
    const done = messages.find((m) => m.type === 'train-done');
    expect(done?.type === 'train-done' && done.stopReason).toBe('stopped');
    expect(messages.find((m) => m.id === 4)).toEqual({ type: 'ack', id: 4, request: 'stop' });
    expect(epochsOf(messages).length).toBeLessThan(10_000);
  });

  it('steps a paused run exactly N epochs at a time and replies after those epochs, then resumes to the end', async () => {
    const { messages, handle } = collect();
    const training = handle(xorRun(5, 8, { paused: true }));
    await tick(20);
    expect(epochsOf(messages)).toEqual([]);
    await handle({ type: 'step', id: 6, epochs: 1 });
    expect(messages.at(-1)).toEqual({ type: 'stepped', id: 6, epoch: 1, ended: false });
    expect(epochsOf(messages)).toEqual([1]);
    // Two steps sent back to back add up: two epochs, and both replies come once the run has paused again.
    await Promise.all([handle({ type: 'step', id: 7, epochs: 1 }), handle({ type: 'step', id: 8, epochs: 2 })]);
    await tick(20);
    expect(epochsOf(messages)).toEqual([1, 2, 3, 4]);
    expect(messages.filter((m) => m.type === 'stepped').map((m) => m.type === 'stepped' && m.epoch)).toEqual([1, 4, 4]);
    await handle({ type: 'resume', id: 9 });
    await training;
    expect(epochsOf(messages)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(messages.at(-1)?.type).toBe('train-done');
    // After the run: a step has nothing to train and says so.
    await handle({ type: 'step', id: 10, epochs: 1 });
    expect(messages.at(-1)).toEqual({ type: 'stepped', id: 10, epoch: 0, ended: true });
  });

  it('replies to a step on the last epoch with ended, and the run completes', async () => {
    const { messages, handle } = collect();
    const training = handle(xorRun(11, 2, { paused: true }));
    await handle({ type: 'step', id: 12, epochs: 5 });
    await training;
    expect(messages.find((m) => m.id === 12)).toEqual({ type: 'stepped', id: 12, epoch: 2, ended: true });
    expect(messages.find((m) => m.type === 'train-done' && m.stopReason === 'completed')).toBeDefined();
  });

  it('stops the run itself when the training loss passes divergeAbove, and says at which epoch and why', async () => {
    const { messages, handle } = collect();
    await handle({
      type: 'train',
      id: 13,
      model: { layerSizes: [2, 8, 8, 1], activation: 'relu' },
      dataset: { name: 'circles', options: { n: 100 } },
      training: { optimizer: { name: 'sgd', lr: 1e6 }, epochs: 50, divergeAbove: 1e4 },
    });
    const done = messages.at(-1);
    if (done?.type !== 'train-done' || done.divergence === undefined) throw new Error(JSON.stringify(done));
    expect(done.stopReason).toBe('diverged');
    expect(done.history.length).toBe(done.divergence.epoch);
    expect(done.divergence.message).toMatch(/^diverged at epoch \d+: loss (became (NaN|Infinity)|grew to \d\.\de\d+, above 10,000)$/);
  });

  it('answers a bad request with an error message instead of throwing', async () => {
    const { messages, handle } = collect();
    await handle({ ...xorRun(14, 3), training: { optimizer: { name: 'adam', lr: -1 }, epochs: 3 } });
    expect(messages).toEqual([{ type: 'error', id: 14, message: 'lr must be a finite number > 0 (got -1) in optimizer "adam"' }]);
  });

  it('answers an unknown verb with an error that lists the known ones', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'optimize', id: 15 } as unknown as WorkerRequest);
    expect(messages[0]).toMatchObject({ type: 'error', id: 15 });
    expect(messages[0]?.type === 'error' && messages[0].message).toMatch(/^unknown request type "optimize": the worker answers init-backend, train, step, /);
  });
});
