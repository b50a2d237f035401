/**
 * The compression lab's worker job: rebuild the trained model from its weights, produce ONE compressed variant
 * (float16 / integer quantization, magnitude pruning with optional fine-tuning, or distillation into a smaller
 * student) and measure it: validation accuracy, size raw and gzip from real bytes, kernel histograms, and the
 * decision boundary. Quantized models are evaluated with dequantized weights in float32 math (simulated
 * "fake-quant" inference, weights only); biases stay float32 in every variant.
 */
import { castToFloat16 } from '../compress/float16';
import { measureSize, type SizePair } from '../compress/compressed-size';
import { trainDistilled } from '../compress/distillation-training';
import { modelPruningMask, applyModelMask, trainWithPruning, type PruningStructure } from '../compress/pruning-training';
import { constantSparsity } from '../compress/pruning-schedule';
import { postTrainingQuantize } from '../compress/post-training-quantization';
import type { QuantizationGranularity } from '../compress/quantize';
import type { QuantizationScheme } from '../compress/quantization-params';
import { concatBytes, float16Bytes, float32Bytes, quantizedBytes } from '../compress/tensor-bytes';
import { makeDataset, type DatasetName, type DatasetOptions } from '../data';
import type { GridSpec } from '../grid';
import { Mlp, type MlpSpec, type NamedWeights } from '../model/mlp';
import { createOptimizer } from '../optimizers/tensor-optimizer';
import { predictField } from './prediction-field';
import { weightHistogram, type WeightHistogram } from './weight-histogram';

export type CompressionSpec =
  | { kind: 'quantize'; format: 'fp16' }
  | { kind: 'quantize'; format: 'int'; bits: number; granularity: QuantizationGranularity; scheme: QuantizationScheme }
  | { kind: 'prune'; sparsity: number; structure: PruningStructure; fineTuneSteps: number }
  | { kind: 'distill'; hidden: number[]; temperature: number; alpha: number; steps: number };

export interface CompressJob {
  model: MlpSpec;
  weights: NamedWeights[];
  dataset: { name: DatasetName; options?: DatasetOptions };
  spec: CompressionSpec;
  /** Where to sample the compressed model's decision boundary. */
  grid?: GridSpec | undefined;
}

export interface TensorNote {
  name: string;
  shape: number[];
  /** e.g. 'int8 symmetric per-channel (16 scales)', 'float16', 'kept float32: bias', '62% zeros'. */
  format: string;
}

export interface CompressedModel {
  label: string;
  /** Validation accuracy in [0, 1] (undefined for regression) and loss. */
  accuracy: number | undefined;
  loss: number;
  size: SizePair;
  parameters: number;
  field: Float32Array | undefined;
}

export interface CompressionResult {
  original: Omit<CompressedModel, 'field' | 'label'>;
  variant: CompressedModel;
  /** Distillation only: a student of the same size trained on hard labels only (alpha 0), same seed and steps. */
  baseline: CompressedModel | undefined;
  histogram: WeightHistogram;
  tensors: TensorNote[];
  /** Plain sentences on what was measured and how (units, simulated inference). */
  notes: string[];
}

const isKernel = (w: NamedWeights): boolean => w.shape.length === 2;
const FINE_TUNE_LR = 0.01;

async function sizeOf(parts: Uint8Array[]): Promise<SizePair> {
  return measureSize(concatBytes(parts));
}

function describeBits(bits: number): string {
  return `int${bits}`;
}

async function measure(model: Mlp, label: string, weights: readonly NamedWeights[] | undefined, validation: ReturnType<typeof makeDataset>['validation'], bytes: Uint8Array[], grid: GridSpec | undefined): Promise<CompressedModel> {
  const evaluation = model.evaluate(validation, weights === undefined ? {} : { weights });
  let field: Float32Array | undefined;
  if (grid !== undefined) {
    if (weights === undefined) field = predictField(model, grid);
    else {
      const saved = model.getFlatWeights();
      model.setWeights(weights);
      field = predictField(model, grid);
      model.setFlatWeights(saved);
    }
  }
  return { label, accuracy: evaluation.accuracy, loss: evaluation.loss, size: await sizeOf(bytes), parameters: model.paramCount, field };
}

