/** A small trained MLP and its data for the variant tests (tanh, 2-8-12-1, moons), on the CPU backend. */
import * as tf from '@tensorflow/tfjs-core';
import { runSteps } from '../../../../src/core/compress/training-steps';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { makeDataset } from '../../../../src/core/data';
import { isKernel, Mlp, type NamedWeights } from '../../../../src/core/model/mlp';
import { createOptimizer } from '../../../../src/core/optimizers/tensor-optimizer';
import { useBackend } from '../../helpers';

export async function trainedInput(layerSizes: number[] = [2, 8, 12, 1], steps = 150): Promise<VariantInput> {
  await useBackend('cpu');
  const data = makeDataset('moons', { n: 160, noise: 0.15, seed: 'variant-tests' });
  const model = Mlp.create({ layerSizes, activation: 'tanh', seed: 'variant-tests' });
  const optimizer = createOptimizer({ name: 'adam', lr: 0.02 });
  const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
  const targets = model.targets(data.train);
  runSteps(optimizer, model.params, (p) => model.loss(model.forward(x, p), targets), { steps, readEvery: steps }, 'test');
  tf.dispose([x, targets]);
  optimizer.dispose();
  return { model, weights: model.getWeights(), data };
}

export const kernelsOf = (weights: readonly NamedWeights[]): NamedWeights[] => weights.filter(isKernel);
export const biasesOf = (weights: readonly NamedWeights[]): NamedWeights[] => weights.filter((w) => !isKernel(w));
