/**
 * Quantization-aware training (QAT): the forward pass uses fake-quantized kernels (per-channel symmetric, as PTQ
 * will deploy them) and the straight-through estimator passes gradients to the float weights, so training learns
 * weights that survive rounding. Works with any core TensorOptimizer, since it only supplies the objective.
 * After training, run postTrainingQuantize() with the same bits to get the deployed integer weights.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../data';
import type { Mlp } from '../model/mlp';
import type { TensorOptimizer } from '../optimizers/tensor-optimizer';
import { resolveFakeQuantOptions, type FakeQuantOptions } from './fake-quant';
import { simulatedForward, type ActivationQuantization } from './simulated-inference';
import { runSteps, type LossHistory } from './training-steps';

export interface QatOptions {
  /** Training steps (full batch). */
  steps: number;
  /** Kernel fake-quantization. Default: 8 bits, symmetric, per-channel along the output units. */
  weights?: FakeQuantOptions;
  /** Also fake-quantize activations with these calibrated ranges. Default: no. */
  activations?: ActivationQuantization | undefined;
  /** Loss read-back interval. Default 25. */
  readEvery?: number;
}

/** Fine-tunes `model` in place with fake quantization in the loop; returns the loss history. */
export function trainQuantizationAware(model: Mlp, optimizer: TensorOptimizer, data: Dataset, options: QatOptions): LossHistory {
  const where = 'trainQuantizationAware()';
  const weights: FakeQuantOptions = { bits: 8, scheme: 'symmetric', granularity: 'per-channel', axis: -1, ...options.weights };
  resolveFakeQuantOptions(weights, where);
  const x = tf.tensor2d(data.x, [data.n, model.inputDim]);
  const targets = model.targets(data);
  try {
    const objective = (params: tf.Tensor1D): tf.Scalar =>
      model.loss(simulatedForward(model, x, { weights, activations: options.activations }, params), targets);
    return runSteps(optimizer, model.params, objective, { steps: options.steps, readEvery: options.readEvery ?? 25 }, where);
  } finally {
    x.dispose();
    targets.dispose();
  }
}
