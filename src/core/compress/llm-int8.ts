/**
 * LLM.int8() mixed-precision decomposition (Dettmers et al. 2022) of one product X W, following bitsandbytes'
 * reference kernels (bitsandbytes/backends/default/ops.py `int8_vectorwise_quant`, `int8_mm_dequant`,
 * `int8_mixed_scaled_mm`): input columns with any |x| >= threshold are outlier columns and are multiplied in full
 * precision (with the weights as given, as the paper's fp16 path does); every other column is quantized vector-wise
 * to int8: X per row (sample) with absmax taken after zeroing the outliers, W per output channel, codes
 * round(v * 127 / absmax) (half to even), and the int32 product rescaled by absmax_row * absmax_col / 127^2.
 * Shapes: x [samples, inputs], kernel [inputs, outputs] (tfjs Dense).
 */
import { roundHalfToEven } from './round-to-float-format';
import { checkFiniteValues, checkPositive, checkShape, fail } from './validate';

export interface LlmInt8Options {
  /** Outlier threshold on |x| (default 6.0, the paper's). */
  threshold?: number;
}

export interface LlmInt8Result {
  /** X W as computed by the decomposition, [samples, outputs]. */
  output: Float32Array;
  /** Input columns taken in full precision. */
  outlierColumns: number[];
  /** Share of the multiply-adds done in int8. */
  int8Fraction: number;
}

function int8Codes(v: number, absmax: number): number {
  // bitsandbytes multiplies by (127 / absmax), not (v * 127) / absmax; the order decides near-ties.
  return absmax === 0 ? 0 : roundHalfToEven(v * (127 / absmax));
}

export function llmInt8Matmul(
  x: ArrayLike<number>,
  kernel: ArrayLike<number>,
  shape: readonly [number, number],
  options: LlmInt8Options = {},
): LlmInt8Result {
  const where = 'llmInt8Matmul()';
  checkShape(shape, kernel.length, where);
  const [inputs, outputs] = shape;
  if (inputs === 0 || x.length % inputs !== 0) fail('x', `a [samples, ${inputs}] array (length a multiple of ${inputs})`, `length ${x.length}`, where);
  checkFiniteValues(x, 'x', where);
  checkFiniteValues(kernel, 'kernel', where);
  const threshold = checkPositive(options.threshold ?? 6, 'threshold', where);
  const samples = x.length / inputs;
  const outlier = new Array<boolean>(inputs).fill(false);
  for (let k = 0; k < x.length; k++) if (Math.abs(x[k] as number) >= threshold) outlier[k % inputs] = true;

  const rowMax = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < inputs; i++) {
      const v = Math.abs(x[s * inputs + i] as number);
      if (v < threshold) rowMax[s] = Math.max(rowMax[s] as number, v);
    }
  }
  const colMax = new Float64Array(outputs);
  for (let i = 0; i < inputs; i++) for (let o = 0; o < outputs; o++) colMax[o] = Math.max(colMax[o] as number, Math.abs(kernel[i * outputs + o] as number));

  const output = new Float32Array(samples * outputs);
  for (let s = 0; s < samples; s++) {
    for (let o = 0; o < outputs; o++) {
      let int32 = 0;
      let full = 0;
      for (let i = 0; i < inputs; i++) {
        const xv = x[s * inputs + i] as number;
        const wv = kernel[i * outputs + o] as number;
        if (outlier[i]) full += xv * wv;
        else int32 += int8Codes(xv, rowMax[s] as number) * int8Codes(wv, colMax[o] as number);
      }
      output[s * outputs + o] = (int32 * (rowMax[s] as number) * (colMax[o] as number)) / (127 * 127) + full;
    }
  }
  const outlierColumns = outlier.flatMap((isOutlier, i) => (isOutlier ? [i] : []));
  return { output, outlierColumns, int8Fraction: inputs === 0 ? 1 : 1 - outlierColumns.length / inputs };
}
