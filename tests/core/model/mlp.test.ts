import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp } from '../../../src/core/model/mlp';
import { predictGrid } from '../../../src/core/model/predict-grid';
import { TrainingRun } from '../../../src/core/model/train';
import { TEST_BACKENDS, useBackend } from '../helpers';

describe.each(TEST_BACKENDS)('the MLP on the %s backend', (backend) => {
  it('names and shapes its weights dense{i}/kernel and dense{i}/bias', async () => {
    await useBackend(backend);
    const mlp = Mlp.create({ layerSizes: [2, 3, 1] });
    expect(mlp.getWeights().map((w) => [w.name, w.shape])).toEqual([
      ['dense0/kernel', [2, 3]],
      ['dense0/bias', [3]],
      ['dense1/kernel', [3, 1]],
      ['dense1/bias', [1]],
    ]);
    expect(mlp.paramCount).toBe(13);
    mlp.dispose();
  });

  it('round-trips weights through getWeights/setWeights and predicts with substituted weights', async () => {
    await useBackend(backend);
    const a = Mlp.create({ layerSizes: [2, 4, 1], seed: 'a' });
    const b = Mlp.create({ layerSizes: [2, 4, 1], seed: 'b' });
    const x = Float32Array.from([0.1, 0.2, -1, 0.5]);
    expect(Array.from(b.predict(x, { weights: a.getWeights() }))).toEqual(Array.from(a.predict(x)));
    b.setWeights(a.getWeights());
    expect(Array.from(b.getFlatWeights())).toEqual(Array.from(a.getFlatWeights()));
    expect(() => b.setWeights(a.getWeights().slice(1))).toThrow('weights are missing "dense0/kernel"');
    a.dispose();
    b.dispose();
  });

  it('evaluates loss and accuracy on a data set', async () => {
    await useBackend(backend);
    const data = makeDataset('moons', { n: 40 });
    const mlp = Mlp.create({ layerSizes: [2, 4, 1] });
    const { loss, accuracy } = mlp.evaluate(data.validation);
    expect(loss).toBeGreaterThan(0);
    expect(accuracy).toBeGreaterThanOrEqual(0);
    expect(accuracy).toBeLessThanOrEqual(1);
    mlp.dispose();
  });

  it('gives identical numbers for the same seed (weights, shuffling, training)', async () => {
    await useBackend(backend);
    const trainOnce = async () => {
      const mlp = Mlp.create({ layerSizes: [2, 8, 1], seed: 7 });
      const run = new TrainingRun(mlp, makeDataset('circles', { n: 100, seed: 3 }), { optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 }, epochs: 5, batchSize: 16, seed: 9 });
      const result = await run.run();
      const weights = mlp.getFlatWeights();
      run.dispose();
      mlp.dispose();
      return { losses: result.history.map((h) => h.trainLoss), weights: Array.from(weights) };
    };
    expect(await trainOnce()).toEqual(await trainOnce());
  });

  it('keeps the tensor count flat between 10 and 1,000 mini-batch steps of the training loop', async () => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const mlp = Mlp.create({ layerSizes: [2, 8, 1] });
    const run = new TrainingRun(mlp, makeDataset('xor', { n: 40 }), { optimizer: { name: 'adam', lr: 0.01 }, epochs: 1000, batchSize: 15, l2: 1e-3, schedule: { name: 'cosine', period: 50 } });
    // 30 training rows / batch 15 = 2 steps per epoch
    for (let i = 0; i < 5; i++) run.runEpoch();
    const after10 = tf.memory().numTensors;
    for (let i = 0; i < 495; i++) run.runEpoch();
    expect(run.stepCount).toBe(1000);
    expect(tf.memory().numTensors).toBe(after10);
    run.dispose();
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops early when validation loss stops improving and restores the best weights', async () => {
    await useBackend(backend);
    const mlp = Mlp.create({ layerSizes: [2, 8, 1] });
    const run = new TrainingRun(mlp, makeDataset('moons', { n: 60, noise: 0.4 }), { optimizer: { name: 'adam', lr: 0.5 }, epochs: 500, patience: 5 });
    const result = await run.run();
    expect(result.stopReason).toBe('early-stopping');
    expect(result.history.length - result.bestEpoch).toBe(5);
    expect(mlp.evaluate(makeDataset('moons', { n: 60, noise: 0.4 }).validation).loss).toBeCloseTo(result.history[result.bestEpoch - 1]!.validationLoss, 5);
    run.dispose();
    mlp.dispose();
  });

  it('predicts a decision boundary on a grid', async () => {
    await useBackend(backend);
    const mlp = Mlp.create({ layerSizes: [2, 4, 1] });
    const grid = predictGrid(mlp, { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 5, ny: 4 });
    expect(grid.values).toHaveLength(20);
    expect(grid.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Array.from(grid.classes).every((c, i) => c === (grid.values[i]! > 0.5 ? 1 : 0))).toBe(true);
    mlp.dispose();
  });
});
