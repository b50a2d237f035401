import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp } from '../../../src/core/model/mlp';
import { trainModel } from '../../../src/core/model/train';
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
