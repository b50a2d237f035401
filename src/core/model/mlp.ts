/**
 * A multilayer perceptron built from raw tfjs-core ops, the model behind the training and compression demos.
 *
 * All parameters live in ONE flat float32 variable (`params`); each layer's kernel and bias are slice views of it.
 * That keeps an optimizer step at ~10 ops in total instead of ~10 per tensor (see performance-notes.md).
 * Layout, in order: dense0/kernel [in, out] (row-major), dense0/bias [out], dense1/kernel, ...
 *
 * Stable API used by the compression core:
 * - `Mlp.create(spec)`; `mlp.layout` (names, shapes, offsets); `mlp.kernels`; `mlp.kernelMask(value)`; `mlp.paramCount`
 * - `isKernel(tensor)`: the one test for "kernel, not bias" (what compression and L2 act on)
 * - `mlp.getWeights()` / `mlp.setWeights(weights)`: plain Float32Arrays per tensor, named `dense{i}/kernel|bias`
 * - `mlp.getFlatWeights()` / `mlp.setFlatWeights(values)`
 * - `mlp.forward(x, params?)` (tensors) and `mlp.predict(x, { weights? })` (plain arrays in and out)
 * - `mlp.evaluate(dataset, { weights? })` -> { loss, accuracy } with accuracy undefined for regression
 * - `mlp.loss(outputs, targets)`, `mlp.targets(dataset)` to build training objectives
 * - `mlp.dispose()`
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset, Task } from '../data';
import { createRng, type Seed } from '../random';
import { binaryCrossEntropyWithLogits, meanSquaredError, softmaxCrossEntropyWithLogits } from '../losses';

export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export interface MlpSpec {
  /** Units per layer including input and output, e.g. [2, 16, 16, 1]. */
  layerSizes: readonly number[];
  /** Activation of hidden layers. Default 'tanh'. The output layer is always linear (logits). */
  activation?: ActivationName;
  /** Weight initialisation: 'he' (N(0, 2/fanIn)) or 'xavier' (N(0, 2/(fanIn+fanOut))). Default: he for relu, else xavier. */
  init?: 'he' | 'xavier';
  /** Seed for the initial weights; the same seed gives the same weights. Default 'mlp'. */
  seed?: Seed;
  /** What the output means, which picks the loss. Default: 'binary' for 1 output, 'multiclass' for more. */
  task?: Task;
}

export interface TensorLayout {
  /** 'dense0/kernel', 'dense0/bias', ... */
  name: string;
  shape: [number] | [number, number];
  offset: number;
  size: number;
}

/** A kernel is a dense layer's [inputs, units] matrix; everything else (biases) is rank 1. The one place that knows. */
export function isKernel(tensor: { readonly shape: readonly number[] }): boolean {
  return tensor.shape.length === 2;
}

export interface NamedWeights {
  name: string;
  shape: number[];
  values: Float32Array;
}

export interface Evaluation {
  loss: number;
  /** Fraction correct in [0, 1]; undefined for regression. */
  accuracy: number | undefined;
}

export interface ResolvedMlpSpec {
  layerSizes: number[];
  activation: ActivationName;
  init: 'he' | 'xavier';
  seed: Seed;
  task: Task;
}

export function resolveMlpSpec(spec: MlpSpec): ResolvedMlpSpec {
  const sizes = [...spec.layerSizes];
  if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new Error(`layerSizes must list at least 2 positive integers (got [${sizes.join(', ')}]) in mlp`);
  }
  const activation = spec.activation ?? 'tanh';
  if (!ACTIVATIONS.includes(activation)) throw new Error(`activation must be one of ${ACTIVATIONS.join(', ')} (got "${activation}") in mlp`);
  const outputs = sizes[sizes.length - 1]!;
  const task = spec.task ?? (outputs === 1 ? 'binary' : 'multiclass');
  if (task !== 'multiclass' && outputs !== 1) throw new Error(`a ${task} mlp needs 1 output unit (got ${outputs})`);
  return { layerSizes: sizes, activation, init: spec.init ?? (activation === 'relu' ? 'he' : 'xavier'), seed: spec.seed ?? 'mlp', task };
}

