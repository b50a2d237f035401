import { describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../../src/core/worker/messages';
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
      if (r.type === 'init-backend') return [{ type: 'backend', id: r.id, choice: { name: 'cpu', reasons: ['webgl skipped: test'] } }];
      if (r.type === 'optimize') return [{ type: 'optimize-done', id: r.id, result: { params: [[1, 2]], losses: [3], diverged: undefined } }];
      return [];
    });
    const client = new CoreWorkerClient(() => fake.worker);
    const choice = await client.start({ preferred: 'cpu' });
    await client.start({ preferred: 'cpu' });
    const reply = await client.request({ type: 'optimize', optimizer: { name: 'sgd', lr: 0.1 }, testFunction: 'booth', steps: 1, plain: true });
    expect(choice.name).toBe('cpu');
    expect(reply.result.losses).toEqual([3]);
    expect(fake.sent.map((r) => r.type)).toEqual(['init-backend', 'optimize']);
    expect(new Set(fake.sent.map((r) => r.id)).size).toBe(2);
  });

  it('rejects a request with the worker error message and passes progress messages on', async () => {
    const fake = fakeWorker((r) => {
      if (r.type === 'init-backend') return [{ type: 'backend', id: r.id, choice: { name: 'cpu', reasons: [] } }];
      return [{ type: 'ack', id: r.id, request: 'pause' }, { type: 'error', id: r.id, message: 'unknown test function "x"' }];
    });
    const client = new CoreWorkerClient(() => fake.worker);
    await client.start({});
    const progress: string[] = [];
    await expect(client.request({ type: 'optimize', optimizer: { name: 'sgd' }, testFunction: 'x', steps: 1 }, (m) => progress.push(m.type))).rejects.toThrow('unknown test function "x"');
    expect(progress).toEqual(['ack']);
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
    ['backend=gpu', undefined, 'URL value backend=gpu is not one of webgl, wasm, cpu: choosing the backend automatically.'],
  ])('reads "%s" as preferred %s', (query, preferred, warning) => {
    expect(backendFromParams(new URLSearchParams(query))).toEqual({ preferred, warning });
  });
});
