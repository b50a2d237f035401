/**
 * Compression of the core MLP on two moons: PTQ, QAT, pruning with fine-tuning, distillation. Each backend trains
 * the same seeded float model first; the thresholds are the acceptance criteria. Measured values are
 * logged so the numbers quoted in the glossary can be traced to a run.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataset, type DataSplit } from '../../src/core/data';
import { Mlp, type MlpSpec } from '../../src/core/model/mlp';
import { createOptimizer } from '../../src/core/optimizers/tensor-optimizer';
import { postTrainingQuantize, evaluatePtq } from '../../src/core/compress/post-training-quantization';
import { trainQuantizationAware } from '../../src/core/compress/quantization-aware-training';
import { trainWithPruning, modelPruningMask, applyModelMask } from '../../src/core/compress/pruning-training';
import { constantSparsity, polynomialDecay } from '../../src/core/compress/pruning-schedule';
import { trainDistilled } from '../../src/core/compress/distillation-training';
import { evaluateSimulated, simulatedForward } from '../../src/core/compress/simulated-inference';
import { runSteps } from '../../src/core/compress/training-steps';
import { TEST_BACKENDS, useBackend } from './compress/helpers';

const DATA: DataSplit = makeDataset('moons', { n: 400, noise: 0.15, seed: 'compress' });
const BASE: MlpSpec = { layerSizes: [2, 16, 16, 1], activation: 'tanh', seed: 'compress-base' };
const TRAIN_STEPS = 400;

function accuracy(model: Mlp): number {
  return model.evaluate(DATA.validation).accuracy!;
}

/** Plain full-batch Adam training with the core optimizer. */
function train(model: Mlp, steps: number, lr = 0.03): void {
  const optimizer = createOptimizer({ name: 'adam', lr });
  const x = tf.tensor2d(DATA.train.x, [DATA.train.n, model.inputDim]);
  const targets = model.targets(DATA.train);
  runSteps(optimizer, model.params, (p) => model.loss(model.forward(x, p), targets), { steps, readEvery: steps }, 'train');
  tf.dispose([x, targets]);
  optimizer.dispose();
}

function clone(model: Mlp): Mlp {
  const copy = Mlp.create(model.spec);
  copy.setFlatWeights(model.getFlatWeights());
  return copy;
}

const pct = (a: number): string => `${(100 * a).toFixed(1)}%`;

