/**
 * Distillation into a smaller student (the model is the frozen teacher), plus the same student trained on hard
 * labels only (alpha 0, same seed and steps) as the row that shows what the teacher adds.
 */
import { Mlp, type MlpSpec, type NamedWeights } from '../../model/mlp';
import { createOptimizer } from '../../optimizers/tensor-optimizer';
import { trainDistilled } from '../distillation-training';
import { float32Bytes } from '../tensor-bytes';
import { FINE_TUNE_LR, type CompressionVariant } from './variant';

export const distillVariant: CompressionVariant<'distill'> = async ({ hidden, temperature, alpha, steps }, { model, data, control }) => {
  const layerSizes = [model.inputDim, ...hidden, model.outputDim];
  const architecture: MlpSpec = { layerSizes, activation: model.spec.activation, task: model.spec.task, seed: 'student' };
  // Two trainings of `steps` each (the student, then the hard-label baseline): one progress count over both.
  control?.begin(2 * steps, 'step');
  const train = async (a: number, offset: number): Promise<{ weights: NamedWeights[]; parameters: number }> => {
    const student = Mlp.create(architecture);
    const optimizer = createOptimizer({ name: 'adam', lr: FINE_TUNE_LR });
    try {
      await trainDistilled(student, model, optimizer, data.train, { steps, temperature, alpha: a, control: control === undefined ? undefined : { control, offset } });
      return { weights: student.getWeights(), parameters: student.paramCount };
    } finally {
      optimizer.dispose();
      student.dispose();
    }
  };
  const student = await train(alpha, 0);
  const hardOnly = await train(0, steps);
  const sizes = layerSizes.join('-');
  return {
    label: `student ${sizes}, T = ${temperature}, alpha = ${alpha}`,
    weights: student.weights,
    bytes: student.weights.map((w) => float32Bytes(w.values)),
    tensors: student.weights.map((w) => ({ name: `student ${w.name}`, shape: w.shape, format: 'float32' })),
    notes: [
      `The student (${sizes}, ${student.parameters} parameters vs ${model.paramCount}) learns from the teacher's softened outputs at temperature T with weight alpha, and from the true labels with weight 1 - alpha; ${steps} full-batch Adam steps.`,
      'The hard-label row is the same student (same seed, same steps) trained with alpha = 0, to show what the teacher adds.',
    ],
    architecture,
    baseline: { label: `student ${sizes}, hard labels only`, weights: hardOnly.weights },
  };
};
