/**
 * The pieces of simulated W8A8 inference: int8 weights per output unit and int8 activations per tensor (absmax
 * calibrated on the training set, the static setting SmoothQuant's O3 uses), multiplied in integers and rescaled;
 * and the outlier switch, which multiplies a few hidden channels by a large factor and divides the matching kernel
 * rows by it (the float model computes the same function; its activations now have LLM-like outlier channels).
 */
import { roundHalfToEven } from '../round-to-float-format';

export const INT8_MAX = 127;
/** How many hidden channels the outlier switch scales, and by how much (far beyond tanh's range of 1). */
export const OUTLIER_CHANNELS = 3;
export const OUTLIER_FACTOR = 200;

export interface Int8Columns {
  /** Codes -127..127, [inputs, outputs]. */
  codes: Int8Array;
  /** absmax / 127 per output unit. */
  scales: Float32Array;
}

/** Symmetric int8 per output unit (column of the [inputs, outputs] kernel). */
export function int8PerOutput(kernel: ArrayLike<number>, inputs: number, outputs: number): Int8Columns {
  const scales = new Float32Array(outputs);
  for (let i = 0; i < inputs; i++) for (let o = 0; o < outputs; o++) scales[o] = Math.max(scales[o] as number, Math.abs(kernel[i * outputs + o] as number));
  for (let o = 0; o < outputs; o++) scales[o] = (scales[o] as number) / INT8_MAX;
  const codes = new Int8Array(kernel.length);
  for (let k = 0; k < kernel.length; k++) {
    const s = scales[k % outputs] as number;
    codes[k] = s === 0 ? 0 : Math.max(-INT8_MAX, Math.min(INT8_MAX, roundHalfToEven((kernel[k] as number) / s)));
  }
  return { codes, scales };
}

export function dequantizeColumns(q: Int8Columns): Float32Array {
  return Float32Array.from(q.codes, (c, k) => c * (q.scales[k % q.scales.length] as number));
}

export function absMax(values: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) m = Math.max(m, Math.abs(values[k] as number));
  return m;
}

/** x [rows, inputs] quantized per tensor with the calibrated absmax (clamped), times the int8 kernel, rescaled. */
export function int8Product(x: ArrayLike<number>, xAbsMax: number, w: Int8Columns, inputs: number, outputs: number): Float32Array {
  const rows = x.length / inputs;
  const sx = xAbsMax / INT8_MAX;
  const xq = new Int32Array(x.length);
  for (let k = 0; k < x.length; k++) xq[k] = sx === 0 ? 0 : Math.max(-INT8_MAX, Math.min(INT8_MAX, roundHalfToEven((x[k] as number) / sx)));
  const out = new Float32Array(rows * outputs);
  const acc = new Int32Array(outputs);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    for (let i = 0; i < inputs; i++) {
      const xv = xq[r * inputs + i] as number;
      if (xv === 0) continue;
      for (let o = 0; o < outputs; o++) acc[o] = (acc[o] as number) + xv * (w.codes[i * outputs + o] as number);
    }
    for (let o = 0; o < outputs; o++) out[r * outputs + o] = (acc[o] as number) * sx * (w.scales[o] as number);
  }
  return out;
}

/**
 * Per-input-channel multipliers of a layer under the outlier switch: the first OUTLIER_CHANNELS inputs of every
 * layer after the first get OUTLIER_FACTOR (the network's own input is left alone), everything else 1.
 */
export function outlierMultipliers(layer: number, inputs: number, on: boolean): Float32Array {
  const m = new Float32Array(inputs).fill(1);
  if (on && layer > 0) for (let j = 0; j < Math.min(OUTLIER_CHANNELS, inputs); j++) m[j] = OUTLIER_FACTOR;
  return m;
}

/** x with channel j times m[j] ([rows, inputs]). */
export function scaleColumns(x: ArrayLike<number>, m: ArrayLike<number>): Float32Array {
  return Float32Array.from(x as ArrayLike<number>, (v, k) => v * (m[k % m.length] as number));
}

/** Kernel rows divided by m (undoes scaleColumns on the layer's input, so the product is unchanged). */
export function divideRows(kernel: ArrayLike<number>, m: ArrayLike<number>, outputs: number): Float32Array {
  return Float32Array.from(kernel as ArrayLike<number>, (v, k) => v / (m[Math.floor(k / outputs)] as number));
}
