/**
 * AWQ (Lin et al. 2024) activation-aware scale search for one dense layer, transcribing mit-han-lab/llm-awq
 * awq/quantize/auto_scale.py (`_search_module_scale`) and quantizer.py (`pseudo_quantize_tensor`, zero_point=True):
 *   x_max_j = mean |x_j| over the calibration samples;
 *   for ratio = 0, 1/grid, ..., (grid - 1)/grid: s = clamp(x_max^ratio, 1e-4), s /= sqrt(max s * min s);
 *     W' = Q(W * s) / s, loss = mean (X W - X W')^2; keep the ratio with the smallest loss (the first on a tie).
 *   Q is asymmetric per group of `groupSize` consecutive inputs of each output channel:
 *     scale = clamp(max - min, 1e-5) / (2^b - 1), zero = clamp(-round(min / scale), 0, 2^b - 1),
 *     w^ = (clamp(round(w / scale) + zero, 0, 2^b - 1) - zero) * scale   (round half to even, as torch.round).
 * Shapes: kernel [inputs, outputs] (tfjs Dense; AWQ's weight is its transpose), calibration [samples, inputs].
 */
import { roundHalfToEven } from './round-to-float-format';
import { checkFiniteValues, checkInteger, checkShape, fail } from './validate';

export interface AwqOptions {
  bits: number;
  /** Inputs per group; must divide the number of inputs (AWQ's reshape(-1, group) requires it). Default: all inputs. */
  groupSize?: number;
  /** Grid points for the exponent ratio in [0, 1) (default 20, the reference's n_grid). */
  grid?: number;
}

export interface AwqResult {
  /** The chosen exponent (AWQ's "ratio", the alpha). */
  alpha: number;
  /** s_j per input channel for that alpha. */
  scales: Float64Array;
  /** Q(W s) / s, [inputs, outputs]. */
  dequantized: Float32Array;
  /** Output mean squared error for each grid point, in grid order. */
  losses: number[];
}

/** AWQ's pseudo_quantize_tensor on a [rows, columns] row-major matrix with groups along each row. */
export function awqPseudoQuantize(w: Float64Array, columns: number, groupSize: number, bits: number): Float64Array {
  if (columns % groupSize !== 0) throw new Error(`groupSize must divide the ${columns} columns (got ${groupSize}) in awqPseudoQuantize()`);
  const maxInt = 2 ** bits - 1;
  const out = new Float64Array(w.length);
  for (let start = 0; start < w.length; start += groupSize) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = start; k < start + groupSize; k++) {
      min = Math.min(min, w[k] as number);
      max = Math.max(max, w[k] as number);
    }
    const scale = Math.max(max - min, 1e-5) / maxInt;
    const zero = Math.min(maxInt, Math.max(0, -roundHalfToEven(min / scale)));
    for (let k = start; k < start + groupSize; k++) {
      out[k] = (Math.min(maxInt, Math.max(0, roundHalfToEven((w[k] as number) / scale) + zero)) - zero) * scale;
    }
  }
  return out;
}

function outputs(x: ArrayLike<number>, wt: Float64Array, inputs: number, outs: number): Float64Array {
  const samples = x.length / inputs;
  const y = new Float64Array(samples * outs);
  for (let s = 0; s < samples; s++) {
    for (let o = 0; o < outs; o++) {
      let sum = 0;
      for (let i = 0; i < inputs; i++) sum += (x[s * inputs + i] as number) * (wt[o * inputs + i] as number);
      y[s * outs + o] = sum;
    }
  }
  return y;
}

export function awqSearch(
  kernel: ArrayLike<number>,
  shape: readonly [number, number],
  calibration: ArrayLike<number>,
  options: AwqOptions,
): AwqResult {
  const where = 'awqSearch()';
  checkShape(shape, kernel.length, where);
  const [inputs, outs] = shape;
  if (inputs === 0 || calibration.length === 0 || calibration.length % inputs !== 0) {
    fail('calibration', `a non-empty [samples, ${inputs}] array (length a multiple of ${inputs})`, `length ${calibration.length}`, where);
  }
  checkFiniteValues(kernel, 'kernel', where);
  checkFiniteValues(calibration, 'calibration', where);
  const bits = checkInteger(options.bits, 'bits', 2, 8, where);
  const groupSize = checkInteger(options.groupSize ?? inputs, 'groupSize', 1, inputs, where);
  if (inputs % groupSize !== 0) fail('groupSize', `a divisor of the ${inputs} inputs`, groupSize, where);
  const grid = checkInteger(options.grid ?? 20, 'grid', 1, 1000, where);

  const samples = calibration.length / inputs;
  const xMax = new Float64Array(inputs);
  for (let k = 0; k < calibration.length; k++) xMax[k % inputs] = (xMax[k % inputs] as number) + Math.abs(calibration[k] as number) / samples;
  // W [outputs, inputs], the reference's layout.
  const w = new Float64Array(kernel.length);
  for (let i = 0; i < inputs; i++) for (let o = 0; o < outs; o++) w[o * inputs + i] = kernel[i * outs + o] as number;
  const reference = outputs(calibration, w, inputs, outs);

  const losses: number[] = [];
  let best = { alpha: 0, scales: new Float64Array(inputs), quantized: new Float64Array(0), loss: Number.POSITIVE_INFINITY };
  for (let g = 0; g < grid; g++) {
    const ratio = g / grid;
    const scales = Float64Array.from(xMax, (m) => Math.max(m ** ratio, 1e-4));
    let smax = 0;
    let smin = Number.POSITIVE_INFINITY;
    for (const s of scales) {
      smax = Math.max(smax, s);
      smin = Math.min(smin, s);
    }
    const norm = Math.sqrt(smax * smin);
    for (let i = 0; i < inputs; i++) scales[i] = (scales[i] as number) / norm;
    const scaled = Float64Array.from(w, (v, k) => v * (scales[k % inputs] as number));
    const quantized = awqPseudoQuantize(scaled, inputs, groupSize, bits).map((v, k) => v / (scales[k % inputs] as number));
    const y = outputs(calibration, quantized, inputs, outs);
    let loss = 0;
    for (let k = 0; k < y.length; k++) loss += ((reference[k] as number) - (y[k] as number)) ** 2 / y.length;
    losses.push(loss);
    if (loss < best.loss) best = { alpha: ratio, scales, quantized, loss };
  }
  const dequantized = new Float32Array(kernel.length);
  for (let i = 0; i < inputs; i++) for (let o = 0; o < outs; o++) dequantized[i * outs + o] = best.quantized[o * inputs + i] as number;
  return { alpha: best.alpha, scales: best.scales, dequantized, losses };
}
