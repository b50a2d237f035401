/**
 * Magnitude pruning masks after tfmot's `pruning_impl._update_mask`: keep the k = max(round(n * (1 - s)), 1)
 * largest |w| and zero the rest. Masks are Uint8Array (1 = keep) so they can be applied after every optimizer
 * step and recomputed only on pruning steps.
 *
 * Ties: tfmot keeps every weight equal to the threshold, so repeated magnitudes can leave it short of the target
 * sparsity. Here the count is exact: among weights tied at the threshold, the earlier ones (lower flat index, and
 * for a global mask the earlier tensor) are kept.
 */
import { checkFiniteValues, checkOneOf, checkSparsity } from './validate';

export type PruningScope = 'layer' | 'global';

export interface MagnitudePruningOptions {
  /** Fraction of weights to zero, in [0, 1). */
  sparsity: number;
  /** 'layer': each tensor pruned to `sparsity` on its own; 'global': one threshold across all. Default 'layer'. */
  scope?: PruningScope;
}

export interface MaskResult {
  masks: Uint8Array[];
  /** The smallest magnitude kept (per tensor for 'layer', one value repeated for 'global'); NaN if none kept. */
  thresholds: number[];
}

/** tf.round is round-half-to-even; matching it keeps k identical to tfmot's for ties such as n = 5, s = 0.5. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** How many of n weights survive pruning to `sparsity` (never fewer than 1 of a non-empty tensor). */
export function keptCount(n: number, sparsity: number): number {
  if (n === 0) return 0;
  return Math.max(roundHalfEven(n * (1 - sparsity)), 1);
}

function selectLargest(tensors: readonly ArrayLike<number>[], keep: number): { masks: Uint8Array[]; threshold: number } {
  let total = 0;
  for (const t of tensors) total += t.length;
  const magnitudes = new Float64Array(total);
  let offset = 0;
  for (const t of tensors) {
    for (let i = 0; i < t.length; i++) magnitudes[offset + i] = Math.abs(t[i] as number);
    offset += t.length;
  }
  const masks = tensors.map((t) => new Uint8Array(t.length));
  if (keep === 0) return { masks, threshold: Number.NaN };
  const sorted = magnitudes.slice().sort();
  const threshold = sorted[total - keep] as number;
  let above = 0;
  for (let i = 0; i < total; i++) if ((magnitudes[i] as number) > threshold) above++;
  let tiesLeft = keep - above;
  offset = 0;
  for (const mask of masks) {
    for (let i = 0; i < mask.length; i++) {
      const m = magnitudes[offset + i] as number;
      if (m > threshold || (m === threshold && tiesLeft-- > 0)) mask[i] = 1;
    }
    offset += mask.length;
  }
  return { masks, threshold };
}

/** The mask for one tensor. */
export function magnitudeMask(weights: ArrayLike<number>, options: MagnitudePruningOptions): Uint8Array {
  return magnitudeMasks([weights], { ...options, scope: 'layer' }).masks[0] as Uint8Array;
}

/** Masks for several tensors, pruned layer by layer or against one global threshold. */
export function magnitudeMasks(tensors: readonly ArrayLike<number>[], options: MagnitudePruningOptions): MaskResult {
  const where = 'magnitudeMasks()';
  const sparsity = checkSparsity(options.sparsity, 'sparsity', where);
  const scope = checkOneOf(options.scope ?? 'layer', 'scope', ['layer', 'global'] as const, where);
  tensors.forEach((t, i) => checkFiniteValues(t, `weights of tensor ${i}`, where));
  if (scope === 'global') {
    const total = tensors.reduce((n, t) => n + t.length, 0);
    const { masks, threshold } = selectLargest(tensors, keptCount(total, sparsity));
    return { masks, thresholds: tensors.map(() => threshold) };
  }
  const results = tensors.map((t) => selectLargest([t], keptCount(t.length, sparsity)));
  return { masks: results.map((r) => r.masks[0] as Uint8Array), thresholds: results.map((r) => r.threshold) };
}

export interface NeuronPruningOptions {
  /** Kernel shape [inputs, units] (tfjs dense layout, row-major). */
  shape: readonly [number, number];
  /** Fraction of units (output neurons) to remove, in [0, 1). */
  sparsity: number;
  /** Importance of a unit: the L1 (Li et al. 2017, "Pruning Filters") or L2 norm of its incoming weights. Default 'l1'. */
  norm?: 'l1' | 'l2';
}

export interface NeuronMaskResult {
  /** One entry per unit: 1 = keep. Apply it to the bias too. */
  units: Uint8Array;
  /** The same decision expanded to the kernel's elements. */
  kernel: Uint8Array;
}

/**
 * Structured pruning of whole neurons: drops the columns of a dense kernel with the smallest norms. Unlike
 * element-wise sparsity this shrinks the dense computation: the unit, its bias and the next layer's matching row
 * can be deleted outright.
 */
export function neuronMask(kernel: ArrayLike<number>, options: NeuronPruningOptions): NeuronMaskResult {
  const where = 'neuronMask()';
  const sparsity = checkSparsity(options.sparsity, 'sparsity', where);
  const norm = checkOneOf(options.norm ?? 'l1', 'norm', ['l1', 'l2'] as const, where);
  const [inputs, units] = options.shape;
  if (inputs * units !== kernel.length) {
    throw new Error(`shape [${inputs}, ${units}] holds ${inputs * units} values but kernel has ${kernel.length} in ${where}`);
  }
  checkFiniteValues(kernel, 'kernel', where);
  const scores = new Float64Array(units);
  for (let i = 0; i < inputs; i++) {
    for (let j = 0; j < units; j++) {
      const w = kernel[i * units + j] as number;
      scores[j] = (scores[j] as number) + (norm === 'l1' ? Math.abs(w) : w * w);
    }
  }
  const { masks } = selectLargest([scores], keptCount(units, sparsity));
  const unitMask = masks[0] as Uint8Array;
  const kernelMask = new Uint8Array(kernel.length);
  for (let i = 0; i < inputs; i++) for (let j = 0; j < units; j++) kernelMask[i * units + j] = unitMask[j] as number;
  return { units: unitMask, kernel: kernelMask };
}

/** Zeroes masked-out weights in place and returns the same array. */
export function applyMask<T extends Float32Array | Float64Array>(values: T, mask: Uint8Array): T {
  if (values.length !== mask.length) {
    throw new Error(`mask has ${mask.length} entries but values has ${values.length} in applyMask()`);
  }
  for (let i = 0; i < values.length; i++) if (mask[i] === 0) values[i] = 0;
  return values;
}

export interface SparsityRow {
  name: string;
  size: number;
  zeros: number;
  /** zeros / size (0 for an empty tensor). */
  sparsity: number;
}

/** Per-tensor count of exact zeros, plus a final row named 'total'. */
export function sparsityReport(tensors: readonly { name: string; values: ArrayLike<number> }[]): SparsityRow[] {
  const rows = tensors.map(({ name, values }) => {
    let zeros = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === 0) zeros++;
    return { name, size: values.length, zeros, sparsity: values.length === 0 ? 0 : zeros / values.length };
  });
  const size = rows.reduce((n, r) => n + r.size, 0);
  const zeros = rows.reduce((n, r) => n + r.zeros, 0);
  rows.push({ name: 'total', size, zeros, sparsity: size === 0 ? 0 : zeros / size });
  return rows;
}