describe.each(TEST_BACKENDS)('compressing the two-moons MLP on %s', (backend) => {
  let base: Mlp;
  let baseAccuracy: number;

  beforeAll(async () => {
    await useBackend(backend);
    base = Mlp.create(BASE);
    train(base, TRAIN_STEPS);
    baseAccuracy = accuracy(base);
    console.log(`[${backend}] float32 ${BASE.layerSizes.join('-')} validation accuracy ${pct(baseAccuracy)}`);
  });

  afterAll(() => base.dispose());

  it('simulated inference without quantization equals the model forward pass', () => {
    const x = tf.tensor2d(DATA.validation.x, [DATA.validation.n, 2]);
    const a = base.forward(x);
    const b = simulatedForward(base, x);
    expect(Math.max(...tf.abs(tf.sub(a, b)).dataSync())).toBeLessThan(1e-5);
    tf.dispose([x, a, b]);
  });

  it('loses at most 1 point of validation accuracy with int8 PTQ (weights + calibrated activations)', () => {
    const ptq = postTrainingQuantize(base, { bits: 8, calibration: DATA.train.x });
    const { before, after } = evaluatePtq(base, DATA.validation, ptq);
    console.log(`[${backend}] int8 PTQ: ${pct(before.accuracy!)} -> ${pct(after.accuracy!)}`);
    console.table(ptq.tensors.map((t) => ({ name: t.name, shape: t.shape.join('x'), format: t.format })));
    expect(after.accuracy!).toBeGreaterThanOrEqual(before.accuracy! - 0.01);
    expect(ptq.tensors.filter((t) => t.quantized).map((t) => t.name)).toEqual(['dense0/kernel', 'dense1/kernel', 'dense2/kernel']);
    expect(ptq.quantization.activations?.ranges.map((r) => r.name)).toEqual(['input', 'dense0/output', 'dense1/output', 'dense2/output']);
  });

  it('reports kernels below minElements as kept in float32, as TFLite does below 1024 elements', () => {
    const ptq = postTrainingQuantize(base, { bits: 8, minElements: 1024 });
    expect(ptq.tensors.every((t) => !t.quantized)).toBe(true);
    expect(ptq.tensors[0]!.format).toBe('kept float32: fewer than minElements = 1024 elements');
  });

  it.each([4, 3, 2])('recovers accuracy at int%d with QAT, compared with PTQ', (bits) => {
    const ptq = evaluatePtq(base, DATA.validation, postTrainingQuantize(base, { bits })).after.accuracy!;
    const student = clone(base);
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    trainQuantizationAware(student, optimizer, DATA.train, { steps: 150, weights: { bits } });
    const qat = evaluatePtq(student, DATA.validation, postTrainingQuantize(student, { bits })).after.accuracy!;
    console.log(`[${backend}] int${bits}: float ${pct(baseAccuracy)}, PTQ ${pct(ptq)}, QAT ${pct(qat)}`);
    expect(qat).toBeGreaterThanOrEqual(ptq - 0.01);
    // at 2 bits (ternary codes -1, 0, 1) PTQ collapses and QAT is what makes the model usable at all
    if (bits === 2) expect(qat).toBeGreaterThanOrEqual(ptq + 0.2);
    optimizer.dispose();
    student.dispose();
  });

  it('loses at most 1 point after 50% magnitude pruning and fine-tuning', () => {
    const pruned = clone(base);
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    const result = trainWithPruning(pruned, optimizer, DATA.train, {
      steps: 150,
      schedule: (s) => constantSparsity(s, { targetSparsity: 0.5, endStep: 0 }),
    });
    const after = accuracy(pruned);
    console.log(`[${backend}] 50% unstructured pruning + fine-tune: ${pct(baseAccuracy)} -> ${pct(after)}`);
    console.table(result.report);
    expect(after).toBeGreaterThanOrEqual(baseAccuracy - 0.01);
    for (const row of result.report.filter((r) => r.name.endsWith('/kernel'))) expect(row.sparsity).toBe(0.5);
    optimizer.dispose();
    pruned.dispose();
  });

  it('keeps pruned weights at zero through 100 Adam steps with a gradual PolynomialDecay schedule', () => {
    const pruned = clone(base);
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    const result = trainWithPruning(pruned, optimizer, DATA.train, {
      steps: 100,
      scope: 'global',
      schedule: (s) => polynomialDecay(s, { initialSparsity: 0.2, finalSparsity: 0.6, endStep: 60, frequency: 20 }),
    });
    expect(result.pruneSteps).toEqual([0, 20, 40, 60]);
    const weights = pruned.getFlatWeights();
    result.mask.forEach((m, i) => {
      // a masked negative weight becomes -0, which is still a stored zero
      if (m === 0) expect(weights[i] === 0).toBe(true);
    });
    const kernels = result.report.filter((r) => r.name.endsWith('/kernel'));
    const zeros = kernels.reduce((n, r) => n + r.zeros, 0);
    const size = kernels.reduce((n, r) => n + r.size, 0);
    expect(zeros).toBe(size - Math.round(size * 0.4));
    optimizer.dispose();
    pruned.dispose();
  });

  it('removes whole hidden neurons with structured pruning and still classifies', () => {
    const pruned = clone(base);
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    trainWithPruning(pruned, optimizer, DATA.train, {
      steps: 150,
      structure: 'neurons',
      schedule: (s) => constantSparsity(s, { targetSparsity: 0.5, endStep: 0 }),
    });
    const w = pruned.getWeights();
    const bias0 = w.find((t) => t.name === 'dense0/bias')!.values;
    const kernel0 = w.find((t) => t.name === 'dense0/kernel')!.values;
    const dead = [...bias0.keys()].filter((j) => bias0[j] === 0 && kernel0[j] === 0 && kernel0[16 + j] === 0);
    expect(dead.length).toBe(8);
    const after = accuracy(pruned);
    console.log(`[${backend}] 50% neuron pruning + fine-tune: ${pct(baseAccuracy)} -> ${pct(after)}`);
    expect(after).toBeGreaterThan(0.9);
    optimizer.dispose();
    pruned.dispose();
  });

  it('distils a student at least 4x smaller to within 2 points of its teacher', async () => {
    const teacher = Mlp.create({ layerSizes: [2, 32, 32, 1], activation: 'tanh', seed: 'teacher' });
    train(teacher, TRAIN_STEPS);
    const student = Mlp.create({ layerSizes: [2, 8, 8, 1], activation: 'tanh', seed: 'student' });
    const optimizer = createOptimizer({ name: 'adam', lr: 0.03 });
    await trainDistilled(student, teacher, optimizer, DATA.train, { temperature: 2, alpha: 0.7, steps: TRAIN_STEPS });
    const [t, s] = [accuracy(teacher), accuracy(student)];
    console.log(`[${backend}] distillation: teacher ${teacher.paramCount} params ${pct(t)}, student ${student.paramCount} params ${pct(s)}`);
    expect(teacher.paramCount / student.paramCount).toBeGreaterThanOrEqual(4);
    expect(s).toBeGreaterThanOrEqual(t - 0.02);
    optimizer.dispose();
    teacher.dispose();
    student.dispose();
  });

  it('leaves no tensors behind after PTQ evaluation and a masked update', () => {
    const before = tf.memory().numTensors;
    const ptq = postTrainingQuantize(base, { bits: 4, calibration: DATA.train.x });
    evaluateSimulated(base, DATA.validation, { weights: ptq.tensors, quantization: ptq.quantization });
    const copy = clone(base);
    applyModelMask(copy, modelPruningMask(copy, { sparsity: 0.5 }));
    copy.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