export function mlpLayout(layerSizes: readonly number[]): TensorLayout[] {
  const layout: TensorLayout[] = [];
  let offset = 0;
  for (let i = 0; i + 1 < layerSizes.length; i++) {
    const fanIn = layerSizes[i]!;
    const fanOut = layerSizes[i + 1]!;
    layout.push({ name: `dense${i}/kernel`, shape: [fanIn, fanOut], offset, size: fanIn * fanOut });
    offset += fanIn * fanOut;
    layout.push({ name: `dense${i}/bias`, shape: [fanOut], offset, size: fanOut });
    offset += fanOut;
  }
  return layout;
}

/** Seeded initial weights as one flat Float32Array (biases zero). */
export function initialWeights(spec: ResolvedMlpSpec): Float32Array {
  const layout = mlpLayout(spec.layerSizes);
  const total = layout.reduce((n, t) => n + t.size, 0);
  const values = new Float32Array(total);
  const rng = createRng(`${String(spec.seed)}/init`);
  for (const t of layout) {
    if (!isKernel(t)) continue;
    const [fanIn, fanOut = 1] = t.shape;
    const std = spec.init === 'he' ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
    for (let k = 0; k < t.size; k++) values[t.offset + k] = rng.normal() * std;
  }
  return values;
}

export class Mlp {
  readonly spec: ResolvedMlpSpec;
  readonly layout: readonly TensorLayout[];
  readonly paramCount: number;
  /** The kernel tensors of `layout`, in layer order (biases left out). */
  readonly kernels: readonly TensorLayout[];
  /** All weights, flat. Optimizers update this one variable. */
  readonly params: tf.Variable<tf.Rank.R1>;

  private constructor(spec: ResolvedMlpSpec) {
    this.spec = spec;
    this.layout = mlpLayout(spec.layerSizes);
    this.paramCount = this.layout.reduce((n, t) => n + t.size, 0);
    this.kernels = this.layout.filter(isKernel);
    this.params = tf.tidy(() => tf.variable(tf.tensor1d(initialWeights(spec)), true));
  }

  static create(spec: MlpSpec): Mlp {
    return new Mlp(resolveMlpSpec(spec));
  }

  get inputDim(): number {
    return this.spec.layerSizes[0]!;
  }

  get outputDim(): number {
    return this.spec.layerSizes[this.spec.layerSizes.length - 1]!;
  }

  /** Outputs (logits for classification) for inputs x [n, inputDim], using `params` (default: the model's own). */
  forward(x: tf.Tensor2D, params: tf.Tensor1D = this.params): tf.Tensor2D {
    return tf.tidy(() => {
      let h = x;
      const layers = this.layout.length / 2;
      // One split instead of a slice per tensor: its gradient is a single concat, not one pad + add per slice.
      const parts = tf.split(params, this.layout.map((t) => t.size));
      for (let i = 0; i < layers; i++) {
        const kernel = this.layout[2 * i]!;
        const w = tf.reshape(parts[2 * i]!, kernel.shape as [number, number]) as tf.Tensor2D;
        const b = parts[2 * i + 1]!;
        const act = i === layers - 1 ? 'linear' : this.spec.activation;
        if (act === 'tanh') {
          h = tf.tanh(tf.fused.matMul({ a: h, b: w, bias: b })) as tf.Tensor2D;
        } else {
          h = tf.fused.matMul({ a: h, b: w, bias: b, activation: act }) as tf.Tensor2D;
        }
      }
      return h;
    });
  }

  /** Targets tensor for a data set in the shape `loss` expects ([n, 1] or one-hot [n, k]). */
  targets(data: Dataset): tf.Tensor2D {
    return tf.tidy(() => {
      if (this.spec.task === 'multiclass') return tf.cast(tf.oneHot(tf.tensor1d(data.y, 'int32'), this.outputDim), 'float32') as tf.Tensor2D;
      return tf.tensor2d(data.y, [data.n, 1]);
    });
  }

