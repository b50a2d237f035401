import { beforeAll, describe, expect, it } from 'vitest';
import type { CompressionSpec } from '../../../src/core/index';
import { createWorkerHandler } from '../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../src/core/worker/protocol';
import { wantsField } from '../../../src/core/worker/prediction-field';
import { weightHistogram } from '../../../src/core/worker/weight-histogram';
import { useBackend, WASM_PATH } from '../helpers';

function collect() {
  const messages: WorkerResponse[] = [];
  return { messages, handle: createWorkerHandler((m) => messages.push(m)) };
}

const grid = { xMin: -1.5, xMax: 2.5, yMin: -1, yMax: 1.5, nx: 12, ny: 10 };

/** Trains the model every compression starts from and returns the handle the worker keeps it under. */
async function trainedHandle(handle: ReturnType<typeof collect>['handle'], messages: WorkerResponse[]): Promise<number> {
  await handle({ type: 'train', id: 1, model: { layerSizes: [2, 8, 1], seed: 's' }, dataset: { name: 'moons', options: { n: 120 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 40 } });
  const done = messages.findLast((m) => m.type === 'train-done');
  if (done?.type !== 'train-done') throw new Error('no train-done');
  return done.modelHandle;
}

describe('the worker requests behind the training and compression demos', () => {
  beforeAll(() => useBackend('cpu'));

  it.each([
    [1, 20, 5, true],
    [5, 20, 5, true],
    [6, 20, 5, false],
    [20, 20, 7, true],
  ])('sends a field on epoch %i of %i with every = %i: %s', (epoch, total, every, expected) => {
    expect(wantsField(epoch, total, every)).toBe(expected);
  });

  it('streams decision-boundary grids with epoch progress every N epochs and with train-done', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'train', id: 2, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'moons', options: { n: 60 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 6 }, field: { grid, every: 3 } });
    const withField = messages.flatMap((m) => (m.type === 'epoch' && m.field !== undefined ? [m.progress.epoch] : []));
    expect(withField).toEqual([1, 3, 6]);
    const done = messages.at(-1);
    expect(done?.type === 'train-done' && done.field?.length).toBe(grid.nx * grid.ny);
    if (done?.type === 'train-done') expect(Array.from(done.field ?? []).every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it('samples a regression curve along x for a one-input model', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'train', id: 3, model: { layerSizes: [1, 8, 1], task: 'regression' }, dataset: { name: 'sine', options: { n: 40 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 2 }, field: { grid, every: 1 } });
    const done = messages.at(-1);
    expect(done?.type === 'train-done' && done.field?.length).toBe(grid.nx);
  });

  it('answers a dataset request with the train and validation points', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'dataset', id: 4, dataset: { name: 'circles', options: { n: 40, validationFraction: 0.5 } } });
    const reply = messages[0];
    expect(reply?.type).toBe('dataset-points');
    if (reply?.type === 'dataset-points') expect([reply.train.n, reply.validation.n, reply.train.x.length]).toEqual([20, 20, 40]);
  });

  it.each([
    [{ kind: 'integer', bits: 8, granularity: 'per-channel', scheme: 'symmetric' } as const, 'int8 symmetric per-channel'],
    [{ kind: 'integer', bits: 4, granularity: 'per-tensor', scheme: 'asymmetric' } as const, 'int4 asymmetric per-tensor'],
    [{ kind: 'fp16' } as const, 'float16 kernels'],
  ])('quantizes a trained model (%o) and measures accuracy, sizes, histograms and the boundary', async (spec, label) => {
    const { messages, handle } = collect();
    const modelHandle = await trainedHandle(handle, messages);
    await handle({ type: 'compress', id: 5, modelHandle, spec, grid });
    const reply = messages.at(-1);
    if (reply?.type !== 'compress-done') throw new Error(JSON.stringify(reply));
    const { result } = reply;
    expect(result.variant.label).toBe(label);
    expect(result.variant.size.raw).toBeLessThan(result.original.size.raw);
    expect(result.original.size.raw).toBe((2 * 8 + 8 + 8 + 1) * 4);
    expect(result.variant.accuracy).toBeGreaterThan(0.6);
    expect(result.variant.field).toHaveLength(grid.nx * grid.ny);
    expect(result.histogram.before.reduce((a, b) => a + b, 0)).toBe(24);
    expect(result.tensors.filter((t) => t.name.endsWith('bias')).map((t) => t.format)).toEqual(['kept float32: bias', 'kept float32: bias']);
  });

  it('prunes with a sparsity level, keeps the raw size and zeroes the requested share of kernel weights', async () => {
    const { messages, handle } = collect();
    const modelHandle = await trainedHandle(handle, messages);
    await handle({ type: 'compress', id: 6, modelHandle, spec: { kind: 'prune', sparsity: 0.5, structure: 'unstructured', fineTuneSteps: 20 } });
    const reply = messages.at(-1);
    if (reply?.type !== 'compress-done') throw new Error(JSON.stringify(reply));
    expect(reply.result.variant.size.raw).toBe(reply.result.original.size.raw);
    expect(reply.result.histogram.zeros[1]).toBe(12);
  });

  it('rejects sparsity 1 with a message naming the field', async () => {
    const { messages, handle } = collect();
    const modelHandle = await trainedHandle(handle, messages);
    await handle({ type: 'compress', id: 7, modelHandle, spec: { kind: 'prune', sparsity: 1, structure: 'unstructured', fineTuneSteps: 0 } });
    const reply = messages.at(-1);
    expect(reply?.type === 'error' && reply.message).toMatch(/sparsity must be a number in \[0, 1\)/);
  });

  it('distills into a smaller student and trains a hard-label baseline of the same size', async () => {
    const { messages, handle } = collect();
    const modelHandle = await trainedHandle(handle, messages);
    await handle({ type: 'compress', id: 8, modelHandle, spec: { kind: 'distill', hidden: [3], temperature: 4, alpha: 0.7, steps: 60 } });
    const reply = messages.at(-1);
    if (reply?.type !== 'compress-done') throw new Error(JSON.stringify(reply));
    expect(reply.result.variant.parameters).toBe(2 * 3 + 3 + 3 + 1);
    expect(reply.result.baseline?.label).toContain('hard labels only');
  });

  it('benchmarks one backend and reports steps per second, restoring the previous backend', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'benchmark', id: 9, backend: 'wasm', wasmPath: WASM_PATH, seconds: 0.3 });
    const reply = messages.at(-1);
    if (reply?.type !== 'benchmark-done' || reply.result.status !== 'ran') throw new Error(JSON.stringify(reply));
    expect(reply.result.stepsPerSecond).toBeGreaterThan(0);
    expect(messages.some((m) => m.type === 'benchmark-progress')).toBe(true);
    const { activeBackend } = await import('../../../src/core/backend');
    expect(activeBackend()).toBe('cpu');
  });

  it('reports a backend that cannot start as skipped with the reason', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'benchmark', id: 10, backend: 'webgl', seconds: 0.2 });
    const reply = messages.at(-1);
    expect(reply?.type === 'benchmark-done' && reply.result).toEqual({ backend: 'webgl', status: 'skipped', reason: 'no canvas or OffscreenCanvas in this environment (WebGL needs a browser)' });
    await handle({ type: 'benchmark', id: 11, backend: 'webgpu', seconds: 0.2 });
    const gpu = messages.at(-1);
    expect(gpu?.type === 'benchmark-done' && gpu.result).toEqual({ backend: 'webgpu', status: 'skipped', reason: 'navigator.gpu is not available in this environment (WebGPU needs a browser that enables it)' });
  });

  it('leaves no tensors behind after training with fields, compressing and benchmarking', async () => {
    const tf = await import('@tensorflow/tfjs-core');
    const { messages, handle } = collect();
    await trainedHandle(handle, messages);
    // The worker keeps one trained model: a new run replaces it, so the count is flat from here on.
    const before = tf.memory().numTensors;
    await handle({ type: 'train', id: 11, model: { layerSizes: [2, 4, 1] }, dataset: { name: 'moons', options: { n: 40 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 3, batchSize: 8 }, field: { grid, every: 1 } });
    const modelHandle = await trainedHandle(handle, messages);
    const specs: CompressionSpec[] = [
      { kind: 'integer', bits: 8, granularity: 'per-channel', scheme: 'symmetric' },
      { kind: 'prune', sparsity: 0.5, structure: 'neurons', fineTuneSteps: 5 },
      { kind: 'distill', hidden: [2], temperature: 2, alpha: 0.5, steps: 5 },
    ];
    for (const spec of specs) {
      await handle({ type: 'compress', id: 12, modelHandle, spec, grid });
    }
    await handle({ type: 'benchmark', id: 13, backend: 'cpu', seconds: 0.1 });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('compresses the kept model again and again without changing it, and frees it on release', async () => {
    const { messages, handle } = collect();
    const modelHandle = await trainedHandle(handle, messages);
    const int8 = { kind: 'integer', bits: 8, granularity: 'per-channel', scheme: 'symmetric' } as const;
    const results = [];
    for (const spec of [int8, { kind: 'prune', sparsity: 0.8, structure: 'unstructured', fineTuneSteps: 10 } as const, int8]) {
      await handle({ type: 'compress', id: 20, modelHandle, spec });
      const reply = messages.at(-1);
      if (reply?.type !== 'compress-done') throw new Error(JSON.stringify(reply));
      results.push(reply.result);
    }
    // Pruning worked on a copy: the int8 variant after it is the same as before it.
    expect(results[2]).toEqual(results[0]);
    expect(results[1]!.original).toEqual(results[0]!.original);
    await handle({ type: 'release', id: 21, modelHandle });
    expect(messages.at(-1)).toEqual({ type: 'released', id: 21, released: true });
    await handle({ type: 'compress', id: 22, modelHandle, spec: int8 });
    expect(messages.at(-1)).toEqual({ type: 'error', id: 22, message: `modelHandle ${modelHandle} is not held by the worker (a newer training run replaced it, or it was released): train the model again and use the handle of its train-done reply` });
  });

  it('bins before and after on the same symmetric range', () => {
    const w = (values: number[]) => [{ name: 'dense0/kernel', shape: [1, values.length], values: Float32Array.from(values) }];
    const h = weightHistogram(w([-1, 0.5, 1]), w([0, 0, 1]), 4);
    expect(h.range).toEqual([-1, 1]);
    expect(h.before).toEqual([1, 0, 0, 2]);
    expect(h.after).toEqual([0, 0, 2, 1]);
    expect(h.zeros).toEqual([0, 2]);
  });
});
