import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/protocol';
import { useBackend } from '../../helpers';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const distill = (steps: number) => ({ kind: 'distill' as const, hidden: [4], temperature: 4, alpha: 0.7, steps });

async function setUp() {
  const messages: WorkerResponse[] = [];
  const handle = createWorkerHandler((m) => messages.push(m));
  await handle({ type: 'train', id: 1, model: { layerSizes: [2, 8, 1], seed: 's' }, dataset: { name: 'moons', options: { n: 80 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 10 } });
  const done = messages.findLast((m) => m.type === 'train-done');
  if (done?.type !== 'train-done') throw new Error('no train-done');
  return { messages, handle, modelHandle: done.modelHandle };
}

const progressOf = (messages: WorkerResponse[], id: number) => messages.flatMap((m) => (m.id === id && m.type === 'compress-progress' ? [m] : []));

describe("the worker's compress job: progress and cancel of a long distillation (CPU backend)", () => {
  beforeAll(() => useBackend('cpu'));

  it('streams compress-progress over both trainings (student and hard-label baseline), ending at the total', async () => {
    const { messages, handle, modelHandle } = await setUp();
    await handle({ type: 'compress', id: 2, modelHandle, spec: distill(120) });
    const progress = progressOf(messages, 2);
    expect(messages.findLast((m) => m.id === 2)?.type).toBe('compress-done');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 240, total: 240, unit: 'step' });
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('cancels on stop: the reply says how far it got, no tensor is left behind, and the kept model still compresses', async () => {
    const { messages, handle, modelHandle } = await setUp();
    const before = tf.memory().numTensors;
    const job = handle({ type: 'compress', id: 3, modelHandle, spec: distill(100_000) });
    while (progressOf(messages, 3).length === 0) await tick(5);
    await handle({ type: 'stop', id: 4 });
    await job;
    const reply = messages.findLast((m) => m.id === 3);
    if (reply?.type !== 'error') throw new Error(`expected a cancelled reply, got ${JSON.stringify(reply)}`);
    expect(reply.message).toMatch(/^cancelled after \d+ of 200000 steps$/);
    const stoppedAt = Number(/after (\d+)/.exec(reply.message)![1]);
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(200_000);
    expect(tf.memory().numTensors).toBe(before);

    await handle({ type: 'compress', id: 5, modelHandle, spec: distill(20) });
    expect(messages.findLast((m) => m.id === 5)?.type).toBe('compress-done');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is cancelled by a new training run, which replaces the model it compresses', async () => {
    const { messages, handle, modelHandle } = await setUp();
    const job = handle({ type: 'compress', id: 6, modelHandle, spec: distill(100_000) });
    while (progressOf(messages, 6).length === 0) await tick(5);
    await handle({ type: 'train', id: 7, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'moons', options: { n: 40 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 2 } });
    await job;
    const reply = messages.findLast((m) => m.id === 6);
    expect(reply?.type === 'error' && reply.message).toMatch(/^cancelled after/);
    expect(messages.findLast((m) => m.id === 7)?.type).toBe('train-done');
  });

  it('reports and cancels a pruning fine-tune the same way, leaving no tensor behind', async () => {
    const { messages, handle, modelHandle } = await setUp();
    const before = tf.memory().numTensors;
    const job = handle({ type: 'compress', id: 8, modelHandle, spec: { kind: 'prune', sparsity: 0.5, structure: 'unstructured', fineTuneSteps: 100_000 } });
    while (progressOf(messages, 8).length === 0) await tick(5);
    expect(progressOf(messages, 8)[0]).toMatchObject({ total: 100_000, unit: 'step' });
    await handle({ type: 'stop', id: 9 });
    await job;
    const reply = messages.findLast((m) => m.id === 8);
    expect(reply?.type === 'error' && reply.message).toMatch(/^cancelled after \d+ of 100000 steps$/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