  /** Mean loss of outputs against targets: sigmoid cross-entropy, softmax cross-entropy or MSE, by task. */
  loss(outputs: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
    if (this.spec.task === 'binary') return binaryCrossEntropyWithLogits(outputs, targets);
    if (this.spec.task === 'multiclass') return softmaxCrossEntropyWithLogits(outputs, targets);
    return meanSquaredError(outputs, targets);
  }

  /** A flat mask over the parameters: `value` on every kernel entry, 0 on biases (L2 penalises kernels only). */
  kernelMask(value = 1): Float32Array {
    const mask = new Float32Array(this.paramCount);
    for (const t of this.kernels) mask.fill(value, t.offset, t.offset + t.size);
    return mask;
  }

  getFlatWeights(): Float32Array {
    return (this.params.dataSync() as Float32Array).slice();
  }

  setFlatWeights(values: Float32Array): void {
    if (values.length !== this.paramCount) throw new Error(`setFlatWeights needs ${this.paramCount} values (got ${values.length})`);
    tf.tidy(() => this.params.assign(tf.tensor1d(values)));
  }

  getWeights(): NamedWeights[] {
    const flat = this.params.dataSync() as Float32Array;
    return this.layout.map((t) => ({ name: t.name, shape: [...t.shape], values: flat.slice(t.offset, t.offset + t.size) }));
  }

  /** Flattens named weights into the model's layout; every tensor must be present with its exact shape. */
  flatten(weights: readonly NamedWeights[]): Float32Array {
    const flat = new Float32Array(this.paramCount);
    const byName = new Map(weights.map((w) => [w.name, w]));
    for (const t of this.layout) {
      const w = byName.get(t.name);
      if (w === undefined) throw new Error(`weights are missing "${t.name}" (expected ${this.layout.map((l) => l.name).join(', ')})`);
      if (w.values.length !== t.size || w.shape.join('x') !== t.shape.join('x')) {
        throw new Error(`"${t.name}" must have shape [${t.shape.join(', ')}] (got [${w.shape.join(', ')}] with ${w.values.length} values)`);
      }
      flat.set(w.values, t.offset);
    }
    return flat;
  }

  setWeights(weights: readonly NamedWeights[]): void {
    this.setFlatWeights(this.flatten(weights));
  }

  /** Plain-array forward pass: rows of x (n * inputDim) -> outputs (n * outputDim), optionally with other weights. */
  predict(x: Float32Array, options: { weights?: readonly NamedWeights[] } = {}): Float32Array {
    const n = x.length / this.inputDim;
    return tf.tidy(() => {
      const params = options.weights === undefined ? this.params : tf.tensor1d(this.flatten(options.weights));
      return this.forward(tf.tensor2d(x, [n, this.inputDim]), params).dataSync() as Float32Array;
    });
  }

  /** Loss and accuracy on a data set, optionally with other weights (e.g. quantized ones). */
  evaluate(data: Dataset, options: { weights?: readonly NamedWeights[] } = {}): Evaluation {
    const outputs = this.predict(data.x, options);
    const loss = tf.tidy(() => {
      const out = tf.tensor2d(outputs, [data.n, this.outputDim]);
      return this.loss(out, this.targets(data)).dataSync()[0]!;
    });
    return { loss, accuracy: accuracyOf(this.spec.task, outputs, data) };
  }

  dispose(): void {
    this.params.dispose();
  }
}

/** Predicted class of each row of outputs (logits). */
export function predictedClasses(task: Task, outputs: Float32Array, n: number): Int32Array {
  const k = outputs.length / n;
  const classes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (task === 'binary') {
      classes[i] = outputs[i]! > 0 ? 1 : 0;
    } else {
      let best = 0;
      for (let c = 1; c < k; c++) if (outputs[i * k + c]! > outputs[i * k + best]!) best = c;
      classes[i] = best;
    }
  }
  return classes;
}

export function accuracyOf(task: Task, outputs: Float32Array, data: Dataset): number | undefined {
  if (task === 'regression') return undefined;
  const classes = predictedClasses(task, outputs, data.n);
  let correct = 0;
  for (let i = 0; i < data.n; i++) if (classes[i] === data.y[i]) correct++;
  return correct / data.n;
}
