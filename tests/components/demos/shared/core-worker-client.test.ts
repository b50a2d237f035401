import { describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../../src/core/worker/protocol';
import { backendFromParams, CoreWorkerClient, type WorkerLike } from '../../../../components/demos/shared/core-worker-client';

/** A fake worker that answers like the core handler. */
function fakeWorker(answer: (r: WorkerRequest) => WorkerResponse[]): { worker: WorkerLike; sent: WorkerRequest[]; terminated: () => boolean } {
  const sent: WorkerRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(request);
      queueMicrotask(() => {
        for (const data of answer(request)) worker.onmessage?.({ data } as MessageEvent<WorkerResponse>);
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, sent, terminated: () => terminated };
}

describe('CoreWorkerClient', () => {
  it('initialises the backend once and resolves each request with its final reply', async () => {
    const fake = fakeWorker((r) => {
      if (r.type === 'init-backend') return [{ type: 'backend', id: r.id, choice: { name: 'cpu', reasons: ['webgl skipped: test'], why: 'test' } }];
      if (r.type === 'step') return [{ type: 'stepped', id: r.id, epoch: 3, ended: false }];
      return [];
    });
    const client = new CoreWorkerClient(() => fake.worker);
    const choice = await client.start({ preferred: 'cpu' });
    await client.start({ preferred: 'cpu' });
    const reply = await client.request({ type: 'step', epochs: 1 });
    expect(choice.name).toBe('cpu');
    expect(reply).toEqual({ type: 'stepped', id: 2, epoch: 3, ended: false });
    expect(fake.sent.map((r) => r.type)).toEqual(['init-backend', 'step']);
    expect(new Set(fake.sent.map((r) => r.id)).size).toBe(2);
  });

  it('rejects a request with the worker error message and passes progress messages on', async () => {
    const fake = fakeWorker((r) => {
      if (r.type === 'init-backend') return [{ type: 'backend', id: r.id, choice: { name: 'cpu', reasons: [], why: 'test' } }];
      const epoch = { epoch: 1, step: 1, lr: 0.1, trainLoss: 1, validationLoss: 1, trainAccuracy: 0.5, validationAccuracy: 0.5 };
      return [{ type: 'epoch', id: r.id, progress: epoch }, { type: 'error', id: r.id, message: 'lr must be a finite number > 0 (got -1) in optimizer "sgd"' }];
    });
    const client = new CoreWorkerClient(() => fake.worker);
    await client.start({});
    const progress: number[] = [];
    const body = { type: 'train', model: { layerSizes: [2, 1] }, dataset: { name: 'moons' }, training: { optimizer: { name: 'sgd', lr: -1 } } } as const;
    await expect(client.request(body, (m) => progress.push(m.progress.epoch))).rejects.toThrow('lr must be a finite number > 0 (got -1) in optimizer "sgd"');
    expect(progress).toEqual([1]);
  });

  it('terminates the worker and rejects pending requests on dispose', async () => {
    const fake = fakeWorker(() => []);
    const client = new CoreWorkerClient(() => fake.worker);
    const pending = client.start({});
    client.dispose();
    await expect(pending).rejects.toThrow('the demo was closed');
    expect(fake.terminated()).toBe(true);
  });
});

describe('backendFromParams', () => {
  it.each([
    ['', undefined, undefined],
    ['backend=wasm', 'wasm', undefined],
    ['backend=cpu', 'cpu', undefined],
    ['backend=webgpu', 'webgpu', undefined],
    ['backend=gpu', undefined, 'URL value backend=gpu is not one of webgl, wasm, cpu, webgpu: choosing the backend automatically.'],
  ])('reads "%s" as preferred %s', (query, preferred, warning) => {
    expect(backendFromParams(new URLSearchParams(query))).toEqual({ preferred, warning });
  });
});
