/**
 * 2:4 semi-structured pruning (semiStructuredPrune) of every kernel: of each 4 consecutive inputs of an output unit,
 * the 2 largest magnitudes stay. Optionally fine-tuned afterwards (full-batch Adam, the mask re-applied after every
 * step). Stored as sparse tensor cores read it: the kept float32 values plus a 2-bit position each; biases float32.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isKernel, Mlp, type NamedWeights } from '../../model/mlp';
import { createOptimizer } from '../../optimizers/tensor-optimizer';
import { packCodes } from '../bit-packing';
import { applyModelMask } from '../pruning-training';
import { semiStructuredPrune } from '../semi-structured-pruning';
import { concatBytes, float32Bytes } from '../tensor-bytes';
import { runSteps } from '../training-steps';
import { averageBits } from './kernel-layout';
import { FINE_TUNE_LR, type CompressionVariant, type QuickCompressionVariant } from './variant';

/** Kept values (float32) then their 2-bit positions in the group of 4, output by output, group by group. */
export function sparse24Bytes(values: ArrayLike<number>, mask: Uint8Array, inputs: number, outputs: number): Uint8Array {
  const kept: number[] = [];
  const positions: number[] = [];
  for (let o = 0; o < outputs; o++) {
    for (let start = 0; start < inputs; start += 4) {
      for (let i = start; i < Math.min(inputs, start + 4); i++) {
        if (mask[i * outputs + o] === 1) {
          kept.push(values[i * outputs + o] as number);
          positions.push(i - start);
        }
      }
    }
  }
  return concatBytes([float32Bytes(kept), packCodes(positions, 2, 0)]);
}

function fineTune(model: Mlp, weights: NamedWeights[], masks: (Uint8Array | undefined)[], steps: number, data: Parameters<CompressionVariant<'sparse24'>>[1]['data']): NamedWeights[] {
  const copy = Mlp.create(model.spec);
  const optimizer = createOptimizer({ name: 'adam', lr: FINE_TUNE_LR });
  const flatMask = copy.flatten(weights.map((w, i) => ({ ...w, values: masks[i] === undefined ? new Float32Array(w.values.length).fill(1) : Float32Array.from(masks[i]) })));
  const mask = tf.tensor1d(flatMask);
  const x = tf.tensor2d(data.train.x, [data.train.n, model.inputDim]);
  const targets = copy.targets(data.train);
  try {
    copy.setWeights(weights);
    runSteps(optimizer, copy.params, (p) => copy.loss(copy.forward(x, p), targets), { steps, readEvery: steps, afterStep: () => applyModelMask(copy, mask) }, 'sparse24 fine-tuning');
    return copy.getWeights();
  } finally {
    tf.dispose([mask, x, targets]);
    optimizer.dispose();
    copy.dispose();
  }
}

export const sparse24Variant: QuickCompressionVariant<'sparse24'> = ({ fineTuneSteps }, { model, weights, data }) => {
  const pruned = weights.map((w) => (isKernel(w) ? semiStructuredPrune(w.values, [w.shape[0]!, w.shape[1]!]) : undefined));
  const masks = pruned.map((p) => p?.mask);
  let result: NamedWeights[] = weights.map((w, i) => ({ ...w, values: pruned[i]?.pruned ?? w.values }));
  if (fineTuneSteps > 0) result = fineTune(model, result, masks, fineTuneSteps, data);
  const notes = [
    'In every group of 4 consecutive inputs of an output unit the 2 largest magnitudes stay and 2 become 0: half the weights, in the pattern NVIDIA sparse tensor cores (Ampere and later) accelerate.',
    'Stored as the kept float32 values plus a 2-bit position for each: 17 bits per weight. Biases are not pruned. Inference here is dense float32, so no speed-up can show.',
  ];
  if (fineTuneSteps > 0) notes.push(`Fine-tuning: ${fineTuneSteps} full-batch Adam steps (lr ${FINE_TUNE_LR}) with the 2:4 mask re-applied after every step.`);
  return {
    label: `2:4 sparse${fineTuneSteps > 0 ? ` + ${fineTuneSteps} fine-tune steps` : ''}`,
    weights: result,
    bytes: result.map((w, i) => (masks[i] === undefined ? float32Bytes(w.values) : sparse24Bytes(w.values, masks[i], w.shape[0]!, w.shape[1]!))),
    tensors: result.map((w, i) => ({ name: w.name, shape: w.shape, format: masks[i] === undefined ? 'kept float32: bias' : '2:4 sparse, float32 values + 2-bit positions' })),
    bitsPerWeight: averageBits(pruned.flatMap((p) => (p === undefined ? [] : [{ values: p.mask.length, bitsPerWeight: p.bitsPerWeight }]))),
    notes,
  };
};
