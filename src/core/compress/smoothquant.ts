/**
 * SmoothQuant (Xiao et al. 2023) scale migration for one dense layer, transcribing mit-han-lab/smoothquant
 * smoothquant/smooth.py (`smooth_ln_fcs`): per input channel j,
 *   s_j = clamp(max|X_j|^alpha / clamp(max|W_j|, 1e-5)^(1 - alpha), 1e-5)
 * then X / s and W * s (the product X W is unchanged), which moves activation outliers into the weights so both
 * quantize to int8 (W8A8). max|X_j| is over the calibration samples, max|W_j| over the channel's outputs.
 * The kernel is [inputs, outputs] (tfjs Dense), so W_j is kernel row j.
 */
import { checkFiniteValues, checkShape, checkUnitInterval, fail } from './validate';

export interface SmoothQuantOptions {
  /** Migration strength in [0, 1] (default 0.5): 0 leaves activations alone, 1 moves everything into the weights. */
  alpha?: number;
}

export interface SmoothQuantResult {
  /** s_j per input channel. */
  scales: Float64Array;
  /** kernel rows multiplied by s_j. */
  smoothedKernel: Float32Array;
  /** Calibration inputs divided by s_j. */
  smoothedInputs: Float32Array;
  /** max|X_j| per input channel, before smoothing. */
  activationAbsMax: Float64Array;
}

/** Per-column max |x| of a [samples, columns] array. */
export function columnAbsMax(values: ArrayLike<number>, columns: number): Float64Array {
  const out = new Float64Array(columns);
  for (let k = 0; k < values.length; k++) {
    const j = k % columns;
    out[j] = Math.max(out[j] as number, Math.abs(values[k] as number));
  }
  return out;
}

export function smoothQuant(
  kernel: ArrayLike<number>,
  shape: readonly [number, number],
  calibration: ArrayLike<number>,
  options: SmoothQuantOptions = {},
): SmoothQuantResult {
  const where = 'smoothQuant()';
  checkShape(shape, kernel.length, where);
  const [inputs, outputs] = shape;
  if (inputs === 0 || calibration.length % inputs !== 0) {
    fail('calibration', `a [samples, ${inputs}] array (length a multiple of ${inputs})`, `length ${calibration.length}`, where);
  }
  checkFiniteValues(kernel, 'kernel', where);
  checkFiniteValues(calibration, 'calibration', where);
  const alpha = checkUnitInterval(options.alpha ?? 0.5, 'alpha', where);
  const activationAbsMax = columnAbsMax(calibration, inputs);
  const scales = new Float64Array(inputs);
  for (let j = 0; j < inputs; j++) {
    let wmax = 0;
    for (let o = 0; o < outputs; o++) wmax = Math.max(wmax, Math.abs(kernel[j * outputs + o] as number));
    const s = (activationAbsMax[j] as number) ** alpha / Math.max(wmax, 1e-5) ** (1 - alpha);
    scales[j] = Math.max(s, 1e-5);
  }
  const smoothedKernel = Float32Array.from(kernel, (w, k) => w * (scales[Math.floor(k / outputs)] as number));
  const smoothedInputs = Float32Array.from(calibration, (x, k) => x / (scales[k % inputs] as number));
  return { scales, smoothedKernel, smoothedInputs, activationAbsMax };
}
