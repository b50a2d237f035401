import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp } from '../../../src/core/model/mlp';
import { trainModel } from '../../../src/core/model/train';
import { runTrainingSweep, type TrainingSweepSpec } from '../../../src/core/model/training-sweep';
import { useBackend } from '../helpers';

const spec: TrainingSweepSpec = {
  model: { layerSizes: [2, 8, 1], seed: 'sweep' },
  dataset: { name: 'moons', options: { n: 100, seed: 'sweep' } },
  training: { optimizer: { name: 'sgd', momentum: 0.9 }, epochs: 5, seed: 'sweep' },
  lrs: [0.01, 0.3, 1e4],
  batchSizes: [8, 80],
};

describe('runTrainingSweep', () => {
  it('trains every cell row by row (batch size outer, lr inner) and streams each cell', async () => {
    await useBackend('cpu');
    const seen: number[] = [];
    const cells = await runTrainingSweep(spec, (i) => seen.push(i));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cells.map((c) => [c.batchSize, c.lr])).toEqual([[8, 0.01], [8, 0.3], [8, 1e4], [80, 0.01], [80, 0.3], [80, 1e4]]);
    for (const c of cells.filter((c) => c.lr < 1)) {
      expect(c.stopReason).toBe('completed');
      expect(c.epochs).toBe(5);
      expect(Number.isFinite(c.trainLoss)).toBe(true);
    }
    // An absurd learning rate ends worse than a good one (or diverges, reported with an infinite loss).
    expect(cells[2]!.trainLoss).toBeGreaterThan(cells[1]!.trainLoss);
    if (cells[2]!.stopReason === 'diverged') expect(cells[2]!.trainLoss).toBe(Infinity);
  });

  it('a Muon cell sets the lr of both groups when the AdamW group names one', async () => {
    await useBackend('cpu');
    const muonSpec: TrainingSweepSpec = { ...spec, model: { layerSizes: [2, 8, 8, 1], seed: 'sweep' }, training: { ...spec.training, optimizer: { name: 'muon', lr: 1, adjustLrFn: 'match_rms_adamw', adamw: { lr: 1 } } } };
    const [cell] = await runTrainingSweep({ ...muonSpec, lrs: [0.02], batchSizes: [16] });
    const trainWith = async (adamwLr: number) => {
      const model = Mlp.create(muonSpec.model);
      const result = await trainModel(model, makeDataset('moons', spec.dataset.options), { ...spec.training, optimizer: { name: 'muon', lr: 0.02, adjustLrFn: 'match_rms_adamw', adamw: { lr: adamwLr } }, batchSize: 16 });
      model.dispose();
      return result.history.at(-1)!.trainLoss;
    };
    expect(cell!.trainLoss).toBe(await trainWith(0.02));
    expect(cell!.trainLoss).not.toBe(await trainWith(1));
  });

  it('a cell is the training the page would run with that lr and batch size (same weights, data and budget)', async () => {
    await useBackend('cpu');
    const [cell] = await runTrainingSweep({ ...spec, lrs: [0.3], batchSizes: [16] });
    const model = Mlp.create(spec.model);
    const direct = await trainModel(model, makeDataset('moons', spec.dataset.options), { ...spec.training, optimizer: { name: 'sgd', momentum: 0.9, lr: 0.3 }, batchSize: 16 });
    model.dispose();
    expect(cell!.trainLoss).toBe(direct.history.at(-1)!.trainLoss);
    expect(cell!.validationLoss).toBe(direct.history.at(-1)!.validationLoss);
  });

  it('leaks no tensors and stops between cells when asked', async () => {
    await useBackend('cpu');
    const before = tf.memory().numTensors;
    let n = 0;
    const cells = await runTrainingSweep(spec, () => n++, () => n >= 2);
    expect(cells).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects bad grids with the field and the fix', async () => {
    await expect(runTrainingSweep({ ...spec, lrs: [0] })).rejects.toThrow('lrs[0] must be a finite number > 0 (got 0) in sweep');
    await expect(runTrainingSweep({ ...spec, batchSizes: [1.5] })).rejects.toThrow('batchSizes[0] must be an integer >= 1 (got 1.5) in sweep');
    await expect(runTrainingSweep({ ...spec, lrs: Array(21).fill(0.1), batchSizes: Array(20).fill(8) })).rejects.toThrow(/at most 400 cells/);
  });
});
