/**
 * Quantize and dequantize as tfjs ops, for the backend benchmark and for fake quantization. Same parameters as
 * quantization-params.ts (TFLite), computed in float32 on the backend; the plain typed-array version in
 * quantize.ts is the reference.
 */
import * as tf from '@tensorflow/tfjs-core';
import { integerRange, QUANT_BITS, type QuantizationScheme } from './quantization-params';
import type { QuantizationGranularity } from './quantize';
import { checkInteger } from './validate';

export interface TfQuantizeSpec {
  bits: number;
  scheme: QuantizationScheme;
  granularity: QuantizationGranularity;
  /** Channel axis for 'per-channel'; negative counts from the end. */
  axis: number;
  /** A fixed [min, max]; default the tensor's own range. */
  range?: readonly [number, number] | undefined;
}

export interface TfQuantized {
  /** int32 codes in [qmin, qmax]. */
  codes: tf.Tensor;
  /** Broadcastable against the codes: a scalar, or keep-dims per channel. */
  scale: tf.Tensor;
  zeroPoint: tf.Tensor;
}

function roundHalfAwayFromZero(x: tf.Tensor): tf.Tensor {
  return tf.mul(tf.sign(x), tf.floor(tf.add(tf.abs(x), 0.5)));
}

/** Scale and zero point (float tensors) for `x`, per tensor or per channel with dims kept for broadcasting. */
export function quantizationParamsTf(x: tf.Tensor, o: TfQuantizeSpec, where: string): { scale: tf.Tensor; zeroPoint: tf.Tensor } {
  return tf.tidy(() => {
    const { qmin, qmax } = integerRange(o.bits, o.scheme);
    let lo: tf.Tensor;
    let hi: tf.Tensor;
    if (o.range !== undefined) {
      lo = tf.scalar(o.range[0]);
      hi = tf.scalar(o.range[1]);
    } else if (o.granularity === 'per-channel') {
      const rank = x.rank;
      if (o.axis < -rank || o.axis >= rank) {
        throw new Error(`axis must be an integer from ${-rank} to ${rank - 1} for a rank-${rank} tensor (got ${o.axis}) in ${where}`);
      }
      const axis = o.axis < 0 ? o.axis + rank : o.axis;
      const reduce = [...Array(rank).keys()].filter((d) => d !== axis);
      lo = tf.min(x, reduce, true);
      hi = tf.max(x, reduce, true);
    } else {
      lo = tf.min(x);
      hi = tf.max(x);
    }
    lo = tf.minimum(lo, 0);
    hi = tf.maximum(hi, 0);
    let scale = o.scheme === 'symmetric' ? tf.div(tf.maximum(tf.abs(lo), tf.abs(hi)), qmax) : tf.div(tf.sub(hi, lo), qmax - qmin);
    // A zero-width range (all zeros) gets scale 1, as in quantization-params.ts.
    scale = tf.where(tf.equal(scale, 0), tf.onesLike(scale), scale);
    const zeroPoint =
      o.scheme === 'symmetric' ? tf.zerosLike(scale) : tf.clipByValue(roundHalfAwayFromZero(tf.sub(qmin, tf.div(lo, scale))), qmin, qmax);
    return { scale, zeroPoint };
  });
}

/** Float codes clamp(round(x / scale) + zeroPoint, qmin, qmax). */
export function quantizeWithParamsTf(x: tf.Tensor, scale: tf.Tensor, zeroPoint: tf.Tensor, qmin: number, qmax: number): tf.Tensor {
  return tf.tidy(() => tf.clipByValue(tf.add(roundHalfAwayFromZero(tf.div(x, scale)), zeroPoint), qmin, qmax));
}

export function dequantizeCodesTf(codes: tf.Tensor, scale: tf.Tensor, zeroPoint: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.mul(tf.sub(tf.cast(codes, 'float32'), zeroPoint), scale));
}

/** Integer codes of `x` as an int32 tensor plus their parameters; the caller disposes all three. */
export function quantizeTf(x: tf.Tensor, spec: TfQuantizeSpec): TfQuantized {
  checkInteger(spec.bits, 'bits', QUANT_BITS.min, QUANT_BITS.max, 'quantizeTf()');
  const { qmin, qmax } = integerRange(spec.bits, spec.scheme);
  const { scale, zeroPoint } = quantizationParamsTf(x, spec, 'quantizeTf()');
  const codes = tf.tidy(() => tf.cast(quantizeWithParamsTf(x, scale, zeroPoint, qmin, qmax), 'int32'));
  return { codes, scale, zeroPoint };
}

export function dequantizeTf(q: TfQuantized): tf.Tensor {
  return dequantizeCodesTf(q.codes, q.scale, q.zeroPoint);
}
