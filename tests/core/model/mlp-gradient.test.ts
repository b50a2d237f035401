import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset, type Dataset } from '../../../src/core/data';
import { ACTIVATIONS, Mlp } from '../../../src/core/model/mlp';
import { MlpGradient } from '../../../src/core/model/mlp-gradient';
import { TrainingRun, type TrainOptions } from '../../../src/core/model/train';
import { createOptimizer } from '../../../src/core/optimizers/tensor-optimizer';
import { TEST_BACKENDS, useBackend } from '../helpers';

const TASKS = [
  { task: 'binary' as const, data: () => makeDataset('moons', { n: 40, seed: 'grad' }).train, outputs: 1 },
  { task: 'multiclass' as const, data: () => makeDataset('blobs', { n: 40, seed: 'grad', classes: 3 }).train, outputs: 3 },
  { task: 'regression' as const, data: () => makeDataset('sine', { n: 40, seed: 'grad' }).train, outputs: 1 },
];

const CASES = ACTIVATIONS.flatMap((activation) => TASKS.flatMap((t) => [0, 0.05].map((l2) => ({ activation, ...t, l2 }))));

/** max_i |a_i - b_i| <= tolerance * max_i |b_i|: relative to the gradient's scale, so near-zero entries do not divide by ~0. */
function expectRelativelyClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]!));
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  }
  expect(scale).toBeGreaterThan(0);
  expect(worst / scale).toBeLessThanOrEqual(tolerance);
}

/** The training loss as TrainingRun's autodiff path defines it: model.loss of the forward pass plus 0.5 * l2 * ||kernels||^2. */
function autodiffObjective(model: Mlp, x: tf.Tensor2D, targets: tf.Tensor2D, l2: number) {
  const mask = new Float32Array(model.paramCount);
  for (const t of model.layout) if (t.shape.length === 2) mask.fill(l2, t.offset, t.offset + t.size);
  return (p: tf.Tensor): tf.Scalar =>
    tf.tidy(() => tf.add(model.loss(model.forward(x, p as tf.Tensor1D), targets), tf.mul(0.5, tf.sum(tf.mul(tf.tensor1d(mask), tf.square(p))))));
}

function tensorsOf(model: Mlp, data: Dataset) {
  return { x: tf.tensor2d(data.x, [data.n, data.inputDim]), targets: model.targets(data) };
}

