/**
 * Simulated ("fake-quant") inference of the core MLP: the forward pass in float32 with quantize-dequantize
 * inserted where an integer kernel would round. This measures the accuracy effect of quantization; it is not a
 * speed-up (real int8 kernels are a runtime's job). Weights are fake-quantized per tensor as given, activations
 * (the network input and every layer's output, as in TFLite full-integer models) with calibrated ranges.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../data';
import { accuracyOf, type Evaluation, type Mlp, type NamedWeights, type TensorLayout } from '../model/mlp';
import { fakeQuantTf, type FakeQuantOptions } from './fake-quant';
import { QUANT_BITS } from './quantization-params';
import { checkInteger } from './validate';

/** A calibrated range for one activation tensor: 'input' or 'dense{i}/output'. */
export interface ActivationRange {
  name: string;
  min: number;
  max: number;
}

export interface ActivationQuantization {
  /** Default 8 (int8, asymmetric per tensor: TFLite's activation spec). */
  bits?: number;
  ranges: readonly ActivationRange[];
}

export interface SimulatedQuantization {
  /** Fake-quantize each kernel in the forward pass (straight-through gradient). Undefined: float kernels. */
  weights?: FakeQuantOptions | undefined;
  /** Fake-quantize the input and each layer's output with these calibrated ranges. Undefined: float activations. */
  activations?: ActivationQuantization | undefined;
}

type Activation = Mlp['spec']['activation'];

/** A layer's kernel [inputs, units] as a view of the flat parameter vector. */
export function kernelView(params: tf.Tensor1D, kernel: TensorLayout): tf.Tensor2D {
  const [inputs, units = 1] = kernel.shape;
  return tf.reshape(tf.slice(params, kernel.offset, kernel.size), [inputs, units]);
}

function activate(z: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  if (activation === 'tanh') return tf.tanh(z);
  if (activation === 'relu') return tf.relu(z);
  if (activation === 'sigmoid') return tf.sigmoid(z);
  return z;
}

function rangeFor(q: ActivationQuantization, name: string): readonly [number, number] {
  const r = q.ranges.find((a) => a.name === name);
  if (r === undefined) throw new Error(`activations.ranges has no entry "${name}"; run calibrateActivations() on this model first`);
  return [r.min, r.max];
}

/**
 * The MLP's forward pass (same layer order and activations as Mlp.forward) with optional fake quantization.
 * `params` is the flat parameter vector (default: the model's own variable), so gradients reach it for QAT.
 */
export function simulatedForward(model: Mlp, x: tf.Tensor2D, quantization: SimulatedQuantization = {}, params: tf.Tensor1D = model.params): tf.Tensor2D {
  const { weights, activations } = quantization;
  const activationBits = activations === undefined ? 8 : checkInteger(activations.bits ?? 8, 'activations.bits', QUANT_BITS.min, QUANT_BITS.max, 'simulatedForward()');
  const quantizeActivation = (h: tf.Tensor2D, name: string): tf.Tensor2D =>
    activations === undefined ? h : fakeQuantTf(h, { bits: activationBits, scheme: 'asymmetric', range: rangeFor(activations, name) });
  return tf.tidy(() => {
    let h = quantizeActivation(x, 'input');
    const layers = model.layout.length / 2;
    for (let i = 0; i < layers; i++) {
      const kernel = model.layout[2 * i]!;
      const bias = model.layout[2 * i + 1]!;
      let w = kernelView(params, kernel);
      if (weights !== undefined) w = fakeQuantTf(w, weights);
      const b = tf.slice(params, bias.offset, bias.size);
      const z = tf.add(tf.matMul(h, w), b) as tf.Tensor2D;
      h = quantizeActivation(activate(z, i === layers - 1 ? 'linear' : model.spec.activation), `dense${i}/output`);
    }
    return h;
  });
}

/**
 * Min and max of every activation over a representative batch (TFLite's calibration with a representative
 * dataset). `x` is row-major [n, inputDim]; `weights` defaults to the model's own.
 */
export function calibrateActivations(model: Mlp, x: Float32Array, weights?: readonly NamedWeights[]): ActivationRange[] {
  const n = x.length / model.inputDim;
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`x must hold a positive multiple of ${model.inputDim} values (got ${x.length}) in calibrateActivations()`);
  }
  const ranges: ActivationRange[] = [];
  tf.tidy(() => {
    const params = weights === undefined ? model.params : tf.tensor1d(model.flatten(weights));
    const record = (name: string, t: tf.Tensor): void => {
      ranges.push({ name, min: tf.min(t).dataSync()[0]!, max: tf.max(t).dataSync()[0]! });
    };
    let h = tf.tensor2d(x, [n, model.inputDim]);
    record('input', h);
    const layers = model.layout.length / 2;
    for (let i = 0; i < layers; i++) {
      const kernel = model.layout[2 * i]!;
      const bias = model.layout[2 * i + 1]!;
      const w = kernelView(params, kernel);
      const z = tf.add(tf.matMul(h, w), tf.slice(params, bias.offset, bias.size)) as tf.Tensor2D;
      h = activate(z, i === layers - 1 ? 'linear' : model.spec.activation);
      record(`dense${i}/output`, h);
    }
  });
  return ranges;
}

export interface SimulatedEvaluationOptions {
  /** Weights to evaluate (e.g. dequantized ones); default the model's own. */
  weights?: readonly NamedWeights[] | undefined;
  quantization?: SimulatedQuantization | undefined;
}

/** Loss and accuracy of the model under simulated quantization. */
export function evaluateSimulated(model: Mlp, data: Dataset, options: SimulatedEvaluationOptions = {}): Evaluation {
  let result: Evaluation = { loss: Number.NaN, accuracy: undefined };
  tf.tidy(() => {
    const params = options.weights === undefined ? model.params : tf.tensor1d(model.flatten(options.weights));
    const outputs = simulatedForward(model, tf.tensor2d(data.x, [data.n, model.inputDim]), options.quantization ?? {}, params);
    const loss = model.loss(outputs, model.targets(data)).dataSync()[0]!;
    result = { loss, accuracy: accuracyOf(model.spec.task, outputs.dataSync() as Float32Array, data) };
  });
  return result;
}
