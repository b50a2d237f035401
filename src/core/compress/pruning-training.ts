/**
 * Magnitude pruning of the core MLP during training, tfmot style: on the schedule's pruning steps the masks are
 * recomputed from the current weights at the scheduled sparsity; after every optimizer update the weights are
 * multiplied by the masks, so pruned weights stay exactly zero whatever the optimizer's momentum says.
 * Unstructured pruning masks kernel elements (biases are never pruned, as in tfmot); structured pruning removes
 * whole hidden neurons (a kernel column and its bias), never output units.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../data';
import type { Mlp, NamedWeights } from '../model/mlp';
import type { TensorOptimizer } from '../optimizers/tensor-optimizer';
import { magnitudeMasks, neuronMask, sparsityReport, type PruningScope, type SparsityRow } from './magnitude-pruning';
import type { PruningDecision } from './pruning-schedule';
import { runSteps, runStepsAsync, type LossHistory, type StepControl } from './training-steps';
import { checkOneOf, checkSparsity } from './validate';

export type PruningStructure = 'unstructured' | 'neurons';

export interface ModelMaskOptions {
  sparsity: number;
  /** Default 'layer'. 'global' applies to unstructured pruning only. */
  scope?: PruningScope;
  /** Default 'unstructured'. */
  structure?: PruningStructure;
}

/** A 0/1 mask over the model's flat parameter vector (1 = keep). */
export function modelPruningMask(model: Mlp, options: ModelMaskOptions, weights: readonly NamedWeights[] = model.getWeights()): Float32Array {
  const where = 'modelPruningMask()';
  const sparsity = checkSparsity(options.sparsity, 'sparsity', where);
  const scope = checkOneOf(options.scope ?? 'layer', 'scope', ['layer', 'global'] as const, where);
  const structure = checkOneOf(options.structure ?? 'unstructured', 'structure', ['unstructured', 'neurons'] as const, where);
  if (structure === 'neurons' && scope === 'global') {
    throw new Error(`scope must be "layer" for structure "neurons" (neuron norms of different layers are not comparable) (got "global") in ${where}`);
  }
  const mask = new Float32Array(model.paramCount).fill(1);
  const kernels = model.kernels;
  const values = (name: string): Float32Array => {
    const w = weights.find((t) => t.name === name);
    if (w === undefined) throw new Error(`weights are missing "${name}" in ${where}`);
    return w.values;
  };
  if (structure === 'unstructured') {
    const { masks } = magnitudeMasks(kernels.map((k) => values(k.name)), { sparsity, scope });
    kernels.forEach((k, i) => mask.set(masks[i]!, k.offset));
    return mask;
  }
  // Hidden layers only: removing an output unit would change what the model predicts, not just its size.
  for (let i = 0; i + 1 < kernels.length; i++) {
    const kernel = kernels[i]!;
    const bias = model.layout.find((t) => t.name === kernel.name.replace('/kernel', '/bias'))!;
    const [inputs, units = 1] = kernel.shape;
    const result = neuronMask(values(kernel.name), { shape: [inputs, units], sparsity });
    mask.set(result.kernel, kernel.offset);
    mask.set(result.units, bias.offset);
  }
  return mask;
}

/** Multiplies the model's parameters by a flat mask (in place). */
export function applyModelMask(model: Mlp, mask: Float32Array | tf.Tensor1D): void {
  tf.tidy(() => {
    const m = mask instanceof Float32Array ? tf.tensor1d(mask) : mask;
    model.params.assign(tf.mul(model.params, m));
  });
}

/** Zeros per tensor and in total. */
export function modelSparsityReport(model: Mlp): SparsityRow[] {
  return sparsityReport(model.getWeights().map((w) => ({ name: w.name, values: w.values })));
}

export interface PruningTrainingOptions {
  steps: number;
  /** Sparsity and whether to recompute masks at each step, e.g. s => polynomialDecay(s, {...}). */
  schedule: (step: number) => PruningDecision;
  /** Default 'layer'. */
  scope?: PruningScope;
  /** Default 'unstructured'. */
  structure?: PruningStructure;
  /** Loss read-back interval. Default 25. */
  readEvery?: number;
}

export interface PruningTrainingResult {
  losses: LossHistory;
  /** The last mask, over the flat parameters. */
  mask: Float32Array;
  report: SparsityRow[];
  /** Steps on which masks were recomputed. */
  pruneSteps: number[];
}

/** What both loops share: the data tensors, the current mask and the step hooks; `dispose` frees the tensors. */
function pruningSetup(model: Mlp, data: Dataset, options: PruningTrainingOptions) {
  const scope = options.scope ?? 'layer';
  const structure = options.structure ?? 'unstructured';
  // Validate scope/structure once, before training starts.
  modelPruningMask(model, { sparsity: 0, scope, structure });
  const x = tf.tensor2d(data.x, [data.n, model.inputDim]);
  const targets = model.targets(data);
  let maskValues: Float32Array = new Float32Array(model.paramCount).fill(1);
  let mask = tf.tensor1d(maskValues);
  const pruneSteps: number[] = [];
  return {
    objective: (params: tf.Tensor1D): tf.Scalar => model.loss(model.forward(x, params), targets),
    steps: {
      steps: options.steps,
      readEvery: options.readEvery ?? 25,
      beforeStep: (step: number) => {
        const decision = options.schedule(step);
        if (!decision.shouldPrune) return;
        maskValues = modelPruningMask(model, { sparsity: decision.sparsity, scope, structure });
        mask.dispose();
        mask = tf.tensor1d(maskValues);
        pruneSteps.push(step);
        applyModelMask(model, mask);
      },
      afterStep: () => applyModelMask(model, mask),
    },
    result: (losses: LossHistory): PruningTrainingResult => ({ losses, mask: maskValues, report: modelSparsityReport(model), pruneSteps }),
    dispose: () => tf.dispose([x, targets, mask]),
  };
}

/**
 * Trains `model` in place while pruning it: recompute masks on the schedule's pruning steps, apply them after
 * every update. One-shot pruning plus fine-tuning is the schedule s => constantSparsity(s, { targetSparsity,
 * endStep: 0 }).
 */
export function trainWithPruning(model: Mlp, optimizer: TensorOptimizer, data: Dataset, options: PruningTrainingOptions): PruningTrainingResult {
  const setup = pruningSetup(model, data, options);
  try {
    return setup.result(runSteps(optimizer, model.params, setup.objective, setup.steps, 'trainWithPruning()'));
  } finally {
    setup.dispose();
  }
}

/** trainWithPruning for the worker: reports each step to `control`, which may cancel it (JobCancelled, tensors freed). */
export async function trainWithPruningAsync(model: Mlp, optimizer: TensorOptimizer, data: Dataset, options: PruningTrainingOptions, control: StepControl): Promise<PruningTrainingResult> {
  const setup = pruningSetup(model, data, options);
  try {
    return setup.result(await runStepsAsync(optimizer, model.params, setup.objective, setup.steps, 'trainWithPruning()', control));
  } finally {
    setup.dispose();
  }
}