export async function runCompression(job: CompressJob): Promise<CompressionResult> {
  const data = makeDataset(job.dataset.name, job.dataset.options);
  const model = Mlp.create(job.model);
  const disposables: Mlp[] = [model];
  try {
    model.setWeights(job.weights);
    const original = model.getWeights();
    const fp32 = original.map((w) => float32Bytes(w.values));
    const base = await measure(model, 'original float32', undefined, data.validation, fp32, undefined);
    const notes: string[] = [];
    let variant: CompressedModel;
    let baseline: CompressedModel | undefined;
    let after: NamedWeights[];
    let tensors: TensorNote[];
    const spec = job.spec;

    if (spec.kind === 'quantize' && spec.format === 'fp16') {
      after = original.map((w) => (isKernel(w) ? { ...w, values: castToFloat16(w.values) } : w));
      tensors = original.map((w) => ({ name: w.name, shape: w.shape, format: isKernel(w) ? 'float16' : 'kept float32: bias' }));
      const bytes = original.map((w) => (isKernel(w) ? float16Bytes(w.values) : float32Bytes(w.values)));
      variant = await measure(model, 'float16 kernels', after, data.validation, bytes, job.grid);
      notes.push('Kernels are rounded to float16 (2 bytes each); biases stay float32. Inference runs in float32 on the rounded values.');
    } else if (spec.kind === 'quantize') {
      const ptq = postTrainingQuantize(model, { bits: spec.bits, scheme: spec.scheme, granularity: spec.granularity });
      after = ptq.weights;
      tensors = ptq.tensors.map((t) => ({ name: t.name, shape: t.shape, format: t.format }));
      const bytes = original.map((w) => {
        const q = ptq.quantized.find((p) => p.name === w.name);
        return q === undefined ? float32Bytes(w.values) : quantizedBytes(q.tensor);
      });
      variant = await measure(model, `${describeBits(spec.bits)} ${spec.scheme} ${spec.granularity}`, after, data.validation, bytes, job.grid);
      notes.push(
        `Kernels are stored as ${spec.bits}-bit codes (bit-packed) plus one float32 scale per ${spec.granularity === 'per-channel' ? 'output unit' : 'tensor'}${spec.scheme === 'asymmetric' ? ' and a zero point' : ''}; biases stay float32.`,
        'Accuracy is simulated ("fake-quant"): the codes are dequantized and the forward pass runs in float32. Activations are not quantized, and no real int8 kernels run, so this shows the accuracy and size effects, not a speed-up.',
      );
    } else if (spec.kind === 'prune') {
      const mask = modelPruningMask(model, { sparsity: spec.sparsity, structure: spec.structure });
      applyModelMask(model, mask);
      if (spec.fineTuneSteps > 0) {
        const optimizer = createOptimizer({ name: 'adam', lr: FINE_TUNE_LR });
        try {
          trainWithPruning(model, optimizer, data.train, {
            steps: spec.fineTuneSteps,
            structure: spec.structure,
            schedule: (step) => constantSparsity(step, { targetSparsity: spec.sparsity, endStep: 0 }),
          });
        } finally {
          optimizer.dispose();
        }
      }
      after = model.getWeights();
      tensors = after.map((w) => {
        const zeros = w.values.reduce((n, v) => n + (v === 0 ? 1 : 0), 0);
        return { name: w.name, shape: w.shape, format: `${Math.round((100 * zeros) / Math.max(1, w.values.length))}% zeros${isKernel(w) ? '' : ' (bias)'}` };
      });
      const label = `pruned ${Math.round(spec.sparsity * 100)}% ${spec.structure === 'neurons' ? 'neurons' : 'weights'}${spec.fineTuneSteps > 0 ? ` + ${spec.fineTuneSteps} fine-tune steps` : ''}`;
      variant = await measure(model, label, undefined, data.validation, after.map((w) => float32Bytes(w.values)), job.grid);
      notes.push(
        'Pruned weights are set to exactly 0 and the model is stored dense in float32, so the raw size does not change; gzip shrinks it because runs of zeros compress well.',
        spec.structure === 'neurons'
          ? 'Whole hidden neurons are zeroed (a kernel column and its bias); a real deployment would delete them and get a smaller dense layer.'
          : 'Unstructured pruning zeroes single kernel weights by magnitude, per layer; biases are never pruned.',
      );
      if (spec.fineTuneSteps > 0) notes.push(`Fine-tuning: ${spec.fineTuneSteps} full-batch Adam steps (lr ${FINE_TUNE_LR}) with the mask re-applied after every step.`);
    } else {
      const layerSizes = [model.inputDim, ...spec.hidden, model.outputDim];
      const studentSpec: MlpSpec = { layerSizes, activation: model.spec.activation, task: model.spec.task, seed: 'student' };
      const train = (alpha: number): Mlp => {
        const student = Mlp.create(studentSpec);
        disposables.push(student);
        const optimizer = createOptimizer({ name: 'adam', lr: FINE_TUNE_LR });
        try {
          trainDistilled(student, model, optimizer, data.train, { steps: spec.steps, temperature: spec.temperature, alpha });
        } finally {
          optimizer.dispose();
        }
        return student;
      };
      const student = train(spec.alpha);
      const hardOnly = train(0);
      after = student.getWeights();
      tensors = after.map((w) => ({ name: `student ${w.name}`, shape: w.shape, format: 'float32' }));
      const sizes = `${layerSizes.join('-')}`;
      variant = await measure(student, `student ${sizes}, T = ${spec.temperature}, alpha = ${spec.alpha}`, undefined, data.validation, after.map((w) => float32Bytes(w.values)), job.grid);
      baseline = await measure(hardOnly, `student ${sizes}, hard labels only`, undefined, data.validation, hardOnly.getWeights().map((w) => float32Bytes(w.values)), job.grid);
      notes.push(
        `The student (${sizes}, ${student.paramCount} parameters vs ${model.paramCount}) learns from the teacher's softened outputs at temperature T with weight alpha, and from the true labels with weight 1 - alpha; ${spec.steps} full-batch Adam steps.`,
        'The hard-label row is the same student (same seed, same steps) trained with alpha = 0, to show what the teacher adds.',
      );
    }
    const histogram = weightHistogram(original, after);
    return { original: { accuracy: base.accuracy, loss: base.loss, size: base.size, parameters: base.parameters }, variant, baseline, histogram, tensors, notes };
  } finally {
    for (const m of disposables) m.dispose();
  }
}
