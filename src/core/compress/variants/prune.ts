/**
 * Magnitude pruning, one-shot or with fine-tuning (the mask re-applied after every step), on a copy of the model.
 * The pruned model is stored dense in float32, so only gzip sees the zeros.
 */
import { isKernel, Mlp } from '../../model/mlp';
import { createOptimizer } from '../../optimizers/tensor-optimizer';
import { constantSparsity } from '../pruning-schedule';
import { applyModelMask, modelPruningMask, trainWithPruning, trainWithPruningAsync } from '../pruning-training';
import { float32Bytes } from '../tensor-bytes';
import { FINE_TUNE_LR, type CompressionVariant } from './variant';

export const pruneVariant: CompressionVariant<'prune'> = async ({ sparsity, structure, fineTuneSteps }, { model, weights, data, control }) => {
  const copy = Mlp.create(model.spec);
  const optimizer = fineTuneSteps > 0 ? createOptimizer({ name: 'adam', lr: FINE_TUNE_LR }) : undefined;
  try {
    copy.setWeights(weights);
    applyModelMask(copy, modelPruningMask(copy, { sparsity, structure }));
    if (optimizer !== undefined) {
      const schedule = (step: number) => constantSparsity(step, { targetSparsity: sparsity, endStep: 0 });
      const options = { steps: fineTuneSteps, structure, schedule };
      // In the worker the fine-tune reports its steps and can be cancelled.
      control?.begin(fineTuneSteps, 'step');
      if (control === undefined) trainWithPruning(copy, optimizer, data.train, options);
      else await trainWithPruningAsync(copy, optimizer, data.train, options, { control, offset: 0 });
    }
    const pruned = copy.getWeights();
    const notes = [
      'Pruned weights are set to exactly 0 and the model is stored dense in float32, so the raw size does not change; gzip shrinks it because runs of zeros compress well.',
      structure === 'neurons'
        ? 'Whole hidden neurons are zeroed (a kernel column and its bias); a real deployment would delete them and get a smaller dense layer.'
        : 'Unstructured pruning zeroes single kernel weights by magnitude, per layer; biases are never pruned.',
    ];
    if (fineTuneSteps > 0) notes.push(`Fine-tuning: ${fineTuneSteps} full-batch Adam steps (lr ${FINE_TUNE_LR}) with the mask re-applied after every step.`);
    return {
      label: `pruned ${Math.round(sparsity * 100)}% ${structure === 'neurons' ? 'neurons' : 'weights'}${fineTuneSteps > 0 ? ` + ${fineTuneSteps} fine-tune steps` : ''}`,
      weights: pruned,
      bytes: pruned.map((w) => float32Bytes(w.values)),
      tensors: pruned.map((w) => {
        const zeros = w.values.reduce((n, v) => n + (v === 0 ? 1 : 0), 0);
        return { name: w.name, shape: w.shape, format: `${Math.round((100 * zeros) / Math.max(1, w.values.length))}% zeros${isKernel(w) ? '' : ' (bias)'}` };
      }),
      notes,
    };
  } finally {
    optimizer?.dispose();
    copy.dispose();
  }
};
