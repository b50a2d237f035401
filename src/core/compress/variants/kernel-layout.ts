/**
 * Kernel layout helpers shared by the variants: tfjs keeps a Dense kernel as [inputs, outputs], while block formats,
 * GPTQ groups and 2:4 sparsity run along the inputs of each output (PyTorch's W [outputs, inputs], the dimension a
 * dot product reduces over). Also the bits-per-weight average over several kernels.
 */
import { isKernel, type NamedWeights } from '../../model/mlp';

/** [rows, columns] row-major -> [columns, rows] row-major. */
export function transpose(values: ArrayLike<number>, rows: number, columns: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) out[c * rows + r] = values[r * columns + c] as number;
  return out;
}

/** Bits per weight over all kernels, each kernel's own figure weighted by its size. */
export function averageBits(parts: readonly { values: number; bitsPerWeight: number }[]): number {
  const total = parts.reduce((n, p) => n + p.values, 0);
  return total === 0 ? 0 : parts.reduce((n, p) => n + p.values * p.bitsPerWeight, 0) / total;
}

/** Applies `f` to every kernel (its values and [inputs, outputs]); biases pass through unchanged. */
export function mapKernels<T>(weights: readonly NamedWeights[], f: (w: NamedWeights, inputs: number, outputs: number) => T): (T | undefined)[] {
  return weights.map((w) => (isKernel(w) ? f(w, w.shape[0]!, w.shape[1]!) : undefined));
}
