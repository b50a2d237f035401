import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp } from '../../../src/core/model/mlp';
import { MlpGradient } from '../../../src/core/model/mlp-gradient';
import { trainModel, TrainingRun } from '../../../src/core/model/train';
import { createPlateauScheduler } from '../../../src/core/schedules/plateau';
import { useBackend } from '../helpers';

const CASES = [
  { dataset: 'moons' as const, layerSizes: [2, 16, 16, 1], epochs: 150, lr: 0.03 },
  { dataset: 'spiral' as const, layerSizes: [2, 32, 32, 1], epochs: 400, lr: 0.03 },
];

describe.each(['wasm' as const])('training an MLP on the %s backend', (backend) => {
  it.each(CASES)('reaches >= 95% validation accuracy on $dataset with Adam lr $lr in $epochs full-batch epochs', async ({ dataset, layerSizes, epochs, lr }) => {
    await useBackend(backend);
    const data = makeDataset(dataset, { n: 400, noise: 0.1, seed: 'test' });
    const model = Mlp.create({ layerSizes, activation: 'tanh', seed: 'test' });
    const result = await trainModel(model, data, { optimizer: { name: 'adam', lr }, epochs });
    const last = result.history.at(-1)!;
    expect(last.validationAccuracy).toBeGreaterThanOrEqual(0.95);
    model.dispose();
  });
});

describe('training with reduce-on-plateau', () => {
  it('steps the plateau scheduler on each epoch validation loss and trains the next epoch at its lr', async () => {
    await useBackend('cpu');
    const data = makeDataset('moons', { n: 80, noise: 0.2, seed: 'plateau' });
    const model = Mlp.create({ layerSizes: [2, 8, 1], activation: 'tanh', seed: 'plateau' });
    // A relative threshold of 20% makes most epochs "no improvement", so the lr is cut several times in 12 epochs.
    const schedule = { name: 'reduce-on-plateau', patience: 1, factor: 0.5, threshold: 0.2 } as const;
    const result = await trainModel(model, data, { optimizer: { name: 'sgd', lr: 0.5 }, schedule, epochs: 12 });
    const replay = createPlateauScheduler({ ...schedule, lr: 0.5 });
    const expected = [0.5, ...result.history.slice(0, -1).map((p) => replay.step(p.validationLoss))];
    expect(result.history.map((p) => p.lr)).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(2);
    model.dispose();
  });
});

describe('training an MLP with the optimizers that need more than one gradient per step', () => {
  it('trains with SAM through the analytic gradient: two gradient evaluations per step, and the loss falls', async () => {
    await useBackend('cpu');
    const data = makeDataset('moons', { n: 200, noise: 0.1, seed: 'sam' });
    const model = Mlp.create({ layerSizes: [2, 8, 1], activation: 'tanh', seed: 'sam' });
    const gradient = vi.spyOn(MlpGradient.prototype, 'gradient');
    const before = tf.memory().numTensors;
    const result = await trainModel(model, data, { optimizer: { name: 'sam', rho: 0.05, base: { name: 'sgd', lr: 0.1, momentum: 0.9 } }, epochs: 40, batchSize: 50 });
    const steps = result.history.at(-1)!.step;
    expect(steps).toBe(40 * 3);
    expect(gradient).toHaveBeenCalledTimes(2 * steps);
    gradient.mockRestore();
    expect(result.history.at(-1)!.trainLoss).toBeLessThan(0.7 * result.history[0]!.trainLoss);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('measures a schedule-free run at x, the evaluation point, and leaves the model there', async () => {
    await useBackend('cpu');
    const data = makeDataset('moons', { n: 200, noise: 0.1, seed: 'sf' });
    const model = Mlp.create({ layerSizes: [2, 8, 1], activation: 'tanh', seed: 'sf' });
    const run = new TrainingRun(model, data, { optimizer: { name: 'adamw-schedulefree', lr: 0.05 }, epochs: 30 });
    const result = await run.run();
    const last = result.history.at(-1)!;
    expect(last.trainLoss).toBeLessThan(0.7 * result.history[0]!.trainLoss);
    // After the run the model holds x, so its own loss is the last reported one (at y it would differ).
    expect(model.evaluate(data.validation).loss).toBeCloseTo(last.validationLoss, 5);
    run.dispose();
    model.dispose();
  });
});
