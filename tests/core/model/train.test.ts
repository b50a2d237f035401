import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp } from '../../../src/core/model/mlp';
import { trainModel } from '../../../src/core/model/train';
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
