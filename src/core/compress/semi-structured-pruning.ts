/**
 * N:M semi-structured sparsity (2:4 on NVIDIA Ampere and later): in every group of M consecutive weights along the
 * input dimension, keep the N largest magnitudes and zero the rest. The dense kernel is laid out [inputs, outputs]
 * (tfjs Dense), so the group of output j is kernel[(4g + r) * outputs + j], r = 0..3. Same rule as NVIDIA's ASP
 * (NVIDIA/apex, apex/contrib/sparsity/sparse_masklib.py `mn_1d_best` applied to W^T). Ties keep the earlier input.
 * A trailing group shorter than M keeps its N largest (all of them when it has N or fewer).
 *
 * Storage as the sparse tensor cores read it: the N kept values of each group plus a ceil(log2 M)-bit position for
 * each (2:4 with float32 values: (2 * 32 + 2 * 2) / 4 = 17 bits per weight; with fp16 values 9).
 */
import { checkFiniteValues, checkInteger, checkShape, fail } from './validate';

export interface SemiStructuredOptions {
  /** Weights kept per group (default 2). */
  n?: number;
  /** Group length along the input dimension (default 4). */
  m?: number;
  /** Bits per kept value in storage (default 32; 16 for fp16 values, 8 for int8). */
  valueBits?: number;
}

export interface SemiStructuredResult {
  /** 1 = kept, in the kernel's own layout. */
  mask: Uint8Array;
  pruned: Float32Array;
  /** Kept values times (valueBits + position bits), over all weights. */
  bitsPerWeight: number;
}

export function semiStructuredPrune(
  kernel: ArrayLike<number>,
  shape: readonly [number, number],
  options: SemiStructuredOptions = {},
): SemiStructuredResult {
  const where = 'semiStructuredPrune()';
  const m = checkInteger(options.m ?? 4, 'm', 2, 64, where);
  const n = checkInteger(options.n ?? 2, 'n', 1, m, where);
  const valueBits = checkInteger(options.valueBits ?? 32, 'valueBits', 1, 64, where);
  if (shape.length !== 2) fail('shape', 'a pair [inputs, outputs]', [...shape], where);
  checkShape(shape, kernel.length, where);
  checkFiniteValues(kernel, 'kernel', where);
  const [inputs, outputs] = shape;
  const mask = new Uint8Array(kernel.length);
  const order: number[] = [];
  let kept = 0;
  for (let j = 0; j < outputs; j++) {
    for (let start = 0; start < inputs; start += m) {
      order.length = 0;
      for (let i = start; i < Math.min(inputs, start + m); i++) order.push(i * outputs + j);
      // Stable sort by descending magnitude: among equal magnitudes the earlier input comes first and is kept.
      order.sort((a, b) => Math.abs(kernel[b] as number) - Math.abs(kernel[a] as number));
      for (let k = 0; k < Math.min(n, order.length); k++) mask[order[k] as number] = 1;
      kept += Math.min(n, order.length);
    }
  }
  const pruned = Float32Array.from(kernel, (w, i) => (mask[i] === 1 ? w : 0));
  const positionBits = Math.ceil(Math.log2(m));
  return { mask, pruned, bitsPerWeight: kernel.length === 0 ? 0 : (kept * (valueBits + positionBits)) / kernel.length };
}
