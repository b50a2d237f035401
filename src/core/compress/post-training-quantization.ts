/**
 * Post-training quantization (PTQ) of the core MLP. Kernels are quantized per channel (output units), symmetric,
 * as TFLite does for weights; biases stay float32, as in TFLite's dynamic-range mode (full-integer TFLite stores
 * int32 biases with scale input_scale * weight_scale, which this simulation does not need). Activations are
 * optionally fake-quantized to int8 with ranges calibrated on a representative batch. Results are simulated:
 * float math on dequantized values, which is what an accuracy comparison needs.
 */
import type { Dataset } from '../data';
import type { Evaluation, Mlp, NamedWeights } from '../model/mlp';
import type { QuantizationScheme } from './quantization-params';
import { dequantize, quantize, resolveQuantizeOptions, type QuantizationGranularity, type QuantizedTensor } from './quantize';
import { calibrateActivations, evaluateSimulated, type SimulatedQuantization } from './simulated-inference';
import { quantizedByteLength } from './tensor-bytes';
import { checkInteger } from './validate';

export interface PtqOptions {
  /** Kernel code width, 2 to 16. Default 8. */
  bits?: number;
  /** Default 'symmetric' (TFLite weights: narrow range, zero point 0). */
  scheme?: QuantizationScheme;
  /** Default 'per-channel' along the output units (axis 1 of a [inputs, units] kernel). */
  granularity?: QuantizationGranularity;
  /**
   * Kernels with fewer elements are left in float32. TFLite's dynamic-range quantizer uses 1024
   * (kWeightsMinNumElementsDefault), which would skip every kernel of a toy MLP; the default here is 0 so the
   * demo shows the effect, and the report says what was skipped when this is raised.
   */
  minElements?: number;
  /** A representative batch of inputs (row-major) to calibrate int8 activations on. Default: weights only. */
  calibration?: Float32Array | undefined;
  /** Activation code width when `calibration` is given. Default 8. */
  activationBits?: number;
}

export interface TensorQuantizationReport {
  name: string;
  shape: number[];
  quantized: boolean;
  /** e.g. 'int8 symmetric per-channel (16 scales)' or 'kept float32: bias'. */
  format: string;
  /** Largest |dequantized - original|; 0 for tensors kept in float. */
  maxAbsError: number;
  /** Stored bytes in this format (codes + scales + zero points, or 4 per float). */
  bytes: number;
}

export interface PtqResult {
  /** Weights to run: dequantized kernels, original biases (and kernels below minElements). */
  weights: NamedWeights[];
  /** The integer form of each quantized kernel. */
  quantized: { name: string; tensor: QuantizedTensor }[];
  /** One row per tensor: what was quantized and how. */
  tensors: TensorQuantizationReport[];
  /** What to pass to evaluateSimulated(): calibrated activations, if any. */
  quantization: SimulatedQuantization;
}

function maxAbsError(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Quantizes the model's current weights; the model itself is not changed. */
export function postTrainingQuantize(model: Mlp, options: PtqOptions = {}): PtqResult {
  const where = 'postTrainingQuantize()';
  const minElements = checkInteger(options.minElements ?? 0, 'minElements', 0, Number.MAX_SAFE_INTEGER, where);
  const quantizeOptions = {
    bits: options.bits ?? 8,
    scheme: options.scheme ?? 'symmetric',
    granularity: options.granularity ?? 'per-channel',
    axis: -1,
  } as const;
  // Validate once, before any tensor is touched.
  resolveQuantizeOptions(1, quantizeOptions, where);
  const activationBits = checkInteger(options.activationBits ?? 8, 'activationBits', 2, 16, where);

  const original = model.getWeights();
  const weights: NamedWeights[] = [];
  const quantized: PtqResult['quantized'] = [];
  const tensors: TensorQuantizationReport[] = [];
  for (const w of original) {
    const isKernel = w.shape.length === 2;
    if (!isKernel || w.values.length < minElements) {
      weights.push(w);
      const reason = isKernel ? `fewer than minElements = ${minElements} elements` : 'bias';
      tensors.push({ name: w.name, shape: w.shape, quantized: false, format: `kept float32: ${reason}`, maxAbsError: 0, bytes: w.values.length * 4 });
      continue;
    }
    const tensor = quantize(w.values, { ...quantizeOptions, shape: w.shape });
    const values = dequantize(tensor);
    weights.push({ name: w.name, shape: w.shape, values });
    quantized.push({ name: w.name, tensor });
    tensors.push({
      name: w.name,
      shape: w.shape,
      quantized: true,
      format: `int${tensor.bits} ${tensor.scheme} ${tensor.granularity} (${tensor.scales.length} scale${tensor.scales.length === 1 ? '' : 's'})`,
      maxAbsError: maxAbsError(values, w.values),
      bytes: quantizedByteLength(tensor),
    });
  }

  const quantization: SimulatedQuantization = {};
  if (options.calibration !== undefined) {
    // Calibrate on the quantized weights: those are the activations the deployed model will produce.
    quantization.activations = { bits: activationBits, ranges: calibrateActivations(model, options.calibration, weights) };
  }
  return { weights, quantized, tensors, quantization };
}

export interface QuantizedAccuracy {
  before: Evaluation;
  after: Evaluation;
}

/** Loss and accuracy on `data` of the float model and of the simulated quantized one. */
export function evaluatePtq(model: Mlp, data: Dataset, result: PtqResult): QuantizedAccuracy {
  return {
    before: model.evaluate(data),
    after: evaluateSimulated(model, data, { weights: result.weights, quantization: result.quantization }),
  };
}
