/**
 * GPTQ (Frantar et al. 2023) for one dense layer, transcribing IST-DASLab/gptq gptq.py (`GPTQ.add_batch`,
 * `GPTQ.fasterquant`) with its quant.py quantizer (asymmetric, per output channel, optional groups):
 *   H = 2/N sum x x^T over the N calibration inputs; a dead input (H_ii = 0) gets H_ii = 1 and its weights zeroed;
 *   H += percDamp * mean(diag H) * I; Hinv = upper Cholesky factor of H^-1;
 *   for each lazy batch of `blockSize` columns (inputs), for each column i: with groups, refit the quantizer on
 *   W[:, i : i + groupSize] when i is a group start (W as of the last batch boundary, as the reference does);
 *   q = quantize(w); err = (w - q) / Hinv_ii; later columns of the batch -= err Hinv[i, i:]; after the batch, the
 *   remaining columns -= Err Hinv[batch, rest].
 * The kernel is tfjs-style [inputs, outputs]; GPTQ's W is its transpose [outputs, inputs]. Float64 throughout.
 */
import { choleskyInverse, choleskyLower, choleskyUpper } from './cholesky';
import { roundHalfToEven } from './round-to-float-format';
import { checkFiniteValues, checkInteger, checkShape, fail } from './validate';

export interface GptqOptions {
  /** Code width, 2..8 (maxq = 2^bits - 1). */
  bits: number;
  /** Inputs per quantization group; omit (or -1) for one scale per output channel. */
  groupSize?: number;
  /** Columns per lazy batch (default 128, the reference's). */
  blockSize?: number;
  /** Damping as a fraction of the mean Hessian diagonal (default 0.01). */
  percDamp?: number;
}

export interface GptqResult {
  /** The quantized-then-dequantized kernel, [inputs, outputs]. */
  dequantized: Float32Array;
  /** Codes 0..2^bits - 1, [inputs, outputs]. */
  codes: Int16Array;
  /** Per output channel and group, row-major [outputs, groups]. */
  scales: Float64Array;
  zeroPoints: Int16Array;
  /** GPTQ's loss: sum over weights of (w - q)^2 / Hinv_ii^2 / 2. */
  loss: number;
  /** bits per code plus a 32-bit scale and a `bits`-bit zero point per group. */
  bitsPerWeight: number;
}

interface GroupQuantizer {
  scale: number;
  zero: number;
}

/** quant.py `find_params` for one row (asymmetric). */
function findParams(row: ArrayLike<number>, maxq: number): GroupQuantizer {
  let xmin = 0;
  let xmax = 0;
  for (let i = 0; i < row.length; i++) {
    xmin = Math.min(xmin, row[i] as number);
    xmax = Math.max(xmax, row[i] as number);
  }
  if (xmin === 0 && xmax === 0) {
    xmin = -1;
    xmax = 1;
  }
  const scale = (xmax - xmin) / maxq;
  return { scale, zero: roundHalfToEven(-xmin / scale) };
}

/** The damped Hessian 2/N X^T X of calibration inputs [samples, inputs], with dead inputs marked. */
export function gptqHessian(inputs: ArrayLike<number>, samples: number, columns: number, percDamp: number): { h: Float64Array; dead: boolean[] } {
  const h = new Float64Array(columns * columns);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < columns; i++) {
      const xi = inputs[s * columns + i] as number;
      if (xi === 0) continue;
      for (let j = 0; j < columns; j++) h[i * columns + j] = (h[i * columns + j] as number) + (2 / samples) * xi * (inputs[s * columns + j] as number);
    }
  }
  const dead = Array.from({ length: columns }, (_, i) => h[i * columns + i] === 0);
  let trace = 0;
  for (let i = 0; i < columns; i++) {
    if (dead[i]) h[i * columns + i] = 1;
    trace += h[i * columns + i] as number;
  }
  const damp = (percDamp * trace) / columns;
  for (let i = 0; i < columns; i++) h[i * columns + i] = (h[i * columns + i] as number) + damp;
  return { h, dead };
}

