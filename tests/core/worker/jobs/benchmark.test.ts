import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeBackend } from '../../../../src/core/backend';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/protocol';
import { useBackend } from '../../helpers';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe("the worker's benchmark job: cancel (CPU backend)", () => {
  beforeAll(() => useBackend('cpu'));

  it('stops a 10 s benchmark on stop, leaves no tensor behind and keeps the backend', async () => {
    const messages: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => messages.push(m));
    const before = tf.memory().numTensors;
    const started = performance.now();
    const job = handle({ type: 'benchmark', id: 1, backend: 'cpu', seconds: 10 });
    while (!messages.some((m) => m.type === 'benchmark-progress')) await tick(5);
    await handle({ type: 'stop', id: 2 });
    await job;
    const reply = messages.findLast((m) => m.id === 1);
    if (reply?.type !== 'error') throw new Error(`expected a cancelled reply, got ${JSON.stringify(reply)}`);
    expect(reply.message).toMatch(/^cancelled after \d+ of 10000 ms$/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(tf.memory().numTensors).toBe(before);
    expect(activeBackend()).toBe('cpu');
  });
});
