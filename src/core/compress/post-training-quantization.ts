/**
 * Post-training quantization (PTQ) of the core MLP. Kernels are quantized per channel (output units), symmetric,
 * as TFLite does for weights; biases stay float32, as in TFLite's dynamic-range mode (full-integer TFLite stores
 * int32 biases with scale input_scale * weight_scale, which this simulation does not need). Activations are
 * optionally fake-quantized to int8 with ranges calibrated on a representative batch. Results are simulated:
 * float math on dequantized values, which is what an accuracy comparison needs.
 */
import type { Dataset } from '../data';
import { isKernel, type Evaluation, type Mlp, type NamedWeights } from '../model/mlp';
import { QUANT_BITS, type QuantizationScheme } from './quantization-params';
import { dequantize, quantize, resolveQuantizeOptions, type QuantizationGranularity, type QuantizedTensor } from './quantize';
import { calibrateActivations, evaluateSimulated, type SimulatedQuantization } from './simulated-inference';
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

/** One record per tensor: what runs, how it is stored, and the integer form when it was quantized. */
export interface PtqTensor extends NamedWeights {
  /** What to run: the dequantized kernel, or the original values of a tensor kept in float32. */
  values: Float32Array;
  /** The integer form of a quantized kernel; undefined for tensors kept in float32. */
  quantized: QuantizedTensor | undefined;
  /** e.g. 'int8 symmetric per-channel (16 scales)' or 'kept float32: bias'. */
  format: string;
}

export interface PtqResult {
  /** In the model's layout order; each record is also a NamedWeights, so `tensors` can be run as weights. */
  tensors: PtqTensor[];
  /** What to pass to evaluateSimulated(): calibrated activations, if any. */
  quantization: SimulatedQuantization;
}

interface ResolvedPtqOptions {
  kernel: { bits: number; scheme: QuantizationScheme; granularity: QuantizationGranularity; axis: -1 };
  minElements: number;
  calibration: Float32Array | undefined;
  activationBits: number;
}

/** Defaults and checks, once, before any tensor is touched. */
function resolvePtqOptions(options: PtqOptions): ResolvedPtqOptions {
  const where = 'postTrainingQuantize()';
  const kernel = { bits: options.bits ?? 8, scheme: options.scheme ?? 'symmetric', granularity: options.granularity ?? 'per-channel', axis: -1 } as const;
  const { bits, scheme, granularity } = resolveQuantizeOptions(1, kernel, where);
  return {
    kernel: { bits, scheme, granularity, axis: -1 },
    minElements: checkInteger(options.minElements ?? 0, 'minElements', 0, Number.MAX_SAFE_INTEGER, where),
    calibration: options.calibration,
    activationBits: checkInteger(options.activationBits ?? 8, 'activationBits', QUANT_BITS.min, QUANT_BITS.max, where),
  };
}

function quantizeTensor(w: NamedWeights, o: ResolvedPtqOptions): PtqTensor {
  if (!isKernel(w) || w.values.length < o.minElements) {
    const reason = isKernel(w) ? `fewer than minElements = ${o.minElements} elements` : 'bias';
    return { name: w.name, shape: w.shape, values: w.values, quantized: undefined, format: `kept float32: ${reason}` };
  }
  const quantized = quantize(w.values, { ...o.kernel, shape: w.shape });
  const scales = quantized.scales.length;
  const format = `int${quantized.bits} ${quantized.scheme} ${quantized.granularity} (${scales} scale${scales === 1 ? '' : 's'})`;
  return { name: w.name, shape: w.shape, values: dequantize(quantized), quantized, format };
}

/** Quantizes the model's current weights; the model itself is not changed. */
export function postTrainingQuantize(model: Mlp, options: PtqOptions = {}): PtqResult {
  const resolved = resolvePtqOptions(options);
  const tensors = model.getWeights().map((w) => quantizeTensor(w, resolved));
  const quantization: SimulatedQuantization = {};
  if (resolved.calibration !== undefined) {
    // Calibrate on the quantized weights: those are the activations the deployed model will produce.
    quantization.activations = { bits: resolved.activationBits, ranges: calibrateActivations(model, resolved.calibration, tensors) };
  }
  return { tensors, quantization };
}

export interface QuantizedAccuracy {
  before: Evaluation;
  after: Evaluation;
}

/** Loss and accuracy on `data` of the float model and of the simulated quantized one. */
export function evaluatePtq(model: Mlp, data: Dataset, result: PtqResult): QuantizedAccuracy {
  return {
    before: model.evaluate(data),
    after: evaluateSimulated(model, data, { weights: result.tensors, quantization: result.quantization }),
  };
}
