/**
 * Fake quantization as tfjs ops: quantize then dequantize in float32, so a model "sees" the quantization error
 * while training (QAT) or during simulated inference. The gradient is the straight-through estimator of TF's
 * FakeQuant kernels: dL/dx = dL/dy inside the representable range, 0 outside (values that were clamped).
 *
 * Parameters follow quantization-params.ts (TFLite): the same nudged zero point, narrow symmetric range and round
 * half away from zero, so fakeQuantTf(x) equals dequantize(quantize(x)) up to float32 rounding of the scale.
 */
import * as tf from '@tensorflow/tfjs-core';
import { integerRange, QUANT_BITS, type QuantizationScheme } from './quantization-params';
import type { QuantizationGranularity } from './quantize';
import { dequantizeCodesTf, quantizationParamsTf, quantizeWithParamsTf } from './quantize-tf';
import { checkInteger, checkOneOf } from './validate';

export interface FakeQuantOptions {
  /** Default 8. */
  bits?: number;
  /** Default 'symmetric' (weights); use 'asymmetric' for activations. */
  scheme?: QuantizationScheme;
  /** Default 'per-tensor'. */
  granularity?: QuantizationGranularity;
  /** Channel axis for 'per-channel'; negative counts from the end. Default -1. */
  axis?: number;
  /**
   * A fixed [min, max] range (e.g. calibrated activations). Default: the tensor's own min and max on every call,
   * tfmot's LastValueQuantizer for weights.
   */
  range?: readonly [number, number];
}

export interface ResolvedFakeQuant {
  bits: number;
  scheme: QuantizationScheme;
  granularity: QuantizationGranularity;
  axis: number;
  range: readonly [number, number] | undefined;
}

export function resolveFakeQuantOptions(options: FakeQuantOptions, where: string): ResolvedFakeQuant {
  const bits = checkInteger(options.bits ?? 8, 'bits', QUANT_BITS.min, QUANT_BITS.max, where);
  const scheme = checkOneOf(options.scheme ?? 'symmetric', 'scheme', ['asymmetric', 'symmetric'] as const, where);
  const granularity = checkOneOf(options.granularity ?? 'per-tensor', 'granularity', ['per-tensor', 'per-channel'] as const, where);
  const axis = options.axis ?? -1;
  if (!Number.isInteger(axis)) throw new Error(`axis must be an integer (got ${axis}) in ${where}`);
  const range = options.range;
  if (range !== undefined && !(Number.isFinite(range[0]) && Number.isFinite(range[1]) && range[0] <= range[1])) {
    throw new Error(`range must be two finite numbers [min, max] with min <= max (got [${range.join(', ')}]) in ${where}`);
  }
  if (range !== undefined && granularity === 'per-channel') {
    throw new Error(`range can only be given with granularity "per-tensor" (got "per-channel") in ${where}`);
  }
  return { bits, scheme, granularity, axis, range };
}

/** Forward pass only: returns [dequantized values, STE gradient mask]. Caller owns both tensors. */
export function fakeQuantForward(x: tf.Tensor, o: ResolvedFakeQuant): [tf.Tensor, tf.Tensor] {
  return tf.tidy(() => {
    const { qmin, qmax } = integerRange(o.bits, o.scheme);
    const { scale, zeroPoint } = quantizationParamsTf(x, o, 'fakeQuantTf()');
    const y = dequantizeCodesTf(quantizeWithParamsTf(x, scale, zeroPoint, qmin, qmax), scale, zeroPoint);
    const nudgedMin = tf.mul(tf.sub(qmin, zeroPoint), scale);
    const nudgedMax = tf.mul(tf.sub(qmax, zeroPoint), scale);
    const mask = tf.cast(tf.logicalAnd(tf.greaterEqual(x, nudgedMin), tf.lessEqual(x, nudgedMax)), 'float32');
    return [y, mask];
  });
}

/** Fake-quantizes `x` with a straight-through gradient. */
export function fakeQuantTf<T extends tf.Tensor>(x: T, options: FakeQuantOptions = {}): T {
  const resolved = resolveFakeQuantOptions(options, 'fakeQuantTf()');
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [input, save] = args as [tf.Tensor, tf.GradSaveFunc];
    const [y, mask] = fakeQuantForward(input, resolved);
    save([mask]);
    return { value: y, gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, saved[0] as tf.Tensor) };
  });
  return op(x) as T;
}