export function gptqQuantize(
  kernel: ArrayLike<number>,
  shape: readonly [number, number],
  calibration: ArrayLike<number>,
  options: GptqOptions,
): GptqResult {
  const where = 'gptqQuantize()';
  checkShape(shape, kernel.length, where);
  const [columns, rows] = shape;
  if (columns === 0 || calibration.length % columns !== 0 || calibration.length === 0) {
    fail('calibration', `a non-empty [samples, ${columns}] array (length a multiple of ${columns})`, `length ${calibration.length}`, where);
  }
  checkFiniteValues(kernel, 'kernel', where);
  checkFiniteValues(calibration, 'calibration', where);
  const bits = checkInteger(options.bits, 'bits', 2, 8, where);
  const groupSize = options.groupSize === undefined || options.groupSize === -1 ? -1 : checkInteger(options.groupSize, 'groupSize', 1, columns, where);
  const blockSize = checkInteger(options.blockSize ?? 128, 'blockSize', 1, 65536, where);
  const percDamp = options.percDamp ?? 0.01;
  if (typeof percDamp !== 'number' || !(percDamp >= 0) || !Number.isFinite(percDamp)) fail('percDamp', 'a finite number >= 0', percDamp, where);
  const maxq = 2 ** bits - 1;

  // W [rows = outputs, columns = inputs], the reference's layout.
  const w = new Float64Array(rows * columns);
  for (let i = 0; i < columns; i++) for (let r = 0; r < rows; r++) w[r * columns + i] = kernel[i * rows + r] as number;
  const { h, dead } = gptqHessian(calibration, calibration.length / columns, columns, percDamp);
  const quantizers: GroupQuantizer[] = [];
  if (groupSize === -1) for (let r = 0; r < rows; r++) quantizers.push(findParams(w.subarray(r * columns, (r + 1) * columns), maxq));
  for (let i = 0; i < columns; i++) if (dead[i]) for (let r = 0; r < rows; r++) w[r * columns + i] = 0;
  const hinv = choleskyUpper(choleskyInverse(choleskyLower(h, columns), columns), columns);

  const groups = groupSize === -1 ? 1 : Math.ceil(columns / groupSize);
  const scales = new Float64Array(rows * groups);
  const zeroPoints = new Int16Array(rows * groups);
  const codes = new Int16Array(kernel.length);
  const dequantized = new Float32Array(kernel.length);
  let loss = 0;
  for (let i1 = 0; i1 < columns; i1 += blockSize) {
    const i2 = Math.min(i1 + blockSize, columns);
    const w1 = new Float64Array(rows * (i2 - i1));
    for (let r = 0; r < rows; r++) for (let c = i1; c < i2; c++) w1[r * (i2 - i1) + c - i1] = w[r * columns + c] as number;
    const err = new Float64Array(rows * (i2 - i1));
    for (let i = i1; i < i2; i++) {
      const group = groupSize === -1 ? 0 : Math.floor(i / groupSize);
      if (groupSize !== -1 && i % groupSize === 0) {
        for (let r = 0; r < rows; r++) quantizers[r] = findParams(w.subarray(r * columns + i, r * columns + Math.min(columns, i + groupSize)), maxq);
      }
      const d = hinv[i * columns + i] as number;
      for (let r = 0; r < rows; r++) {
        const { scale, zero } = quantizers[r] as GroupQuantizer;
        scales[r * groups + group] = scale;
        zeroPoints[r * groups + group] = zero;
        const x = w1[r * (i2 - i1) + i - i1] as number;
        const q = Math.min(maxq, Math.max(0, roundHalfToEven(x / scale) + zero));
        const value = scale * (q - zero);
        codes[i * rows + r] = q;
        dequantized[i * rows + r] = value;
        loss += (x - value) ** 2 / d ** 2 / 2;
        const e = (x - value) / d;
        err[r * (i2 - i1) + i - i1] = e;
        for (let c = i; c < i2; c++) w1[r * (i2 - i1) + c - i1] = (w1[r * (i2 - i1) + c - i1] as number) - e * (hinv[i * columns + c] as number);
      }
    }
    // Lazy batch update: the columns after this batch see the whole batch's error at once.
    for (let r = 0; r < rows; r++) {
      for (let c = i2; c < columns; c++) {
        let s = 0;
        for (let k = i1; k < i2; k++) s += (err[r * (i2 - i1) + k - i1] as number) * (hinv[k * columns + c] as number);
        w[r * columns + c] = (w[r * columns + c] as number) - s;
      }
    }
  }
  const bitsPerWeight = kernel.length === 0 ? 0 : bits + (rows * groups * (32 + bits)) / kernel.length;
  return { dequantized, codes, scales, zeroPoints, loss, bitsPerWeight };
}
