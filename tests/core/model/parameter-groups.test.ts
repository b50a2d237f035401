import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/data';
import { Mlp, mlpLayout } from '../../../src/core/model/mlp';
import { MlpGradient } from '../../../src/core/model/mlp-gradient';
import { createTrainingOptimizer, muonParameterGroups } from '../../../src/core/model/parameter-groups';
import { trainModel } from '../../../src/core/model/train';
import { createPlainOptimizer } from '../../../src/core/optimizers/plain-optimizer';
import { expectClose, TEST_BACKENDS, useBackend } from '../helpers';

const names = (ts: readonly { name: string }[]) => ts.map((t) => t.name);

describe('muonParameterGroups', () => {
  it('puts the hidden-to-hidden kernels in the Muon group and the first and last kernels and all biases in AdamW', () => {
    const groups = muonParameterGroups(mlpLayout([2, 8, 6, 4, 1]));
    expect(names(groups.muon)).toEqual(['dense1/kernel', 'dense2/kernel']);
    expect(names(groups.adamw)).toEqual(['dense0/kernel', 'dense0/bias', 'dense1/bias', 'dense2/bias', 'dense3/kernel', 'dense3/bias']);
  });

  it('leaves the Muon group empty for a single hidden layer', () => {
    expect(muonParameterGroups(mlpLayout([2, 16, 1])).muon).toEqual([]);
  });
});

describe.each(TEST_BACKENDS)('Muon with AdamW in training on the %s backend', (backend) => {
  it('updates a hidden kernel exactly as Muon on its [out, in] weight and the rest as AdamW (one step, float32)', async () => {
    await useBackend(backend);
    const data = makeDataset('moons', { n: 64, noise: 0.1, seed: 'groups' });
    const model = Mlp.create({ layerSizes: [2, 3, 4, 1], seed: 'groups' });
    const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
    const targets = model.targets(data.train);
    const gradient = new MlpGradient(model);
    const grad = gradient.gradient(x, targets);
    const [p0, g0] = [Float64Array.from(model.params.dataSync()), Float64Array.from(grad.dataSync())];
    const optimizer = createTrainingOptimizer(model.layout, { name: 'muon', lr: 0.02, adamw: { lr: 0.01 } });
    optimizer.applyGradient!(model.params, grad);
    const after = model.params.dataSync();
    // dense1/kernel is [3, 4] as stored; Muon sees its transpose [4, 3].
    const k = model.layout.find((t) => t.name === 'dense1/kernel')!;
    const transpose = (v: Float64Array, rows: number, cols: number) => Float64Array.from({ length: v.length }, (_, i) => v[(i % rows) * cols + Math.floor(i / rows)]!);
    const slice = (v: Float64Array) => transpose(v.slice(k.offset, k.offset + k.size), 3, 4);
    const muon = createPlainOptimizer({ name: 'muon', lr: 0.02 });
    const expected = transpose(muon.step(slice(p0), { f: () => 0, grad: () => slice(g0), shape: [4, 3] }).x, 4, 3);
    expectClose(after.slice(k.offset, k.offset + k.size), expected, 1e-5, 'dense1/kernel');
    const bias = model.layout.find((t) => t.name === 'dense0/bias')!;
    const adamw = createPlainOptimizer({ name: 'adamw', lr: 0.01 });
    const part = (v: Float64Array) => v.slice(bias.offset, bias.offset + bias.size);
    expectClose(after.slice(bias.offset, bias.offset + bias.size), adamw.step(part(p0), { f: () => 0, grad: () => part(g0) }).x, 1e-5, 'dense0/bias');
    tf.dispose([x, targets, grad]);
    gradient.dispose();
    optimizer.dispose();
    model.dispose();
  });

  it.each(['analytic', 'autodiff'] as const)('trains a small MLP (loss falls) with the %s gradient and leaves no tensors behind', async (gradient) => {
    await useBackend(backend);
    const before = tf.memory().numTensors;
    const data = makeDataset('moons', { n: 200, noise: 0.1, seed: 'muon' });
    const model = Mlp.create({ layerSizes: [2, 16, 16, 1], seed: 'muon' });
    const result = await trainModel(model, data, { optimizer: { name: 'muon', lr: 0.02, adamw: { lr: 0.01 } }, epochs: 60, gradient, schedule: { name: 'cosine', period: 60 } });
    expect(result.stopReason).toBe('completed');
    expect(result.history.at(-1)!.trainLoss).toBeLessThan(result.history[0]!.trainLoss * 0.6);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('steps from the training loop\'s gradient function as from one gradient, and has no evalParams (no schedule-free group)', async () => {
    await useBackend(backend);
    const data = makeDataset('moons', { n: 32, noise: 0.1, seed: 'groups' });
    const [a, b] = [Mlp.create({ layerSizes: [2, 3, 4, 1], seed: 'groups' }), Mlp.create({ layerSizes: [2, 3, 4, 1], seed: 'groups' })];
    const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
    const targets = a.targets(data.train);
    const gradient = new MlpGradient(a);
    const config = { name: 'muon', lr: 0.02, adamw: { lr: 0.01 } } as const;
    const [oa, ob] = [createTrainingOptimizer(a.layout, config), createTrainingOptimizer(b.layout, config)];
    expect(oa.evalParams).toBeUndefined();
    let before = 0;
    for (let k = 0; k < 3; k++) {
      // After the first step both optimizers hold their state; from then on a step makes no lasting tensor.
      if (k === 1) before = tf.memory().numTensors;
      const grad = gradient.gradient(x, targets, a.params);
      oa.applyGradient!(a.params, grad);
      grad.dispose();
      ob.stepWithGradient!(b.params, (p) => gradient.gradient(x, targets, p));
    }
    expect(tf.memory().numTensors).toBe(before);
    expectClose(b.params.dataSync(), a.params.dataSync(), 1e-7, 'stepWithGradient');
    tf.dispose([x, targets]);
    gradient.dispose();
    for (const t of [oa, ob, a, b]) t.dispose();
  });

  it('trains with a reduce-on-plateau schedule, the plateau lr scaling both groups', async () => {
    await useBackend(backend);
    const data = makeDataset('moons', { n: 80, noise: 0.2, seed: 'plateau' });
    const model = Mlp.create({ layerSizes: [2, 8, 8, 1], seed: 'plateau' });
    const schedule = { name: 'reduce-on-plateau', patience: 1, factor: 0.5, threshold: 0.2 } as const;
    const result = await trainModel(model, data, { optimizer: { name: 'muon', lr: 0.02, adamw: { lr: 0.01 } }, schedule, epochs: 10 });
    expect(result.history[0]!.lr).toBe(0.02);
    expect(result.history.at(-1)!.lr).toBeLessThan(0.02);
    model.dispose();
  });

  it('names the group when the adamw sub-config is bad', async () => {
    await useBackend(backend);
    const model = Mlp.create({ layerSizes: [2, 4, 4, 1] });
    expect(() => createTrainingOptimizer(model.layout, { name: 'muon', adamw: { lr: -1 } })).toThrow('lr must be a finite number > 0 (got -1) in optimizer "adamw" (the adamw group of muon training)');
    expect(() => createTrainingOptimizer(model.layout, { name: 'muon', nsSteps: -1 })).toThrow('nsSteps must be an integer in [0, 99] (got -1) in optimizer "muon"');
    model.dispose();
  });
});