describe.each(TEST_BACKENDS)('the analytic MLP gradient on the %s backend', (backend) => {
  it.each(CASES)('equals tf.grads of the loss within 1e-5 relative for $activation, $task, l2 $l2', async ({ activation, task, data: makeData, outputs, l2 }) => {
    await useBackend(backend);
    const data = makeData();
    const model = Mlp.create({ layerSizes: [data.inputDim, 5, 4, outputs], activation, task, seed: `${activation}-${task}` });
    const { x, targets } = tensorsOf(model, data);
    const objective = autodiffObjective(model, x, targets, l2);
    const analytic = new MlpGradient(model, { l2 });
    const expected = tf.tidy(() => tf.grads(objective)([model.params])[0]!.dataSync());
    const expectedLoss = tf.tidy(() => objective(model.params).dataSync()[0]!);
    const grad = analytic.gradient(x, targets);
    const both = analytic.valueAndGradient(x, targets);
    expectRelativelyClose(grad.dataSync(), expected, 1e-5);
    expectRelativelyClose(both.grad.dataSync(), expected, 1e-5);
    expect(both.value.dataSync()[0]).toBeCloseTo(expectedLoss, 5);
    tf.dispose([grad, both.grad, both.value, x, targets]);
    analytic.dispose();
    model.dispose();
  });

  it('differentiates at parameters other than the model’s own', async () => {
    await useBackend(backend);
    const data = makeDataset('xor', { n: 30, seed: 'p' }).train;
    const model = Mlp.create({ layerSizes: [2, 6, 1], seed: 'p' });
    const other = Mlp.create({ layerSizes: [2, 6, 1], seed: 'q' });
    const { x, targets } = tensorsOf(model, data);
    const analytic = new MlpGradient(model);
    const expected = tf.tidy(() => tf.grads(autodiffObjective(model, x, targets, 0))([other.params])[0]!.dataSync());
    const grad = analytic.gradient(x, targets, other.params);
    expectRelativelyClose(grad.dataSync(), expected, 1e-5);
    tf.dispose([grad, x, targets]);
    analytic.dispose();
    model.dispose();
    other.dispose();
  });

  it('stays exact when batches alternate (its per-batch tensors are rebuilt, not reused, for a new x)', async () => {
    await useBackend(backend);
    const model = Mlp.create({ layerSizes: [2, 6, 1], seed: 'b' });
    const batches = [makeDataset('moons', { n: 30, seed: 'b1' }).train, makeDataset('moons', { n: 20, seed: 'b2' }).train].map((d) => tensorsOf(model, d));
    const analytic = new MlpGradient(model);
    for (const { x, targets } of [...batches, ...batches]) {
      const expected = tf.tidy(() => tf.grads(autodiffObjective(model, x, targets, 0))([model.params])[0]!.dataSync());
      const grad = analytic.gradient(x, targets);
      expectRelativelyClose(grad.dataSync(), expected, 1e-5);
      grad.dispose();
    }
    analytic.dispose();
    for (const b of batches) tf.dispose([b.x, b.targets]);
    model.dispose();
  });

  const STEP_CASES: { label: string; options: Omit<TrainOptions, 'gradient'> }[] = [
    { label: 'full-batch Adam', options: { optimizer: { name: 'adam', lr: 0.01 }, epochs: 1 } },
    { label: 'full-batch SGD with momentum and L2', options: { optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 }, epochs: 2, l2: 1e-3 } },
    { label: 'mini-batch AdamW on a cosine schedule', options: { optimizer: { name: 'adamw', lr: 0.01 }, epochs: 2, batchSize: 16, schedule: { name: 'cosine', period: 5 } } },
  ];

  it.each(STEP_CASES)('takes the same training steps as the autodiff path ($label)', async ({ options }) => {
    await useBackend(backend);
    const data = makeDataset('moons', { n: 60, seed: 'step' });
    const weightsAfter = async (gradient: 'analytic' | 'autodiff') => {
      const model = Mlp.create({ layerSizes: [2, 8, 8, 1], seed: 'step' });
      const run = new TrainingRun(model, data, { ...options, gradient, seed: 'step' });
      const result = await run.run();
      const weights = model.getFlatWeights();
      run.dispose();
      model.dispose();
      return { weights, loss: result.history.at(-1)!.trainLoss };
    };
    const spy = vi.spyOn(MlpGradient.prototype, 'gradient');
    const fast = await weightsAfter('analytic');
    const analyticCalls = spy.mock.calls.length;
    const tape = await weightsAfter('autodiff');
    expect(spy.mock.calls.length).toBe(analyticCalls);
    expect(analyticCalls).toBeGreaterThan(0);
    spy.mockRestore();
    for (let i = 0; i < fast.weights.length; i++) expect(Math.abs(fast.weights[i]! - tape.weights[i]!)).toBeLessThan(1e-5);
    expect(fast.loss).toBeCloseTo(tape.loss, 5);
  });

  it('keeps the tensor count flat between 10 and 1,000 analytic steps and frees its constants on dispose', async () => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const data = makeDataset('moons', { n: 50, seed: 'leak' }).train;
    const model = Mlp.create({ layerSizes: [2, 8, 8, 1], seed: 'leak' });
    const { x, targets } = tensorsOf(model, data);
    const analytic = new MlpGradient(model, { l2: 1e-3 });
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    const run = (steps: number) => {
      for (let i = 0; i < steps; i++) {
        if (i % 100 === 0) {
          const { value, grad } = analytic.valueAndGradient(x, targets);
          optimizer.applyGradient!(model.params, grad);
          tf.dispose([value, grad]);
        } else {
          const grad = analytic.gradient(x, targets);
          optimizer.applyGradient!(model.params, grad);
          grad.dispose();
        }
      }
    };
    run(10);
    const after10 = tf.memory().numTensors;
    run(990);
    expect(tf.memory().numTensors).toBe(after10);
    optimizer.dispose();
    analytic.dispose();
    tf.dispose([x, targets]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
